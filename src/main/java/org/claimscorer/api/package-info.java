/**
 * HTTP: request and response records, validation, RFC 9457 problem responses, health checks,
 * metrics configuration and the token-guarded admin endpoint. Resources are a few lines per
 * endpoint over {@code scoring}.
 */
package org.claimscorer.api;
