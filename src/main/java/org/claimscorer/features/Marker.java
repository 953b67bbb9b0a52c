package org.claimscorer.features;

/**
 * A phrase found in a sentence: a hedge, a denial, an anonymity marker or a quote.
 *
 * @param name        the canonical phrase ("reportedly", "deny", "condition of anonymity", "quote")
 * @param from        first token index
 * @param to          one past the last token index
 * @param subordinate whether it sits in a relative, concessive or adverbial clause
 */
record Marker(String name, int from, int to, boolean subordinate) { }
