/**
 * HTTP: request and response records, validation, RFC 9457 problem responses, health checks and
 * metrics configuration. Resources are a few lines per endpoint over {@code scoring}.
 */
package org.claimscorer.api;
