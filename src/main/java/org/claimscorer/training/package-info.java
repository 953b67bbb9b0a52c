/**
 * The data scientists' command line: read labelled claims (JSON Lines), extract the same features
 * the service extracts, train a Tribuo classifier, evaluate it, and write it to {@code models/} with
 * its model card. Uses {@code features}, {@code model} and {@code claim}; never the HTTP layer.
 */
package org.claimscorer.training;
