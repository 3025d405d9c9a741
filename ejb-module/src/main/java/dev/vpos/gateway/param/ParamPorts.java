package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.param.soap.TurkPosWSTestSoap;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Ready CXF proxies to Param, pooled per endpoint and deadlines, so a call no longer builds a proxy (the service model
 * from the generated classes) and a conduit each time. A proxy is <em>borrowed</em> by one call and given back after
 * it: no two threads ever use one proxy at once. That sidesteps what makes a CXF proxy unsafe to share (CXF's FAQ,
 * "Are JAX-WS client proxies thread safe?"): its request context, its conduit's client policy and the per-call wire
 * capture are all per proxy, and only one call holds the proxy while they are set and used. A proxy whose call ended
 * in a transport failure is destroyed rather than given back; at most {@value #MAX_IDLE} idle proxies are kept per
 * endpoint and deadlines, and at most {@value #MAX_KEYS} endpoint-and-deadline pairs are pooled (beyond them a proxy
 * lives for one call, as before).
 */
final class ParamPorts implements AutoCloseable {

    static final int MAX_IDLE = 16;
    static final int MAX_KEYS = 64;

    /** What a proxy is built for: the service address and the definition's deadlines. */
    record Key(String address, long connectMillis, long readMillis) {
        static Key of(GatewayAccount account) {
            return new Key(
                    account.endpoint().toString(),
                    account.connectTimeout().toMillis(),
                    account.readTimeout().toMillis());
        }
    }

    /** One proxy with its client; {@link #wire} is the capture of the call that holds it. */
    static final class Port {
        final Key key;
        final TurkPosWSTestSoap soap;
        final Client client;
        volatile WireCapture wire = new WireCapture();

        private Port(Key key, TurkPosWSTestSoap soap, Client client) {
            this.key = key;
            this.soap = soap;
            this.client = client;
        }
    }

    private final Bus bus;
    private final Map<Key, Deque<Port>> idle = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();
    private volatile boolean closed;

    ParamPorts(Bus bus) {
        this.bus = bus;
    }

    /** A proxy for the account's endpoint and deadlines that only the caller uses until {@link #giveBack}. */
    Port borrow(GatewayAccount account, WireCapture wire) {
        Key key = Key.of(account);
        Deque<Port> ready = idle.get(key);
        Port port = ready == null ? null : ready.pollFirst();
        if (port == null) {
            port = create(key);
        }
        port.wire = wire;
        return port;
    }

    /**
     * Ends the caller's use of the proxy: kept for the next call when {@code reusable} (the call got an answer or a
     * SOAP fault), else destroyed.
     */
    void giveBack(Port port, boolean reusable) {
        port.wire = new WireCapture();
        if (!reusable || closed) {
            port.client.destroy();
            return;
        }
        Deque<Port> ready = idle.get(port.key);
        if (ready == null && idle.size() < MAX_KEYS) {
            ready = idle.computeIfAbsent(port.key, k -> new ConcurrentLinkedDeque<>());
        }
        if (ready == null || ready.size() >= MAX_IDLE) {
            port.client.destroy();
            return;
        }
        ready.offerFirst(port);
        if (closed && ready.remove(port)) {
            port.client.destroy();
        }
    }

    /** How many proxies were built so far (each built proxy had its own conduit). */
    int created() {
        return created.get();
    }

    /** Proxies waiting for a call, over every endpoint. */
    int idle() {
        return idle.values().stream().mapToInt(Deque::size).sum();
    }

    @Override
    public void close() {
        closed = true;
        idle.values().forEach(ready -> {
            for (Port p = ready.pollFirst(); p != null; p = ready.pollFirst()) {
                p.client.destroy();
            }
        });
    }

    /** A proxy to Param's shared-payment-page service at {@code address}, for one call, with the account's deadlines. */
    static dev.vpos.gateway.param.odeme.ServiceOdemeSoap hostedPage(
            Bus bus, java.net.URI address, GatewayAccount account, WireCapture wire) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(dev.vpos.gateway.param.odeme.ServiceOdemeSoap.class);
        factory.setAddress(address.toString());
        var soap = (dev.vpos.gateway.param.odeme.ServiceOdemeSoap) factory.create();
        Client client = ClientProxy.getClient(soap);
        client.getOutInterceptors().add(WireCapture.outgoing(() -> wire));
        client.getInInterceptors().add(WireCapture.incoming(() -> wire));
        client.getInFaultInterceptors().add(WireCapture.incoming(() -> wire));
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(account.connectTimeout().toMillis());
        policy.setReceiveTimeout(account.readTimeout().toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return soap;
    }

    private Port create(Key key) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(TurkPosWSTestSoap.class);
        factory.setAddress(key.address());
        // DT_Bilgi of TP_Islem_Izleme is a .NET DataSet whose inline xs:schema the WSDL does not declare: an element
        // the
        // WSDL does not know is skipped, not an error (Param may also add fields to its answers)
        factory.setProperties(new java.util.HashMap<>(java.util.Map.of("set-jaxb-validation-event-handler", false)));
        TurkPosWSTestSoap soap = (TurkPosWSTestSoap) factory.create();
        Client client = ClientProxy.getClient(soap);
        Port port = new Port(key, soap, client);
        client.getOutInterceptors().add(WireCapture.outgoing(() -> port.wire));
        client.getInInterceptors().add(WireCapture.incoming(() -> port.wire));
        client.getInFaultInterceptors().add(WireCapture.incoming(() -> port.wire));
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(key.connectMillis());
        policy.setReceiveTimeout(key.readMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        created.incrementAndGet();
        return port;
    }
}
