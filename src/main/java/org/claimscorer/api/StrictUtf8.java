package org.claimscorer.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Accepts only UTF-8 request bodies (RFC 8259, section 8.1). Jackson on its own decodes overlong
 * forms, encoded surrogates and code points above U+10FFFF without complaint, and guesses UTF-16 or
 * UTF-32 from NUL bytes; this check runs first and rejects all of those. A raw NUL byte is never
 * valid in UTF-8 JSON text, so it is rejected too. The body is already bounded by
 * {@link BodySizeLimit}, so reading it whole costs at most one pass over 1 MiB.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                throw new NotUtf8Exception("the body contains a NUL byte at offset " + i + "; JSON must be UTF-8");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            decoder.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception("the body is not valid UTF-8 at byte offset " + bytes.position());
        }
    }

    /** A request body that is not UTF-8; its message names the byte offset only, never the bytes. */
    static final class NotUtf8Exception extends RuntimeException {
        NotUtf8Exception(String message) {
            super(message, null, false, false);
        }
    }
}
