package dev.vpos.health.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The local address this server's operating system would use toward a bank's host: the host is resolved, then a UDP
 * socket is connected to it — which only asks the routing table, nothing is sent — and its local address read. That
 * is the address the bank sees unless a NAT or proxy sits between (compare with the address the bank whitelisted).
 */
@ApplicationScoped
public class OutgoingRoutes {

    /** The bank host of an endpoint URL and the local address toward it; {@code localAddress} null when unknown. */
    public record Route(String host, String localAddress, String problem) {

        public boolean known() {
            return localAddress != null;
        }
    }

    public Route toward(String endpointUrl) {
        URI uri;
        try {
            uri = URI.create(endpointUrl);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Route(null, null, "no endpoint URL");
        }
        String host = uri.getHost();
        if (host == null) {
            return new Route(null, null, "no host in the endpoint URL");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return new Route(host, null, "does not resolve");
        }
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(address, port));
            InetAddress local = socket.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                return new Route(host, null, "no route");
            }
            return new Route(host, local.getHostAddress(), null);
        } catch (IOException | UncheckedIOException e) {
            return new Route(host, null, "no route");
        }
    }
}
