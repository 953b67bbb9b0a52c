package org.claimscorer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up mid-body is not a server fault: it is logged at DEBUG, while anything else
 * the mappers do not recognise stays at ERROR. The exceptions are built the way Quarkus REST's
 * blocking body reader builds them when the connection goes away while it waits for bytes.
 */
class ProblemMappersLogTest {

    private static final String PATH = "/v1/score/batch";
    private final Logger logger = Logger.getLogger(ProblemMappers.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void listen() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void connectionClosedMidBodyIsLoggedAtDebug() {
        assertOneLine(new IOException(new IOException(new HttpClosedException("Connection was closed"))),
                org.jboss.logmanager.Level.DEBUG, "client closed the connection during " + PATH);
    }

    @Test
    void connectionAlreadyClosedWhenReadingStartsIsLoggedAtDebug() {
        assertOneLine(new IOException(new ClosedChannelException()),
                org.jboss.logmanager.Level.DEBUG, "client closed the connection during " + PATH);
    }

    @Test
    void connectionResetByTheClientIsLoggedAtDebug() {
        assertOneLine(new IOException(new IOException(new SocketException("Connection reset"))),
                org.jboss.logmanager.Level.DEBUG, "client closed the connection during " + PATH);
    }

    @Test
    void otherIoFailureStaysAnError() {
        assertOneLine(new IOException("Read timed out"),
                org.jboss.logmanager.Level.ERROR, "unexpected java.io.IOException on " + PATH);
    }

    @Test
    void unexpectedRuntimeFailureStaysAnError() {
        assertOneLine(new IllegalStateException("bug"),
                org.jboss.logmanager.Level.ERROR, "unexpected java.lang.IllegalStateException on " + PATH);
    }

    @Test
    void answerIsTheInternalProblemEitherWay() {
        Response response = new ProblemMappers().unexpected(new IOException(new ClosedChannelException()), uri());
        assertEquals(500, response.getStatus());
        assertEquals(Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be processed", PATH, List.of()), response.getEntity());
    }

    private void assertOneLine(Throwable failure, Level level, String message) {
        new ProblemMappers().unexpected(failure, uri());
        assertEquals(1, records.size(), records::toString);
        assertEquals(level, records.get(0).getLevel());
        assertEquals(message, ((org.jboss.logmanager.ExtLogRecord) records.get(0)).getFormattedMessage());
    }

    /** A UriInfo that knows only its path, which is all the mappers read. */
    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && method.getParameterCount() == 0) {
                        return PATH;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
