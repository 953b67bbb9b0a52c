package org.claimscorer.api;

import java.util.List;

/**
 * Answers to a batch, in request order.
 *
 * @param results one answer per item
 */
public record BatchResponse(List<ScoreResponse> results) { }
