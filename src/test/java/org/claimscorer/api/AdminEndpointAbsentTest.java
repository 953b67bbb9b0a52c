package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without {@code claim-scorer.admin.token} the admin endpoint answers like a path that does not exist. */
@QuarkusTest
class AdminEndpointAbsentTest {

    @Test
    void reloadIsNotFoundWithOrWithoutCredentials() {
        for (String authorization : new String[] {"", "Bearer anything-at-all-0123456789abcdef0123"}) {
            given().header("Authorization", authorization).post("/admin/model/reload").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://claim-scorer.dev/problems/http-404"))
                    .body("instance", equalTo("/admin/model/reload"));
        }
        given().post("/admin/nothing-here").then().statusCode(404)
                .body("type", equalTo("https://claim-scorer.dev/problems/http-404"));
        given().get("/admin/model/reload").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://claim-scorer.dev/problems/http-404"));
    }
}
