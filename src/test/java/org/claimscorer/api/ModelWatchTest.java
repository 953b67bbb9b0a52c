package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFixtures;
import org.junit.jupiter.api.Test;

/** Model files changed in the served directory are picked up without any request asking for it. */
@QuarkusTest
@TestProfile(WatchedModelProfile.class)
class ModelWatchTest {

    private static final ServedModelDirectory DIR = WatchedModelProfile.DIRECTORY;
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final AtomicInteger VERSIONS = new AtomicInteger();

    private static String nextVersion() {
        return "tiny-watch-" + VERSIONS.incrementAndGet();
    }

    @Test
    void modelMovedIntoPlaceWithItsCardIsServed() throws Exception {
        String version = nextVersion();
        Path staged = DIR.staged(version + ".tribuo");
        AttributionModel model = ModelFixtures.writeValid(staged, version);
        ModelFixtures.place(staged, DIR.served());
        ServiceProbe.await(LIMIT, () -> version.equals(ServiceProbe.servingVersion()), "version " + version);
        assertEquals(ServiceProbe.expected(model), ServiceProbe.score().getMap("probabilities", String.class, Double.class));
    }

    @Test
    void kubernetesVolumeUpdateByLinkSwapIsServed() throws Exception {
        String version = nextVersion();
        Path models = DIR.served().getParent();
        Path release = Files.createDirectory(models.resolve(".." + version));
        ModelFixtures.writeValid(release.resolve("attribution.tribuo"), version);
        Path link = Files.createSymbolicLink(models.resolve("..data_tmp"), release.getFileName());
        Files.move(link, models.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        linkThroughData(DIR.served());
        linkThroughData(ModelCards.jsonPathFor(DIR.served()));
        ServiceProbe.await(LIMIT, () -> version.equals(ServiceProbe.servingVersion()), "version " + version);
    }

    /** Makes {@code file} a link to {@code ..data/NAME}, as Kubernetes lays out a mounted volume. */
    private static void linkThroughData(Path file) throws Exception {
        if (!Files.isSymbolicLink(file)) {
            Path link = file.resolveSibling(file.getFileName() + ".link");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of("..data").resolve(file.getFileName()));
            Files.move(link, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void directoryRemovedAndCreatedAgainIsWatchedAgain() throws Exception {
        String first = nextVersion();
        String second = nextVersion();
        Path firstModel = DIR.staged(first + ".tribuo");
        Path secondModel = DIR.staged(second + ".tribuo");
        ModelFixtures.writeValid(firstModel, first);
        ModelFixtures.writeValid(secondModel, second);
        DIR.removeServedDirectory();
        Files.createDirectory(DIR.served().getParent());
        ModelFixtures.place(firstModel, DIR.served());
        ServiceProbe.await(LIMIT, () -> first.equals(ServiceProbe.servingVersion()), "version " + first);
        // The first model may have been found by the check made when the directory came back; only a
        // second drop proves the new directory is watched.
        ModelFixtures.place(secondModel, DIR.served());
        ServiceProbe.await(LIMIT, () -> second.equals(ServiceProbe.servingVersion()), "version " + second);
    }

    @Test
    void corruptFileIsRejectedWhileTheOldModelKeepsServing() throws Exception {
        String serving = ServiceProbe.servingVersion();
        double rejected = ServiceProbe.metric(ServiceProbe.reloads("rejected", "watch"));
        Path garbage = DIR.staged("garbage.tribuo");
        ModelFixtures.writeGarbage(garbage);
        ModelFixtures.place(garbage, DIR.served());
        ServiceProbe.await(LIMIT, () -> ServiceProbe.metric(ServiceProbe.reloads("rejected", "watch")) > rejected,
                "a rejected reload");
        assertEquals(serving, ServiceProbe.servingVersion());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'model' }.data.version", equalTo(serving))
                .body("checks.find { it.name == 'model' }.data.lastRejectedTrigger", equalTo("watch"))
                .body("checks.find { it.name == 'model' }.data.lastRejectedReason", containsString("is not a readable Tribuo protobuf model"));
    }
}
