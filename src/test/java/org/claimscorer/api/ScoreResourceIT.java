package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Re-runs the HTTP tests against the packaged jar. */
@QuarkusIntegrationTest
class ScoreResourceIT extends ScoreResourceTest {
}
