package org.claimscorer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Several claims scored in one call.
 *
 * @param items 1 to 256 claims; results come back in the same order
 */
@Schema(description = "1 to 256 claims, scored in order.")
public record BatchRequest(@NotNull @Size(min = 1, max = BatchRequest.MAX_ITEMS) List<@NotNull @Valid ScoreRequest> items) {

    /** Most items in one batch. */
    public static final int MAX_ITEMS = 256;
}
