package org.everycontact.record;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.apache.ApacheHttpRequest;
import ca.uhn.fhir.rest.client.apache.ApacheHttpResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.apache.http.HttpEntity;
import org.apache.http.HttpResponse;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.entity.HttpEntityWrapper;

/**
 * Bounds the HTTP exchanges of one fetch: each request may only use the time left before the call's
 * deadline, a redirect is refused, and a response body is read to at most {@code maxBytes} (a declared
 * Content-Length over it is refused before reading). One instance per fetch: it remembers why it
 * refused, so that the resource type's completeness can say so.
 */
final class FetchBounds implements IClientInterceptor {

    static final String DEADLINE = "the FHIR server did not answer within the deadline";
    static final String REDIRECT = "the FHIR server answered with a redirect, which is not followed";

    private final Instant deadline;
    private final long maxBytes;
    private volatile String refusal;

    FetchBounds(Instant deadline, long maxBytes) {
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    /** Why a response was refused, or null. */
    String refusal() {
        return refusal;
    }

    private String tooLarge() {
        return "a response from the FHIR server was larger than the limit of " + maxBytes + " bytes";
    }

    @Override
    public void interceptRequest(IHttpRequest request) {
        int remaining = (int) Math.max(1, Math.min(Integer.MAX_VALUE, deadline.toEpochMilli() - System.currentTimeMillis()));
        ((ApacheHttpRequest) request).getApacheRequest().setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(remaining)
                .setConnectTimeout(remaining)
                .setSocketTimeout(remaining)
                .setRedirectsEnabled(false)
                .build());
    }

    @Override
    public void interceptResponse(IHttpResponse response) throws IOException {
        HttpResponse http = ((ApacheHttpResponse) response).getResponse();
        int status = http.getStatusLine().getStatusCode();
        if (status >= 300 && status < 400) {
            throw refuse(REDIRECT);
        }
        HttpEntity entity = http.getEntity();
        if (entity == null) {
            return;
        }
        if (entity.getContentLength() > maxBytes) {
            throw refuse(tooLarge());
        }
        http.setEntity(new BoundedEntity(entity));
    }

    private IOException refuse(String reason) {
        refusal = reason;
        return new IOException(reason);
    }

    /** The body as a stream that stops past the size limit or the deadline. */
    private final class BoundedEntity extends HttpEntityWrapper {

        private InputStream content;

        BoundedEntity(HttpEntity entity) {
            super(entity);
        }

        @Override
        public synchronized InputStream getContent() throws IOException {
            if (content == null) {
                content = new BoundedStream(super.getContent());
            }
            return content;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            getContent().transferTo(out);
        }
    }

    private final class BoundedStream extends FilterInputStream {

        private long read;

        BoundedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw refuse(tooLarge());
            }
            if (Instant.now().isAfter(deadline)) {
                throw refuse(DEADLINE);
            }
        }
    }
}
