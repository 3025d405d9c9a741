package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.param.odeme.ServiceOdemeSoap;
import dev.vpos.gateway.param.soap.TurkPosWSTestSoap;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.frontend.ClientProxy;

/**
 * Param's SOAP service through Apache CXF's JAX-WS client, generated at build time from the service's WSDL
 * ({@code src/main/wsdl/param/turkpos.wsdl} → {@code dev.vpos.gateway.param.soap}). Each call borrows a proxy whose
 * conduit has the definition's deadlines (connect and receive timeout) from {@link ParamPorts}, which builds one only
 * when none is free and never lends one to two calls at once. What came of it is classified as {@link BankHttpTransport}
 * classifies the other families' calls: no connection →
 * not reached (NOT_SENT for an operation); a timeout, a reset, an HTTP error, a SOAP fault or a body that is not the
 * operation's answer → reached without an answer (UNKNOWN); otherwise the answer. The SOAP envelopes as they went over
 * the wire are kept, masked ({@link ParamMasking}), for the transaction log.
 */
@ApplicationScoped
public class ParamSoapClient {

    private final Bus bus = BusFactory.newInstance().createBus();
    private final ParamPorts ports = new ParamPorts(bus);

    @PreDestroy
    void shutdown() {
        ports.close();
        bus.shutdown(false);
    }

    <T> BankReply<T> call(GatewayAccount account, Function<TurkPosWSTestSoap, T> operation) {
        WireCapture wire = new WireCapture();
        ParamPorts.Port port = ports.borrow(account, wire);
        boolean reusable = false;
        try {
            Outcome<T> o = classify(account, wire, () -> operation.apply(port.soap));
            reusable = o.reusable();
            return o.reply();
        } finally {
            ports.giveBack(port, reusable);
        }
    }

    /**
     * A call to Param's second service, the shared payment page's {@code Service_Odeme.asmx} at {@code address}: one
     * proxy for the one call (a hosted payment's start, rare beside the TurkPos calls), with the definition's
     * deadlines, classified and logged as {@link #call}.
     */
    <T> BankReply<T> hostedPage(GatewayAccount account, URI address, Function<ServiceOdemeSoap, T> operation) {
        WireCapture wire = new WireCapture();
        ServiceOdemeSoap port = ParamPorts.hostedPage(bus, address, account, wire);
        try {
            return classify(account, wire, () -> operation.apply(port)).reply();
        } finally {
            ClientProxy.getClient(port).destroy();
        }
    }

    private record Outcome<T>(BankReply<T> reply, boolean reusable) {}

    private static <T> Outcome<T> classify(GatewayAccount account, WireCapture wire, Supplier<T> operation) {
        long start = System.nanoTime();
        try {
            T answer = operation.get();
            return new Outcome<>(
                    new BankReply<>(
                            true,
                            wire.status(),
                            Optional.ofNullable(answer),
                            exchange(wire, start, answer == null ? "empty answer from Param" : null)),
                    true);
        } catch (SOAPFaultException e) {
            return new Outcome<>(
                    new BankReply<>(
                            true,
                            wire.status(),
                            Optional.empty(),
                            exchange(wire, start, "Param answered a SOAP fault: " + e.getMessage())),
                    true);
        } catch (RuntimeException e) {
            if (BankHttpTransport.neverConnected(e)) {
                return new Outcome<>(
                        new BankReply<>(
                                false,
                                null,
                                Optional.empty(),
                                exchange(wire, start, "bank not reached: " + BankHttpTransport.rootMessage(e))),
                        false);
            }
            String why = BankHttpTransport.timedOut(e)
                    ? "no answer within the deadline of "
                            + account.readTimeout().toMillis() + " ms"
                    : "no usable answer after sending: " + BankHttpTransport.rootMessage(e);
            return new Outcome<>(
                    new BankReply<>(true, wire.status(), Optional.empty(), exchange(wire, start, why)), false);
        }
    }

    /** The pool, for tests: how many proxies were built and how many wait. */
    ParamPorts ports() {
        return ports;
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
