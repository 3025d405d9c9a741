package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.LogText;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The 3D model. Start: the enrollment goes server-to-server to {@code ThreeDModelPayGate}; the bank answers an HTML
 * page that auto-posts the payer to the ACS, which the payer's browser is shown — unless that page already posts
 * an {@code AuthenticationResponse} with a refusal back to us (card not enrolled, bad hash, ...): then the payment
 * ends here as declined. Finish: the callback's {@code AuthenticationResponse} (URL-encoded XML) is verified first —
 * response hash with the hashed password in constant time, our order id, then amount, currency and installments —
 * and only an authenticated one (ResponseCode 00) is provisioned, with our own order, amount and the bank's MD.
 */
final class KuveytTurkThreeDs {

    static final String AUTHENTICATION_RESPONSE = "AuthenticationResponse";

    private final BankChannel channel;

    KuveytTurkThreeDs(BankChannel channel) {
        this.channel = channel;
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D) {
            return ThreeDsStart.failed(GatewayResult.notOffered(GatewayFamily.KUVEYT_TURK, GatewayOperation.SALE));
        }
        if (request.kind() != AuthorizationKind.SALE) {
            return ThreeDsStart.failed(GatewayResult.notOffered(GatewayFamily.KUVEYT_TURK, GatewayOperation.PRE_AUTH));
        }
        if (!request.sale().hasCard() || request.sale().expiry() == null) {
            return ThreeDsStart.failed(
                    GatewayResult.notSent("the 3D model needs the card: the bank's enrollment takes it"));
        }
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        KuveytTurkRequest enrollment = KuveytTurkMessages.enrollment(request, c);
        BankReply<KuveytTurkAnswers.EnrollmentPage> reply = channel.send(
                enrollment.to(KuveytTurkEndpoints.gate(account, KuveytTurkEndpoints.ENROLLMENT)),
                account,
                KuveytTurkAnswers.ENROLLMENT_PAGE);
        if (!reply.answered()) {
            return ThreeDsStart.failed(reply.failed());
        }
        Optional<KuveytTurkResponse> refusal = KuveytTurkAnswers.refusal(reply.get());
        if (refusal.isPresent()) {
            KuveytTurkResponse r = refusal.get();
            return ThreeDsStart.failed(new GatewayResult(
                    GatewayOutcome.DECLINED,
                    r.responseCode(),
                    r.responseMessage(),
                    null,
                    null,
                    null,
                    reply.exchange()));
        }
        return ThreeDsStart.page(reply.get().html(), reply.exchange());
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        ThreeDsSale expected = callback.expected();
        Optional<String> xml = callback.field(AUTHENTICATION_RESPONSE).flatMap(KuveytTurkThreeDs::decode);
        BankExchange log = new BankExchange(
                null, 0, null, xml.map(KuveytTurkLog::masked).map(LogText::cap).orElse(null), null);
        if (xml.isEmpty()) {
            return rejected("the callback has no readable " + AUTHENTICATION_RESPONSE, log);
        }
        Optional<KuveytTurkResponse> parsed = KuveytTurkResponse.parse(xml.get());
        if (parsed.isEmpty()) {
            return rejected("the " + AUTHENTICATION_RESPONSE + " is not a VPosTransactionResponseContract", log);
        }
        KuveytTurkResponse r = parsed.get();
        KuveytTurkCredentials c = KuveytTurkCredentials.of(account);
        if (!r.hashVerifies(c.hashedPassword())) {
            return rejected("the callback's HashData does not verify", log);
        }
        if (!expected.bankOrderId().equals(r.merchantOrderId())) {
            return rejected(
                    "the callback is for order " + r.merchantOrderId() + ", not " + expected.bankOrderId(), log);
        }
        if (!r.approved()) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED, r.responseCode(), r.responseMessage(), null, null, null, log),
                    log);
        }
        Optional<String> mismatch = mismatch(r, expected);
        if (mismatch.isPresent()) {
            return rejected(mismatch.get(), log);
        }
        if (callback.model() != PaymentModel.THREE_D || callback.kind() != AuthorizationKind.SALE) {
            return rejected(
                    "KuveytTürk provisions only 3D-model sales, not " + callback.model() + "/" + callback.kind(), log);
        }
        KuveytTurkRequest provision = KuveytTurkMessages.provision(expected, r.md(), c);
        BankReply<KuveytTurkResponse> answer = channel.send(
                provision.to(KuveytTurkEndpoints.gate(account, KuveytTurkEndpoints.PROVISION)),
                account,
                KuveytTurkAnswers.PAYMENT);
        return ThreeDsFinish.completed(
                KuveytTurkAnswers.payment(expected.bankOrderId(), answer, c.hashedPassword()), log);
    }

    /** The authenticated amount, currency and installments must be ours; the MD must be there. */
    private static Optional<String> mismatch(KuveytTurkResponse r, ThreeDsSale expected) {
        if (!r.hasVPosMessage()) {
            return Optional.of("the callback carries no VPosMessage");
        }
        String amount = KuveytTurkFormats.amount(expected.amount());
        if (!amount.equals(r.amount())) {
            return Optional.of("the callback's amount " + r.amount() + " is not " + amount);
        }
        String currency = KuveytTurkFormats.currency(expected.amount());
        if (!currency.equals(KuveytTurkFormats.normalizedCurrency(r.currencyCode()))) {
            return Optional.of("the callback's currency " + r.currencyCode() + " is not " + currency);
        }
        String installments = KuveytTurkFormats.installments(expected.installments());
        if (!installments.equals(r.installmentCount().isEmpty() ? "0" : r.installmentCount())) {
            return Optional.of("the callback's installments " + r.installmentCount() + " are not " + installments);
        }
        if (r.md().isEmpty()) {
            return Optional.of("the callback carries no MD");
        }
        return Optional.empty();
    }

    /** The XML of an AuthenticationResponse, whether it is still URL-encoded (as the bank writes it) or not. */
    static Optional<String> decode(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.startsWith("<")) {
            return Optional.of(v);
        }
        try {
            return Optional.of(URLDecoder.decode(v, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
    }

    private static ThreeDsFinish rejected(String why, BankExchange log) {
        return ThreeDsFinish.rejected(why, log.withFailure(why));
    }
}
