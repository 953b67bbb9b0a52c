/**
 * Reading and writing Tribuo models in Tribuo's protobuf format (never Java object serialisation),
 * checking that a model fits this code (the seven labels, probabilities, the feature-set version
 * recorded in its provenance), predicting label probabilities, and the model card written beside
 * every model. Plain Java: no Quarkus or Jakarta imports.
 */
package org.claimscorer.model;
