package dev.vpos.gateway.param;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * read at most {@value #MAX_ANSWER_BYTES} bytes far: a longer body is no Param answer.
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

    AbstractPhaseInterceptor<Message> outgoing() {
        return new AbstractPhaseInterceptor<>(Phase.PRE_STREAM) {
            @Override
            public void handleMessage(Message message) {
                OutputStream out = message.getContent(OutputStream.class);
                if (out == null) {
                    return;
                }
                CacheAndWriteOutputStream tee = new CacheAndWriteOutputStream(out);
                tee.registerCallback(new CachedOutputStreamCallback() {
                    @Override
                    public void onFlush(CachedOutputStream cos) {}

                    @Override
                    public void onClose(CachedOutputStream cos) {
                        try {
                            sent = new String(cos.getBytes(), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            sent = "(request not readable for the log)";
                        }
                    }
                });
                message.setContent(OutputStream.class, tee);
            }
        };
    }

    AbstractPhaseInterceptor<Message> incoming() {
        return new AbstractPhaseInterceptor<>(Phase.RECEIVE) {
            @Override
            public void handleMessage(Message message) {
                Object code = message.get(Message.RESPONSE_CODE);
                if (code instanceof Integer c) {
                    status = c;
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
                    received = new String(body, StandardCharsets.UTF_8);
                    message.setContent(InputStream.class, new ByteArrayInputStream(body));
                } catch (IOException e) {
                    throw new Fault(e);
                }
            }
        };
    }
}
