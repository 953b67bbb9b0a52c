/**
 * The labelling guide as types: a {@link org.claimscorer.claim.Claim} with its context, the seven
 * {@link org.claimscorer.claim.AttributionLabel}s and a {@link org.claimscorer.claim.LabelledClaim}.
 * Depends on the JDK only.
 */
package org.claimscorer.claim;
