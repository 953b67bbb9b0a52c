package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Serves a temporary copy of the bundled model, admin token set, directory watch off. */
public class AdminReloadProfile implements QuarkusTestProfile {

    static final String TOKEN = "test-admin-token-0123456789abcdef-0123";
    static final ServedModelDirectory DIRECTORY = ServedModelDirectory.create();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claim-scorer.model.path", DIRECTORY.served().toString(),
                "claim-scorer.model.watch", "false",
                "claim-scorer.admin.token", TOKEN);
    }
}
