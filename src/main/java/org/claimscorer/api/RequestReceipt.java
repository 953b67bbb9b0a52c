package org.claimscorer.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /v1/validate} read from a valid scoring request.
 *
 * @param requestId     the caller's identifier, echoed back, or null
 * @param claimLength   the claim's length in UTF-16 code units
 * @param contextLength the context's length in UTF-16 code units (0 when omitted)
 * @param weights       how many labels the request re-weights
 */
@Schema(description = "A valid scoring request, as read.")
public record RequestReceipt(String requestId, int claimLength, int contextLength, int weights) {

    static RequestReceipt of(ScoreRequest request) {
        return new RequestReceipt(request.requestId(), request.claim().length(),
                request.context() == null ? 0 : request.context().length(), request.weightOverrides().size());
    }
}
