package dev.vpos.simulator.payfor;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import dev.vpos.simulator.payfor.PayForOutcomes.Fault;
import dev.vpos.simulator.payfor.PayForThreeDsSession.Stage;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated QNB Finansbank PayFor gateway without HTTP. {@link #decide} reads the {@code PayforRequest} and
 * says which transport fault its amount asks for (nothing is booked yet, so the servlet can fail or pause first);
 * {@link #answer} checks and processes it and records what it did in the {@link Ledger}:
 * <ul>
 *   <li>{@code SecureType=NonSecure}, {@code TxnType} Auth / PreAuth / PostAuth / Void / Refund;</li>
 *   <li>{@code SecureType=Inquiry, TxnType=OrderInquiry} (status) and {@code SecureType=Report, TxnType=TxnHistory};</li>
 *   <li>{@code SecureType=3DModelPayment}: the provision of an authenticated 3D-model payment by {@code RequestGuid}
 *       (authenticated by UserCode/UserPass only, as the bank's 3-D session names the merchant).</li>
 * </ul>
 * Every other request first needs MbrId + MerchantId + UserCode + UserPass of a known merchant.
 */
public final class PayForBank {

    /** A read request (empty when unreadable) and the fault its amount asks for. */
    public record Decision(Optional<PayForRequest> request, Fault fault) {}

    private final PayForMerchants merchants;
    private final PayForThreeDsSessions sessions;
    private final Clock clock;
    private final PayForBooking booking;
    private final PayForOutcomes outcomes;
    private final PayForIdentifiers ids;
    private final PayForFollowUps followUps;
    private final PayForInquiries inquiries;
    private final PayForGate gate;

    public PayForBank(
            PayForMerchants merchants,
            Ledger ledger,
            PayForThreeDsSessions sessions,
            Clock clock,
            RandomGenerator random) {
        this.merchants = merchants;
        this.sessions = sessions;
        this.clock = clock;
        this.booking = new PayForBooking(ledger, clock);
        this.outcomes = new PayForOutcomes(clock);
        this.ids = new PayForIdentifiers(clock, random);
        this.followUps = new PayForFollowUps(booking, ids);
        this.inquiries = new PayForInquiries(booking, clock.getZone());
        this.gate = new PayForGate(merchants, sessions, booking, outcomes, ids, clock);
    }

    /** The 3-D gate of this bank (same ledger, sessions and identifiers). */
    public PayForGate gate() {
        return gate;
    }

    public Decision decide(byte[] body, String contentType) {
        Optional<PayForRequest> request = PayForRequest.read(body, contentType);
        Fault fault = request.flatMap(this::authorizedAmount)
                .map(PayForOutcomes::fault)
                .orElse(Fault.NONE);
        return new Decision(request, fault);
    }

    /** Checks and processes the request; books authorisations and follow-ups (a request that fails a check is not booked). */
    public PayForAnswer answer(Decision decision) {
        if (decision.request().isEmpty()) {
            return PayForAnswer.refused(PayForCodes.REQUEST_EMPTY, "");
        }
        PayForRequest r = decision.request().get();
        PayForAnswer answer = "3DModelPayment".equals(r.get("SecureType"))
                ? provision(r)
                : merchant(r)
                        .map(m -> route(m, r))
                        .orElseGet(() -> PayForAnswer.refused(credentialFailure(r), orderIdOf(r)));
        return answer.withFault(decision.fault());
    }

    /** Convenience for tests and tools: {@link #decide} then {@link #answer}, faults only marked. */
    public PayForAnswer handle(byte[] body, String contentType) {
        return answer(decide(body, contentType));
    }

    private PayForAnswer route(Merchant m, PayForRequest r) {
        String secureType = r.get("SecureType");
        String txnType = r.get("TxnType");
        return switch (txnType) {
            case PayForAuthorization.SALE, PayForAuthorization.PRE_AUTH ->
                nonSecure(secureType, r, () -> authorize(m, r));
            case "PostAuth" -> nonSecure(secureType, r, () -> needsOrgOrderId(r, () -> followUps.postAuth(m, r)));
            case "Void" -> nonSecure(secureType, r, () -> needsOrgOrderId(r, () -> followUps.voidOrder(m, r)));
            case "Refund" -> nonSecure(secureType, r, () -> needsOrgOrderId(r, () -> followUps.refund(m, r)));
            case "OrderInquiry" ->
                "Inquiry".equals(secureType)
                        ? needsOrgOrderId(r, () -> inquiries.status(m, r.get("OrgOrderId")))
                        : PayForAnswer.refused(PayForCodes.WRONG_SECURE_TYPE, r.get("OrgOrderId"));
            case "TxnHistory" ->
                "Report".equals(secureType)
                        ? history(m, r)
                        : PayForAnswer.refused(PayForCodes.WRONG_SECURE_TYPE, r.get("OrderId"));
            default -> PayForAnswer.refused(PayForCodes.TXN_TYPE_UNKNOWN, orderIdOf(r));
        };
    }

    private PayForAnswer authorize(Merchant m, PayForRequest r) {
        Optional<String> invalid = PayForChecks.order(r::get).or(() -> PayForChecks.card(r::get));
        if (invalid.isPresent()) {
            return PayForAnswer.refused(invalid.get(), r.get("OrderId"));
        }
        return new PayForAuthorization(
                        m,
                        r.get("OrderId"),
                        r.get("TxnType"),
                        r.purchAmount().orElseThrow(),
                        r.get("Currency"),
                        r.get("InstallmentCount"),
                        r.get("Pan"),
                        r.get("Expiry"),
                        r.get("CardHolderName"))
                .authorize(outcomes, booking, ids, PayForCodes.ORDER_ID_NOT_UNIQUE);
    }

    private PayForAnswer provision(PayForRequest r) {
        Optional<PayForThreeDsSession> found = sessions.get(r.get("RequestGuid"), clock.instant());
        if (found.isEmpty() || !found.get().orderId().equals(r.get("OrderId"))) {
            return PayForAnswer.refused(PayForCodes.NOT_FOUND, r.get("OrderId"));
        }
        PayForThreeDsSession s = found.get();
        if (!s.merchant().userCode().equals(r.get("UserCode"))
                || !s.merchant().userPass().equals(r.get("UserPass"))) {
            return PayForAnswer.refused(PayForCodes.USER_NOT_VERIFIED, r.get("OrderId"));
        }
        if (s.stage() == Stage.COMPLETED) {
            return PayForAnswer.refused(PayForCodes.ORDER_ID_NOT_UNIQUE, s.orderId());
        }
        if (s.stage() != Stage.AUTHENTICATED || !sessions.advance(s, s.ended(Stage.COMPLETED))) {
            return PayForAnswer.refused(PayForCodes.THREE_D_FAILED, s.orderId());
        }
        return s.authorization().authorize(outcomes, booking, ids, PayForCodes.ORDER_ID_NOT_UNIQUE);
    }

    private PayForAnswer history(Merchant m, PayForRequest r) {
        if (r.get("OrderId").isEmpty() && !r.get("ReqDate").matches("\\d{8}")) {
            return PayForAnswer.refused(PayForCodes.ORDER_ID_MISSING, "");
        }
        return inquiries.history(m, r.get("OrderId"), r.get("ReqDate"));
    }

    /** The amount of an authorisation that would be processed (for the fault table), without booking anything. */
    private Optional<java.math.BigDecimal> authorizedAmount(PayForRequest r) {
        if ("3DModelPayment".equals(r.get("SecureType"))) {
            return sessions.get(r.get("RequestGuid"), clock.instant()).map(PayForThreeDsSession::amount);
        }
        boolean authorization = PayForAuthorization.SALE.equals(r.get("TxnType"))
                || PayForAuthorization.PRE_AUTH.equals(r.get("TxnType"));
        return authorization && merchant(r).isPresent() ? r.purchAmount() : Optional.empty();
    }

    private Optional<Merchant> merchant(PayForRequest r) {
        return merchants
                .find(r.get("MbrId"), r.get("MerchantId"))
                .filter(m ->
                        m.userCode().equals(r.get("UserCode")) && m.userPass().equals(r.get("UserPass")));
    }

    private String credentialFailure(PayForRequest r) {
        if (r.get("MbrId").isEmpty()) {
            return PayForCodes.MBR_ID_MISSING;
        }
        if (r.get("MerchantId").isEmpty()) {
            return PayForCodes.MERCHANT_ID_MISSING;
        }
        if (r.get("UserCode").isEmpty()) {
            return PayForCodes.USER_CODE_MISSING;
        }
        if (r.get("UserPass").isEmpty()) {
            return PayForCodes.USER_PASS_MISSING;
        }
        return merchants.find(r.get("MbrId"), r.get("MerchantId")).isEmpty()
                ? PayForCodes.MERCHANT_NOT_FOUND
                : PayForCodes.USER_NOT_VERIFIED;
    }

    private static PayForAnswer nonSecure(
            String secureType, PayForRequest r, java.util.function.Supplier<PayForAnswer> then) {
        return "NonSecure".equals(secureType)
                ? then.get()
                : PayForAnswer.refused(
                        secureType.isEmpty() ? PayForCodes.SECURE_TYPE_UNKNOWN : PayForCodes.WRONG_SECURE_TYPE,
                        orderIdOf(r));
    }

    private static PayForAnswer needsOrgOrderId(PayForRequest r, java.util.function.Supplier<PayForAnswer> then) {
        return r.get("OrgOrderId").isEmpty() ? PayForAnswer.refused(PayForCodes.ORG_ORDER_ID_MISSING, "") : then.get();
    }

    private static String orderIdOf(PayForRequest r) {
        return r.get("OrderId").isEmpty() ? r.get("OrgOrderId") : r.get("OrderId");
    }
}
