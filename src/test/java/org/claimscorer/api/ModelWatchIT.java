package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Re-runs the directory watch tests against the packaged jar. */
@QuarkusIntegrationTest
class ModelWatchIT extends ModelWatchTest {
}
