package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Re-runs the hostile-input suite against the packaged jar. */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {
}
