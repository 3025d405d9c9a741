package dev.vpos.gateway.param;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.io.CacheAndWriteOutputStream;
import org.apache.cxf.io.CachedOutputStream;
import org.apache.cxf.io.CachedOutputStreamCallback;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Keeps one SOAP call's envelopes as they crossed the wire (request and answer, SOAP faults included) and the
 * answer's HTTP status, for the transaction log; {@link ParamMasking} masks them before they are stored. An answer is
 * read at most {@value #MAX_ANSWER_BYTES} bytes far: a longer body is no Param answer. The interceptors are installed
 * once per pooled proxy ({@link ParamPorts}) and write into the capture of the call that holds the proxy.
 */
final class WireCapture {

    static final int MAX_ANSWER_BYTES = 512 * 1024;

    private volatile String sent;
    private volatile String received;
    private volatile Integer status;

    String sent() {
        return sent;
    }

    String received() {
        return received;
    }

    Integer status() {
        return status;
    }

    static AbstractPhaseInterceptor<Message> outgoing(Supplier<WireCapture> current) {
        return new AbstractPhaseInterceptor<>(Phase.PRE_STREAM) {
            @Override
            public void handleMessage(Message message) {
                OutputStream out = message.getContent(OutputStream.class);
                if (out == null) {
                    return;
                }
                WireCapture capture = current.get();
                CacheAndWriteOutputStream tee = new CacheAndWriteOutputStream(out);
                tee.registerCallback(new CachedOutputStreamCallback() {
                    @Override
                    public void onFlush(CachedOutputStream cos) {}

                    @Override
                    public void onClose(CachedOutputStream cos) {
                        try {
                            capture.sent = new String(cos.getBytes(), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            capture.sent = "(request not readable for the log)";
                        }
                    }
                });
                message.setContent(OutputStream.class, tee);
            }
        };
    }

    static AbstractPhaseInterceptor<Message> incoming(Supplier<WireCapture> current) {
        return new AbstractPhaseInterceptor<>(Phase.RECEIVE) {
            @Override
            public void handleMessage(Message message) {
                WireCapture capture = current.get();
                Object code = message.get(Message.RESPONSE_CODE);
                if (code instanceof Integer c) {
                    capture.status = c;
                }
                InputStream in = message.getContent(InputStream.class);
                if (in == null) {
                    return;
                }
                try {
                    byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
                    if (body.length > MAX_ANSWER_BYTES) {
                        throw new Fault(new IOException("answer longer than " + MAX_ANSWER_BYTES + " bytes"));
                    }
                    capture.received = new String(body, StandardCharsets.UTF_8);
                    message.setContent(InputStream.class, new ByteArrayInputStream(body));
                } catch (IOException e) {
                    throw new Fault(e);
                }
            }
        };
    }
}
