package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankAdapter;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Vakıf Katılım's virtual POS (VirtualPOS.Gateway, {@code VPosMessageContract} XML, APIVersion 1.0.0): sale
 * ({@code Non3DPayGate}) and pre-authorisation ({@code PreAuthorizaten}) without 3-D; the capture of a whole
 * pre-authorisation ({@code PreAuthorizatenClose}, which carries no amount); cancels and refunds through the gate of
 * the original's kind ({@code SaleReversal} / {@code PreAuthorizationReversal}, {@code DrawBack} /
 * {@code PreAuthorizationDrawBack}, {@code PartialDrawBack}); status ({@code SelectOrderByMerchantOrderId}) and
 * history ({@code SelectOrder}); 3D and 3D Host sales ({@link VakifKatilimThreeDs}).
 */
@ApplicationScoped
public class VakifKatilimGateway extends BankAdapter {

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    private Clock clock = Clock.system(BANK_ZONE);

    public VakifKatilimGateway() {
        super(
                GatewayFamily.VAKIF_KATILIM,
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.PRE_AUTH,
                        GatewayOperation.CAPTURE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D, PaymentModel.THREE_D_HOST));
    }

    VakifKatilimGateway(BankHttpTransport transport, Clock clock) {
        this();
        connect(transport);
        this.clock = clock;
    }

    private VakifKatilimCalls calls() {
        return new VakifKatilimCalls(channel());
    }

    @Override
    public GatewayResult sale(SaleInstruction sale, GatewayAccount account) {
        return authorize(sale, account, AuthorizationKind.SALE, VakifKatilimEndpoints.NON_3D);
    }

    @Override
    public GatewayResult preAuthorize(SaleInstruction sale, GatewayAccount account) {
        return authorize(sale, account, AuthorizationKind.PRE_AUTH, VakifKatilimEndpoints.PRE_AUTH);
    }

    private GatewayResult authorize(SaleInstruction sale, GatewayAccount account, AuthorizationKind kind, String gate) {
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        String currency = VakifKatilimFormats.currency(sale.amount());
        VakifKatilimMessage m = VakifKatilimMessage.of(c)
                .with("APIVersion", VakifKatilimMessage.API_VERSION)
                .withHashPassword()
                .with("MerchantOrderId", sale.bankOrderId())
                .with("InstallmentCount", VakifKatilimFormats.installments(sale.installments()))
                .with("Amount", VakifKatilimFormats.amount(sale.amount()))
                .with("FECCurrencyCode", currency)
                .with("CurrencyCode", currency)
                .with("TransactionSecurity", "5")
                .with("CardNumber", sale.card().digits())
                .with("CardExpireDateYear", VakifKatilimFormats.expiryYear(sale.expiry()))
                .with("CardExpireDateMonth", VakifKatilimFormats.expiryMonth(sale.expiry()))
                .with("CardCVV2", sale.cvv())
                .with("CardHolderName", "");
        return VakifKatilimResults.authorization(
                sale.bankOrderId(), kind, calls().send(m, gate, account), c.hashedPassword());
    }

    /** The whole pre-authorisation: the bank's capture carries no amount (so no partial capture is offered). */
    @Override
    public GatewayResult capture(FollowUp followUp, GatewayAccount account) {
        return followUp(
                followUp,
                account,
                original -> VakifKatilimEndpoints.CAPTURE,
                original -> Map.of("CustomerIPAddress", ""));
    }

    /** The whole order, on the sale's or the pre-authorisation's gate; a sale's cancel names its amount. */
    @Override
    public GatewayResult voidTransaction(FollowUp followUp, GatewayAccount account) {
        return followUp(
                followUp,
                account,
                original -> original.preAuthorization()
                        ? VakifKatilimEndpoints.PRE_AUTH_REVERSAL
                        : VakifKatilimEndpoints.SALE_REVERSAL,
                original -> original.preAuthorization()
                        ? Map.of("PaymentType", "1")
                        : Map.of("PaymentType", "1", "Amount", VakifKatilimFormats.amount(followUp.originalAmount())));
    }

    /** Everything ({@code DrawBack} / {@code PreAuthorizationDrawBack}) or a part ({@code PartialDrawBack}). */
    @Override
    public GatewayResult refund(FollowUp followUp, GatewayAccount account) {
        boolean partial = followUp.isPartial();
        return followUp(
                followUp,
                account,
                original -> partial
                        ? VakifKatilimEndpoints.PARTIAL_DRAWBACK
                        : original.preAuthorization()
                                ? VakifKatilimEndpoints.PRE_AUTH_DRAWBACK
                                : VakifKatilimEndpoints.DRAWBACK,
                original -> partial ? Map.of("Amount", VakifKatilimFormats.amount(followUp.amount())) : Map.of());
    }

    private GatewayResult followUp(
            FollowUp followUp,
            GatewayAccount account,
            Function<VakifKatilimReferences, String> gates,
            Function<VakifKatilimReferences, Map<String, String>> extra) {
        Optional<VakifKatilimReferences> original = VakifKatilimReferences.from(followUp.references());
        if (original.isEmpty()) {
            // an order settled by a status inquiry may lack them: ask the bank first (nothing is sent otherwise)
            GatewayResult status = status(followUp.bankOrderId(), account);
            original = status.approved() ? VakifKatilimReferences.from(status.references()) : Optional.empty();
            if (original.isEmpty()) {
                return GatewayResult.notSent(status.exchange()
                        .withFailure("the bank's OrderId of order " + followUp.bankOrderId() + " is unknown (status "
                                + status.outcome() + "); nothing sent"));
            }
        }
        VakifKatilimReferences o = original.get();
        String gate = gates.apply(o);
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        VakifKatilimMessage m = VakifKatilimMessage.of(c)
                .withHashPassword()
                .with("MerchantOrderId", followUp.bankOrderId())
                .with("OrderId", o.bankOrderId());
        extra.apply(o).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> m.with(e.getKey(), e.getValue()));
        return VakifKatilimResults.followUp(followUp.bankOrderId(), calls().send(m, gate, account));
    }

    @Override
    public GatewayResult status(String bankOrderId, GatewayAccount account) {
        return VakifKatilimStatusReading.read(bankOrderId, calls().status(bankOrderId, account));
    }

    /**
     * The order's transactions: its status first (the order's day and provision number, which {@code SelectOrder}
     * is asked by), then the order list from that day to today (at most the bank's 90 days).
     */
    @Override
    public OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        VakifKatilimCalls calls = calls();
        BankReply<VakifKatilimAnswer> status = calls.status(inquiry.bankOrderId(), account);
        if (!status.answered()) {
            return status.notAnswered();
        }
        VakifKatilimAnswer a = status.get();
        if (VakifKatilimAnswer.NO_RESULT.equals(a.code())) {
            return OrderHistory.of(List.of(), true, inquiry.currency(), status.exchange());
        }
        Optional<Map<String, String>> order =
                a.approved() ? VakifKatilimStatusReading.contract(inquiry.bankOrderId(), a) : Optional.empty();
        if (order.isEmpty()) {
            return status.notAnswered("the status inquiry did not show order " + inquiry.bankOrderId() + ": " + a.code()
                    + " " + a.message());
        }
        String prov = order.get().getOrDefault("ProvNumber", "");
        if (prov.isEmpty()) {
            // declined: the one authorisation the bank refused is the whole history
            return OrderHistory.of(
                    List.of(VakifKatilimHistoryReading.line(order.get())), true, inquiry.currency(), status.exchange());
        }
        LocalDate today = LocalDate.now(clock.withZone(BANK_ZONE));
        LocalDate from = Optional.ofNullable(
                        VakifKatilimHistoryReading.time(order.get().getOrDefault("OrderDate", "")))
                .map(t -> t.atZoneSameInstant(BANK_ZONE).toLocalDate())
                .orElse(today);
        LocalDate to = today.isAfter(from.plusDays(90)) ? from.plusDays(90) : today;
        BankReply<VakifKatilimAnswer> lines = calls.orders(prov, from, to, account);
        OrderHistory history = VakifKatilimHistoryReading.read(inquiry, lines);
        return new OrderHistory(
                history.answered(),
                history.itemized(),
                history.lines(),
                status.exchange().then(history.exchange()));
    }

    /** The status of an order that cannot exist: a NonResult proves endpoint and credentials; a refusal names them. */
    @Override
    public ConnectionCheck testConnection(GatewayAccount account) {
        String probe = "VPTEST"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
        BankReply<VakifKatilimAnswer> reply = calls().status(probe, account);
        if (!reply.answered()) {
            return new ConnectionCheck(false, false, null, reply.exchange().failure(), reply.exchange());
        }
        VakifKatilimAnswer a = reply.get();
        boolean accepted = VakifKatilimAnswer.NO_RESULT.equals(a.code()) || a.approved();
        return new ConnectionCheck(
                true,
                accepted,
                accepted ? null : a.code(),
                accepted ? "order inquiry answered" : a.message(),
                reply.exchange());
    }

    @Override
    public ThreeDsStart startThreeDs(ThreeDsRequest request, GatewayAccount account) {
        return new VakifKatilimThreeDs(calls()).start(request, account);
    }

    @Override
    public ThreeDsFinish finishThreeDs(ThreeDsCallback callback, GatewayAccount account) {
        return new VakifKatilimThreeDs(calls()).finish(callback, account);
    }
}
