package org.claimscorer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminAccessTest {

    private static final String TOKEN = "a-token-of-exactly-thirty-two-ch";

    private static AdminAccess access(String token) {
        return new AdminAccess(() -> Optional.ofNullable(token));
    }

    private static int status(AdminAccess access, String authorization) {
        return access.refusal(authorization, "/admin/model/reload").map(r -> r.getStatus()).orElse(200);
    }

    @Test
    void tokenShorterThan32CharactersStopsStartUp() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> access(TOKEN.substring(1)));
        assertTrue(e.getMessage().contains("at least 32 characters"), e.getMessage());
    }

    @Test
    void missingOrNonBearerCredentialsAre401AndWrongTokensAre403() {
        AdminAccess access = access(TOKEN);
        assertEquals(401, status(access, null));
        assertEquals(401, status(access, "Basic " + TOKEN));
        assertEquals(403, status(access, "Bearer " + TOKEN + "x"));
        assertEquals(403, status(access, "Bearer " + TOKEN.substring(1)));
        assertEquals(200, status(access, "Bearer " + TOKEN));
        assertEquals(200, status(access, "bearer " + TOKEN));
    }

    @Test
    void withoutATokenTheEndpointDoesNotExist() {
        assertThrows(NotFoundException.class, () -> access(null).refusal("Bearer " + TOKEN, "/admin/model/reload"));
    }
}
