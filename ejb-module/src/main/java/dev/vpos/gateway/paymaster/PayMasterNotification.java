package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ExpectedPayments;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What PayMaster posts to our inbox (the definition's notification URL), in two kinds.
 * <ul>
 *   <li><b>Invoice Confirmation</b> ({@code LMI_PREREQUEST=1}), before the payer pays: PayMaster asks whether to take
 *       the payment. It carries no {@code LMI_HASH}; it is believed through our own {@code SIGN} (which PayMaster hands
 *       back) and the merchant id. We answer {@code YES} only when we expect that order, still unpaid, for that amount
 *       and currency; anything else refuses the payment (the text says why). It changes nothing
 *       ({@link NotificationKind#PAYMENT_PENDING}).</li>
 *   <li><b>Payment Notification</b>, after a successful payment: {@code LMI_HASH} (the site's algorithm, constant
 *       time) and {@code SIGN} when present must verify, the merchant must be ours and the amount and currency those of
 *       our order. Event id {@code LMI_SYS_PAYMENT_ID}; acknowledged with HTTP 200. A simulated payment
 *       ({@code LMI_SIM_MODE} set) on a LIVE definition is acknowledged and ignored: no money moved.</li>
 * </ul>
 */
final class PayMasterNotification {

    static final String PAYMENT_ID = "paymentId";

    private PayMasterNotification() {}

    static NotificationVerdict read(
            InboundNotification n, PayMasterCredentials c, ExpectedPayments expected, long definitionId) {
        Map<String, String> f = new LinkedHashMap<>();
        n.form().forEach(e -> f.putIfAbsent(e.getKey(), e.getValue()));
        String masked = masked(n.form(), n);
        if (f.isEmpty()) {
            return NotificationVerdict.rejected("not a form-encoded PayMaster request", masked);
        }
        if (!c.merchantId().equals(v(f, "LMI_MERCHANT_ID"))) {
            return NotificationVerdict.rejected(
                    "the request is for merchant " + v(f, "LMI_MERCHANT_ID") + ", not " + c.merchantId(), masked);
        }
        Optional<String> badSign = signRejection(f, c);
        boolean preRequest = "1".equals(v(f, "LMI_PREREQUEST"));
        if (preRequest) {
            if (!f.containsKey(PayMasterForm.SIGN)) {
                return NotificationVerdict.rejected("the pre-request does not carry our SIGN back", masked);
            }
            return badSign.map(why -> NotificationVerdict.rejected(why, masked))
                    .orElseGet(() -> confirmation(f, c, expected, definitionId, masked));
        }
        String hash = v(f, "LMI_HASH");
        if (hash.isEmpty()) {
            return NotificationVerdict.rejected("the notification carries no LMI_HASH", masked);
        }
        if (!PayMasterHashAlgorithm.matches(hash, PayMasterSignatures.lmiHash(f, c.secretKey(), c.algorithm()))) {
            return NotificationVerdict.rejected(
                    "the notification's LMI_HASH does not verify with the secret key (" + c.algorithm() + ")", masked);
        }
        if (badSign.isPresent()) {
            return NotificationVerdict.rejected(badSign.get(), masked);
        }
        return payment(f, c, expected, definitionId, masked);
    }

    private static NotificationVerdict confirmation(
            Map<String, String> f,
            PayMasterCredentials c,
            ExpectedPayments expected,
            long definitionId,
            String masked) {
        String orderId = v(f, "LMI_PAYMENT_NO");
        Optional<Money> asked = money(f, "LMI_PAYMENT_AMOUNT", "LMI_CURRENCY");
        Optional<ExpectedPayments.Expected> ours = expected.of(definitionId, orderId);
        String answer;
        if (ours.isEmpty()) {
            answer = "NO: unknown order " + orderId;
        } else if (!ours.get().awaiting()) {
            answer = "NO: order " + orderId + " is no longer payable";
        } else if (asked.isEmpty() || !asked.get().equals(ours.get().amount())) {
            answer = "NO: order " + orderId + " is for " + ours.get().amount() + ", not "
                    + asked.map(Money::toString).orElse(v(f, "LMI_PAYMENT_AMOUNT") + " " + v(f, "LMI_CURRENCY"));
        } else {
            answer = "YES";
        }
        String decision = answer.equals("YES") ? "YES" : "NO";
        GatewayResult result = new GatewayResult(
                GatewayOutcome.UNKNOWN,
                "PREREQUEST",
                "Invoice Confirmation: " + answer,
                null,
                null,
                null,
                new BankExchange(null, 0, null, masked, null));
        return new NotificationVerdict(
                true,
                null,
                "PREREQUEST:" + orderId + ":" + v(f, "LMI_PAYMENT_AMOUNT") + ":" + decision,
                orderId.isEmpty() ? null : orderId,
                NotificationKind.PAYMENT_PENDING,
                asked.orElse(null),
                result,
                null,
                masked,
                NotificationAcknowledgement.text(answer));
    }

    private static NotificationVerdict payment(
            Map<String, String> f,
            PayMasterCredentials c,
            ExpectedPayments expected,
            long definitionId,
            String masked) {
        String paymentId = v(f, "LMI_SYS_PAYMENT_ID");
        if (paymentId.isEmpty()) {
            return NotificationVerdict.rejected("the notification carries no LMI_SYS_PAYMENT_ID", masked);
        }
        String orderId = v(f, "LMI_PAYMENT_NO");
        Optional<Money> paid = money(f, "LMI_PAYMENT_AMOUNT", "LMI_CURRENCY");
        if (paid.isEmpty()) {
            return NotificationVerdict.rejected(
                    "the notification's amount " + v(f, "LMI_PAYMENT_AMOUNT") + " " + v(f, "LMI_CURRENCY")
                            + " is not readable",
                    masked);
        }
        Optional<ExpectedPayments.Expected> ours = expected.of(definitionId, orderId);
        if (ours.isPresent() && !ours.get().amount().equals(paid.get())) {
            return NotificationVerdict.rejected(
                    "the notification pays " + paid.get() + " for order " + orderId + ", which is for "
                            + ours.get().amount(),
                    masked);
        }
        boolean simulated = !v(f, "LMI_SIM_MODE").isEmpty();
        NotificationKind kind = simulated && c.live() ? NotificationKind.IGNORED : NotificationKind.PAYMENT_APPROVED;
        String message = "Payment Notification, payment system " + v(f, "LMI_PAYMENT_SYSTEM")
                + (simulated ? ", simulated (LMI_SIM_MODE=" + v(f, "LMI_SIM_MODE") + ")" : "")
                + (kind == NotificationKind.IGNORED ? " on a LIVE definition" : "");
        GatewayResult result = new GatewayResult(
                kind == NotificationKind.IGNORED ? GatewayOutcome.UNKNOWN : GatewayOutcome.APPROVED,
                "COMPLETE",
                message,
                null,
                paymentId,
                paymentId,
                Map.of(PAYMENT_ID, paymentId),
                new BankExchange(null, 0, null, masked, null));
        return new NotificationVerdict(
                true,
                null,
                paymentId,
                orderId.isEmpty() ? null : orderId,
                kind,
                paid.get(),
                result,
                null,
                masked,
                new NotificationAcknowledgement(200, "text/plain; charset=UTF-8", ""));
    }

    /** SIGN, when present, must be ours for the merchant, order, amount and currency the request carries. */
    private static Optional<String> signRejection(Map<String, String> f, PayMasterCredentials c) {
        if (!f.containsKey(PayMasterForm.SIGN)) {
            return Optional.empty();
        }
        String expected = PayMasterSignatures.sign(
                v(f, "LMI_MERCHANT_ID"),
                v(f, "LMI_PAYMENT_NO"),
                v(f, "LMI_PAYMENT_AMOUNT"),
                v(f, "LMI_CURRENCY"),
                c.secretKey(),
                c.algorithm());
        return PayMasterHashAlgorithm.matches(v(f, PayMasterForm.SIGN), expected)
                ? Optional.empty()
                : Optional.of("the request's SIGN does not verify with the secret key");
    }

    /** An amount in a currency PayMaster names by letters ({@code RUB}) or by ISO number ({@code 643}). */
    static Optional<Money> money(Map<String, String> f, String amountField, String currencyField) {
        try {
            return Optional.of(Money.of(new BigDecimal(v(f, amountField)), currency(v(f, currencyField))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String currency(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.matches("\\d{3}")) {
            int numeric = Integer.parseInt(c);
            return Currency.getAvailableCurrencies().stream()
                    .filter(x -> x.getNumericCode() == numeric)
                    .map(Currency::getCurrencyCode)
                    .sorted()
                    .findFirst()
                    .orElse(c);
        }
        return "RUR".equals(c) ? "RUB" : c;
    }

    static String v(Map<String, String> f, String name) {
        String value = f.get(name);
        return value == null ? "" : value.trim();
    }

    /** {@code name=value} lines in order; card-shaped numbers (the payer identifier may be one) masked. */
    static String masked(List<Map.Entry<String, String>> form, InboundNotification n) {
        if (form.isEmpty()) {
            return "(" + n.body().length + " bytes, " + n.contentType() + ", not a form)";
        }
        String text = form.stream()
                .map(e -> e.getKey() + "=" + (e.getKey().contains("DATE") ? e.getValue() : maskPans(e.getValue())))
                .collect(Collectors.joining("\n"));
        return text.length() > 8000 ? text.substring(0, 8000) + "…" : text;
    }

    /** Any 12 to 19 digits that pass the Luhn check, as BIN + last 4 (the payer identifier may be a card). */
    static String maskPans(String value) {
        return LogText.maskCardNumbers(value, 12);
    }
}
