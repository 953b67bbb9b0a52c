package org.claimscorer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service writes doubles in their shortest form that reads back as the same value. */
@QuarkusTest
class JsonNumbersTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void doublesAreWrittenShortestRoundTrip() throws Exception {
        // Java 17's Double.toString prints 2e23 as 1.9999999999999998E23.
        assertEquals("2.0E23", mapper.writeValueAsString(2e23));
        assertEquals(0.6960847350528441, mapper.readValue(mapper.writeValueAsString(0.6960847350528441), Double.class));
    }
}
