package dev.vpos.gateway.infrastructure.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import org.apache.cxf.jaxrs.client.WebClient;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Posts a request to a bank through Apache CXF with a deadline: a connect timeout and a receive timeout.
 * It tells apart "never connected" (safe: nothing was sent) from "sent, no usable answer" (unknown).
 * It logs nothing: callers log masked copies through the transaction log.
 */
@ApplicationScoped
public class BankHttpTransport {

    public HttpAnswer post(URI endpoint, byte[] body, String contentType, Duration connectTimeout, Duration readTimeout)
            throws BankNotReachedException, BankAnswerUnknownException {
        WebClient client = WebClient.create(endpoint.toString());
        long start = System.nanoTime();
        try {
            HTTPConduit conduit = WebClient.getConfig(client).getHttpConduit();
            conduit.setClient(policy(connectTimeout, readTimeout));
            client.type(contentType).accept("*/*");
            Response response = client.post(body);
            byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return new HttpAnswer(response.getStatus(), answer, response.getHeaderString("Content-Type"), elapsedMs(start));
        } catch (ProcessingException e) {
            long latencyMs = elapsedMs(start);
            if (neverConnected(e)) {
                throw new BankNotReachedException("bank not reached: " + rootMessage(e), latencyMs, e);
            }
            String why = timedOut(e) ? "no answer within the deadline of " + readTimeout.toMillis() + " ms"
                    : "connection failed after sending: " + rootMessage(e);
            throw new BankAnswerUnknownException(why, latencyMs, e);
        } finally {
            client.close();
        }
    }

    private static HTTPClientPolicy policy(Duration connectTimeout, Duration readTimeout) {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeout.toMillis());
        policy.setReceiveTimeout(readTimeout.toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        return policy;
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof HttpConnectTimeoutException) {
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
