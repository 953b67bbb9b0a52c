/**
 * The only feature-extraction code, shared by training and serving: tokens, sentences, the claim's
 * place in its context, attribution cues with their sources, hedges, denials, anonymity markers,
 * quotes and word n-grams, each piece of evidence with its character span. Everything here is
 * deterministic, allocation-light and thread-safe, and runs as plain Java.
 */
package org.claimscorer.features;
