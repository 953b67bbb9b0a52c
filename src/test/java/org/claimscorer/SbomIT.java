package org.claimscorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build writes a CycloneDX SBOM of the packaged application listing what it ships. */
class SbomIT {

    private static final Path SBOM = Path.of("target/quarkus-run-cyclonedx.json");

    @Test
    void packagedApplicationHasACycloneDxSbomListingItsDependencies() throws IOException {
        assertTrue(Files.isRegularFile(SBOM), SBOM + " missing: the quarkus-cyclonedx extension writes it at package");
        JsonNode bom = new ObjectMapper().readTree(SBOM.toFile());
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        Set<String> purls = new HashSet<>();
        bom.path("components").forEach(c -> purls.add(c.path("purl").asText().replaceAll("\\?.*", "")));
        assertTrue(purls.contains("pkg:maven/org.tribuo/tribuo-core@4.3.2"), "tribuo-core 4.3.2");
        assertTrue(purls.stream().anyMatch(p -> p.startsWith("pkg:maven/io.quarkus/quarkus-rest@3.33.")), "quarkus-rest");
        assertTrue(purls.stream().anyMatch(p -> p.startsWith("pkg:maven/com.fasterxml.jackson.core/jackson-databind@")),
                "jackson-databind");
    }
}
