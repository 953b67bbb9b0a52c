package org.claimscorer.scoring;

/**
 * Which model answered.
 *
 * @param name    model name
 * @param version model version
 */
public record ModelIdentity(String name, String version) { }
