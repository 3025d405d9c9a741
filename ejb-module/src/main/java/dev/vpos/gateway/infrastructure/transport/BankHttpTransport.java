package dev.vpos.gateway.infrastructure.transport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.cxf.Bus;
import org.apache.cxf.BusException;
import org.apache.cxf.BusFactory;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.transport.ConduitInitiator;
import org.apache.cxf.transport.ConduitInitiatorManager;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Posts a request to a bank through Apache CXF's HTTP transport with a deadline: a connect timeout and a
 * receive timeout. It tells apart "never connected" (safe: nothing was sent) from "sent, no usable answer"
 * (unknown). An HTTP error status comes back as an answer with its body. It logs nothing: callers log masked copies
 * through the transaction log.
 *
 * <p>Conduits are kept open and shared per bank host and deadline ({@link ConduitKey}), so calls to a bank reuse its
 * HTTP client and its kept-alive connections instead of building a client, a selector thread and a TCP connection
 * per call (issue #14). At most {@link #MAX_KEPT_CONDUITS} are kept; a call beyond them gets a conduit of its own,
 * closed after the call, as every call did before.
 */
@ApplicationScoped
public class BankHttpTransport {

    private static final String HTTP_TRANSPORT = "http://cxf.apache.org/transports/http";

    /** Bank hosts × deadlines in use on one node: a few dozen at most; the bound keeps a misconfiguration finite. */
    static final int MAX_KEPT_CONDUITS = 64;

    private final Bus bus = BusFactory.newInstance().createBus();

    private final ConcurrentMap<ConduitKey, HTTPConduit> kept = new ConcurrentHashMap<>();

    /** What a conduit's HTTP client depends on: where it connects and its deadlines (paths and queries do not). */
    record ConduitKey(String scheme, String host, int port, long connectTimeoutMs, long readTimeoutMs) {
        static ConduitKey of(URI endpoint, Duration connectTimeout, Duration readTimeout) {
            return new ConduitKey(
                    endpoint.getScheme(),
                    endpoint.getHost(),
                    endpoint.getPort(),
                    connectTimeout.toMillis(),
                    readTimeout.toMillis());
        }
    }

    @PreDestroy
    void shutdown() {
        kept.values().forEach(HTTPConduit::close);
        kept.clear();
        bus.shutdown(false);
    }

    public HttpAnswer post(URI endpoint, byte[] body, String contentType, Duration connectTimeout, Duration readTimeout)
            throws BankNotReachedException, BankAnswerUnknownException {
        return send("POST", endpoint, body, contentType, Map.of(), connectTimeout, readTimeout);
    }

    /**
     * Sends a request with any method and extra headers (e.g. {@code Authorization}, {@code Idempotency-Key}).
     * {@code body} may be null for a GET or DELETE. Header values are never logged.
     */
    public HttpAnswer send(
            String method,
            URI endpoint,
            byte[] body,
            String contentType,
            Map<String, String> headers,
            Duration connectTimeout,
            Duration readTimeout)
            throws BankNotReachedException, BankAnswerUnknownException {
        long start = System.nanoTime();
        HTTPConduit ownConduit = null;
        try {
            HTTPConduit conduit = kept(endpoint, connectTimeout, readTimeout);
            if (conduit == null) {
                conduit = ownConduit = conduit(endpoint, connectTimeout, readTimeout);
            }
            Message request = request(method, endpoint, contentType, headers);
            conduit.prepare(request);
            try (OutputStream out = request.getContent(OutputStream.class)) {
                if (body != null && out != null) {
                    out.write(body);
                }
            }
            // the conduit hands the answer to its observer with the request's exchange: each call finds its own
            Message answer = request.getExchange().getInMessage();
            if (answer == null) {
                throw new BankAnswerUnknownException("no answer message from the transport", elapsedMs(start), null);
            }
            Integer status = (Integer) answer.get(Message.RESPONSE_CODE);
            return new HttpAnswer(
                    status == null ? -1 : status,
                    read(answer),
                    (String) answer.get(Message.CONTENT_TYPE),
                    elapsedMs(start));
        } catch (HTTPException e) {
            return new HttpAnswer(e.getResponseCode(), new byte[0], null, elapsedMs(start));
        } catch (IOException | RuntimeException e) {
            long latencyMs = elapsedMs(start);
            if (neverConnected(e)) {
                throw new BankNotReachedException("bank not reached: " + rootMessage(e), latencyMs, e);
            }
            String why = timedOut(e)
                    ? "no answer within the deadline of " + readTimeout.toMillis() + " ms"
                    : "connection failed after sending: " + rootMessage(e);
            throw new BankAnswerUnknownException(why, latencyMs, e);
        } finally {
            if (ownConduit != null) {
                ownConduit.close();
            }
        }
    }

    /** The kept conduit for this host and deadline, opened on first use; null when as many as allowed are kept. */
    private HTTPConduit kept(URI endpoint, Duration connectTimeout, Duration readTimeout) throws IOException {
        ConduitKey key = ConduitKey.of(endpoint, connectTimeout, readTimeout);
        HTTPConduit conduit = kept.get(key);
        if (conduit != null || kept.size() >= MAX_KEPT_CONDUITS) {
            return conduit;
        }
        HTTPConduit opened = conduit(endpoint, connectTimeout, readTimeout);
        HTTPConduit raced = kept.putIfAbsent(key, opened);
        if (raced != null) {
            opened.close();
            return raced;
        }
        return opened;
    }

    /** How many conduits are kept open (for the tests). */
    int keptConduits() {
        return kept.size();
    }

    private HTTPConduit conduit(URI endpoint, Duration connectTimeout, Duration readTimeout) throws IOException {
        EndpointInfo info = new EndpointInfo();
        info.setAddress(endpoint.toString());
        ConduitInitiator initiator;
        try {
            initiator = bus.getExtension(ConduitInitiatorManager.class).getConduitInitiator(HTTP_TRANSPORT);
        } catch (BusException e) {
            throw new IllegalStateException("CXF has no HTTP transport", e);
        }
        HTTPConduit conduit = (HTTPConduit) initiator.getConduit(info, bus);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeout.toMillis());
        policy.setReceiveTimeout(readTimeout.toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        conduit.setClient(policy);
        conduit.setMessageObserver(answer -> answer.getExchange().setInMessage(answer));
        return conduit;
    }

    private static Message request(String method, URI endpoint, String contentType, Map<String, String> headers) {
        Message request = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        exchange.setOutMessage(request);
        exchange.setSynchronous(true);
        request.setExchange(exchange);
        request.put(Message.HTTP_REQUEST_METHOD, method);
        if (contentType != null) {
            request.put(Message.CONTENT_TYPE, contentType);
        }
        if (!headers.isEmpty()) {
            Map<String, List<String>> protocolHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((name, value) -> protocolHeaders.put(name, List.of(value)));
            request.put(Message.PROTOCOL_HEADERS, protocolHeaders);
        }
        request.put(Message.ENDPOINT_ADDRESS, endpoint.toString());
        // an HTTP error answer comes back with its body: providers' REST APIs (2Checkout, PayMaster, Stripe) say in it
        // why they refused; without this CXF throws the body away
        request.put(HTTPConduit.NO_IO_EXCEPTIONS, Boolean.TRUE);
        return request;
    }

    private static byte[] read(Message answer) throws IOException {
        InputStream in = answer.getContent(InputStream.class);
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
