package dev.vpos.health.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpos.health.infrastructure.OutgoingRoutes.Route;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class OutgoingRoutesTest {

    private final OutgoingRoutes routes = new OutgoingRoutes();

    @Test
    void theLoopbackHostIsReachedFromTheLoopbackAddressAndNothingIsSent() throws Exception {
        try (DatagramSocket bank = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            bank.setSoTimeout(300);
            Route r = routes.toward("http://127.0.0.1:" + bank.getLocalPort() + "/est/fim/api");

            assertEquals("127.0.0.1", r.host());
            assertEquals("127.0.0.1", r.localAddress());
            assertNull(r.problem());
            try {
                bank.receive(new DatagramPacket(new byte[16], 16));
                throw new AssertionError("a packet reached the bank host");
            } catch (SocketTimeoutException expected) {
                // only the routing table was asked
            }
        }
    }

    @Test
    void aHostThatDoesNotResolveIsUnknown() {
        Route r = routes.toward("https://no-such-bank.invalid/gateway");

        assertEquals("no-such-bank.invalid", r.host());
        assertFalse(r.known());
        assertEquals("does not resolve", r.problem());
    }

    @Test
    void anUrlWithoutAHostIsUnknown() {
        assertFalse(routes.toward("not a url").known());
        assertFalse(routes.toward(null).known());
    }
}
