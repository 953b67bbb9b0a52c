package org.claimscorer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP limits of the service, under {@code claim-scorer.http.*}. */
@ConfigMapping(prefix = "claim-scorer.http")
public interface HttpLimitsConfig {

    /** Largest request body in bytes; a larger declared body gets 413 problem JSON. */
    @WithDefault("1048576")
    long maxBodyBytes();
}
