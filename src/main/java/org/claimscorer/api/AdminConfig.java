package org.claimscorer.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Admin endpoint settings, under {@code claim-scorer.admin.*}. */
@ConfigMapping(prefix = "claim-scorer.admin")
public interface AdminConfig {

    /**
     * Bearer token the admin endpoints ({@code /admin/*}) require, at least 32 characters. Absent
     * (the default): the admin endpoints answer 404, as if they did not exist.
     */
    Optional<String> token();
}
