package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.param.soap.TurkPosWSTestSoap;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Param's SOAP service through Apache CXF's JAX-WS client, generated at build time from the service's WSDL
 * ({@code src/main/wsdl/param/turkpos.wsdl} → {@code dev.vpos.gateway.param.soap}). Each call gets its own proxy and
 * conduit with the definition's deadlines (connect and receive timeout) and is closed afterwards, as
 * {@link BankHttpTransport} does for the other families. What came of it is classified the same way: no connection →
 * not reached (NOT_SENT for an operation); a timeout, a reset, an HTTP error, a SOAP fault or a body that is not the
 * operation's answer → reached without an answer (UNKNOWN); otherwise the answer. The SOAP envelopes as they went over
 * the wire are kept, masked ({@link ParamMasking}), for the transaction log.
 */
@ApplicationScoped
public class ParamSoapClient {

    private final Bus bus = BusFactory.newInstance().createBus();

    @PreDestroy
    void shutdown() {
        bus.shutdown(false);
    }

    <T> BankReply<T> call(GatewayAccount account, Function<TurkPosWSTestSoap, T> operation) {
        WireCapture wire = new WireCapture();
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(TurkPosWSTestSoap.class);
        factory.setAddress(account.endpoint().toString());
        factory.getOutInterceptors().add(wire.outgoing());
        factory.getInInterceptors().add(wire.incoming());
        factory.getInFaultInterceptors().add(wire.incoming());
        TurkPosWSTestSoap port = (TurkPosWSTestSoap) factory.create();
        Client client = ClientProxy.getClient(port);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(account.connectTimeout().toMillis());
        policy.setReceiveTimeout(account.readTimeout().toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        conduit.setClient(policy);
        long start = System.nanoTime();
        try {
            T answer = operation.apply(port);
            return new BankReply<>(
                    true,
                    wire.status(),
                    Optional.ofNullable(answer),
                    exchange(wire, start, answer == null ? "empty answer from Param" : null));
        } catch (SOAPFaultException e) {
            return new BankReply<>(
                    true,
                    wire.status(),
                    Optional.empty(),
                    exchange(wire, start, "Param answered a SOAP fault: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (BankHttpTransport.neverConnected(e)) {
                return new BankReply<>(
                        false,
                        null,
                        Optional.empty(),
                        exchange(wire, start, "bank not reached: " + BankHttpTransport.rootMessage(e)));
            }
            String why = BankHttpTransport.timedOut(e)
                    ? "no answer within the deadline of "
                            + account.readTimeout().toMillis() + " ms"
                    : "no usable answer after sending: " + BankHttpTransport.rootMessage(e);
            return new BankReply<>(true, wire.status(), Optional.empty(), exchange(wire, start, why));
        } finally {
            client.destroy();
        }
    }

    private static BankExchange exchange(WireCapture wire, long start, String failure) {
        return new BankExchange(
                wire.status(),
                (System.nanoTime() - start) / 1_000_000,
                LogText.cap(ParamMasking.envelope(wire.sent())),
                LogText.cap(ParamMasking.envelope(wire.received())),
                failure);
    }
}
