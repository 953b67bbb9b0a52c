package org.claimscorer.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Publisher metadata of a claim's text; every field optional.
 *
 * @param publisher   the outlet
 * @param url         where it was published
 * @param publishedAt when, ideally ISO-8601
 */
@Schema(description = "Publisher metadata; every field optional.")
public record ClaimMeta(@Size(max = 512) String publisher, @Size(max = 2048) String url,
                        @Size(max = 64) String publishedAt) { }
