package org.claimscorer.scoring;

import java.time.Instant;

/**
 * A reload attempt that was refused: the file stayed unserved and the previous model kept serving.
 *
 * @param at      when the attempt was made
 * @param trigger what asked for it
 * @param reason  why the model was refused; names files without their directories
 */
public record ModelRejection(Instant at, ReloadTrigger trigger, String reason) { }
