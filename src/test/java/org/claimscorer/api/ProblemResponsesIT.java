package org.claimscorer.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Re-runs the problem-response tests against the packaged jar. */
@QuarkusIntegrationTest
class ProblemResponsesIT extends ProblemResponsesTest {
}
