package org.claimscorer.scoring;

import java.util.Locale;

/** What asked for a model reload; tags the reload metrics and rejections. */
public enum ReloadTrigger {
    /** A change in the watched model directory. */
    WATCH,
    /** The authenticated admin endpoint. */
    ADMIN;

    /** The metric tag value: "watch" or "admin". */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
