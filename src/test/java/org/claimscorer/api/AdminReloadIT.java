package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Re-runs the admin reload tests against the packaged jar. */
@QuarkusIntegrationTest
class AdminReloadIT extends AdminReloadTest {
}
