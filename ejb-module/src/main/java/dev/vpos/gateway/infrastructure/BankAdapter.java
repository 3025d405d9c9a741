package dev.vpos.gateway.infrastructure;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * The base of every family's adapter: it declares which family it is, the operations its bank offers and the payment
 * models it implements, and talks to the bank only through {@link #channel()} — the deadline, the classification of
 * what came of a call (NOT_SENT only without a connection, UNKNOWN for anything after), the masked and capped log
 * record are the channel's. What is left to a family is translation: its requests ({@link BankRequest}, written with
 * {@link dev.vpos.gateway.infrastructure.xml.XmlWriter} or its own JSON/form), its answers
 * ({@link AnswerFormat}, read with {@link dev.vpos.gateway.infrastructure.xml.XmlNode}), its hashes and what its
 * codes mean.
 */
public abstract class BankAdapter implements PaymentGateway {

    @Inject
    private BankChannel channel;

    private final GatewayFamily family;
    private final Set<GatewayOperation> operations;
    private final Set<PaymentModel> paymentModels;

    protected BankAdapter(GatewayFamily family, Set<GatewayOperation> operations, Set<PaymentModel> paymentModels) {
        this.family = family;
        this.operations = Set.copyOf(operations);
        this.paymentModels = Set.copyOf(paymentModels);
    }

    /** Every operation of the SPI (families whose bank offers them all). */
    protected static Set<GatewayOperation> allOperations() {
        return EnumSet.allOf(GatewayOperation.class);
    }

    /** Outside a container (contract tests): the adapter talks through {@code transport}. */
    protected void connect(BankHttpTransport transport) {
        this.channel = new BankChannel(transport);
    }

    protected BankChannel channel() {
        return channel;
    }

    @Override
    public GatewayFamily family() {
        return family;
    }

    @Override
    public Set<GatewayOperation> operations() {
        return operations;
    }

    @Override
    public Set<PaymentModel> paymentModels() {
        return paymentModels;
    }
}
