package org.claimscorer.api;

import io.vertx.core.http.HttpClosedException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

/**
 * Recognises a failure caused by the client going away, e.g. a load generator stopping while it sends
 * a body. Quarkus REST's blocking body reader wraps what Vert.x reports in one or two
 * {@link java.io.IOException}s: {@link HttpClosedException} when the connection closes while it waits
 * for bytes, {@link ClosedChannelException} when it was closed before reading began, and a
 * {@link SocketException} when the client resets it. Stateless and thread-safe.
 */
final class ClientDisconnect {

    /** Deeper than any wrapping seen; stops a cause cycle from looping forever. */
    private static final int MAX_DEPTH = 8;

    private ClientDisconnect() {
    }

    /** True if {@code failure} or one of its causes says the client closed or reset the connection. */
    static boolean caused(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException
                    || cause instanceof SocketException) {
                return true;
            }
        }
        return false;
    }
}
