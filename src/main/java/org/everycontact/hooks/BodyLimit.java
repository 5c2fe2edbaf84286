package org.everycontact.hooks;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request body limit ({@code everycontact.http.max-body-size}): a declared Content-Length over
 * it is refused before the body is read, a chunked body as soon as it passes it; both with 413 and
 * an OperationOutcome.
 */
@Singleton
public class BodyLimit {

    private final long limit;
    private final OperationOutcomes outcomes;

    public BodyLimit(@ConfigProperty(name = "everycontact.http.max-body-size") MemorySize limit,
                     OperationOutcomes outcomes) {
        this.limit = limit.asLongValue();
        this.outcomes = outcomes;
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, OperationOutcomes.FHIR_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(outcomes.json("too-costly", tooLarge(), List.of()));
            } else {
                ctx.next();
            }
        });
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String tooLarge() {
        return "The request body is larger than the limit of " + limit + " bytes";
    }

    /** Reads the whole body, refusing it with 413 as soon as it passes the limit. */
    byte[] read(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            int n;
            while ((n = body.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw new CdsException(413, "too-costly", tooLarge());
                }
            }
        } catch (IOException e) {
            throw new CdsException(400, "incomplete", "The request body could not be read to its end");
        }
        return out.toByteArray();
    }
}
