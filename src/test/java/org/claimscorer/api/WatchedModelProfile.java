package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Serves a temporary copy of the bundled model with the directory watch on and a short debounce. */
public class WatchedModelProfile implements QuarkusTestProfile {

    static final ServedModelDirectory DIRECTORY = ServedModelDirectory.create();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claim-scorer.model.path", DIRECTORY.served().toString(),
                "claim-scorer.model.watch", "true",
                "claim-scorer.model.watch-debounce", "200ms");
    }
}
