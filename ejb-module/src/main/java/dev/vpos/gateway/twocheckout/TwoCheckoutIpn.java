package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Instant Payment Notification (IPN): a form post whose signature is an HMAC with the account's secret key over
 * every field but the signature fields ({@code HASH}, {@code SIGNATURE_SHA2_256}, {@code SIGNATURE_SHA3_256}), in the
 * order received, each value length-prefixed (array fields such as {@code IPN_PID[]} element by element). The
 * definition says which algorithm (and so which field) the account uses; the other fields are not trusted. The
 * listener must answer with a read receipt, an HMAC over {@code IPN_PID[0]}, {@code IPN_PNAME[0]}, {@code IPN_DATE}
 * and the receipt's own date: {@code <EPAYMENT>DATE|HASH</EPAYMENT>} for MD5, {@code <sig algo="..." date="DATE">
 * HASH</sig>} for the SHA algorithms; without it 2Checkout keeps resending.
 *
 * <p>The event is the order ({@code REFNO}) reaching a status ({@code ORDERSTATUS}): a resend of the same IPN is the
 * same event, a later status is another. Our order id is {@code REFNOEXT}; the amount {@code IPN_TOTALGENERAL} in
 * {@code CURRENCY}. A test order's IPN on a LIVE definition is acknowledged and ignored: no money moved.
 */
final class TwoCheckoutIpn {

    static final DateTimeFormatter RECEIPT_DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final int MAX_LOGGED = 8000;

    private TwoCheckoutIpn() {}

    static NotificationVerdict read(InboundNotification n, TwoCheckoutCredentials c, Instant now) {
        List<Map.Entry<String, String>> form = n.form();
        String masked = masked(form, n);
        if (form.isEmpty()) {
            return NotificationVerdict.rejected("not a form-encoded IPN", masked);
        }
        String field = c.algorithm().ipnField();
        Optional<String> received = value(form, field);
        if (received.isEmpty() || received.get().isBlank()) {
            return NotificationVerdict.rejected(
                    "the IPN carries no " + field + " (the definition's algorithm is " + c.algorithm() + ")", masked);
        }
        if (!TwoCheckoutAlgorithm.matches(received.get(), c.algorithm().hmacHex(c.secretKey(), source(form)))) {
            return NotificationVerdict.rejected("the IPN's " + field + " does not verify with the secret key", masked);
        }
        String refNo = value(form, "REFNO").orElse("").trim();
        if (refNo.isEmpty()) {
            return NotificationVerdict.rejected("the IPN names no order (REFNO is empty)", masked);
        }
        String status = value(form, "ORDERSTATUS").orElse("").trim();
        String bankOrderId = value(form, "REFNOEXT")
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        boolean testOrder = "1".equals(value(form, "TEST_ORDER").orElse("").trim());
        TwoCheckoutOrderStatus meaning = TwoCheckoutOrderStatus.of(status);
        NotificationKind kind = testOrder && c.live() ? NotificationKind.IGNORED : meaning.kind();
        String message = "IPN " + status
                + (value(form, "FRAUD_STATUS")
                        .map(f -> " (fraud status " + f + ")")
                        .orElse(""))
                + (kind == NotificationKind.IGNORED && testOrder && c.live()
                        ? ", a test order on a LIVE definition"
                        : "");
        GatewayResult result = new GatewayResult(
                outcome(kind),
                status,
                message,
                null,
                refNo,
                refNo,
                Map.of(TwoCheckoutGateway.REF_NO, refNo),
                new BankExchange(null, 0, null, masked, null));
        return new NotificationVerdict(
                true,
                null,
                refNo + ":" + status,
                bankOrderId,
                kind,
                amount(form).orElse(null),
                result,
                null,
                masked,
                receipt(form, c, now));
    }

    /** The signed source: every non-signature field's value, length-prefixed, in the order received. */
    static String source(List<Map.Entry<String, String>> form) {
        StringBuilder source = new StringBuilder();
        for (Map.Entry<String, String> e : form) {
            if (!TwoCheckoutAlgorithm.SIGNATURE_FIELDS.contains(e.getKey())) {
                LengthPrefixed.append(source, e.getValue());
            }
        }
        return source.toString();
    }

    /** The read receipt for this IPN, dated {@code now}. */
    static NotificationAcknowledgement receipt(
            List<Map.Entry<String, String>> form, TwoCheckoutCredentials c, Instant now) {
        String date = RECEIPT_DATE.format(now);
        String hash = c.algorithm()
                .hmacHex(
                        c.secretKey(),
                        LengthPrefixed.of(java.util.Arrays.asList(
                                first(form, "IPN_PID").orElse(""),
                                first(form, "IPN_PNAME").orElse(""),
                                value(form, "IPN_DATE").orElse(""),
                                date)));
        String body = c.algorithm().algo() == null
                ? "<EPAYMENT>" + date + "|" + hash + "</EPAYMENT>"
                : "<sig algo=\"" + c.algorithm().algo() + "\" date=\"" + date + "\">" + hash + "</sig>";
        return new NotificationAcknowledgement(200, "text/html; charset=UTF-8", body);
    }

    private static GatewayOutcome outcome(NotificationKind kind) {
        return switch (kind) {
            case PAYMENT_APPROVED, REFUNDED -> GatewayOutcome.APPROVED;
            case PAYMENT_DECLINED, PAYMENT_CANCELED -> GatewayOutcome.DECLINED;
            default -> GatewayOutcome.UNKNOWN;
        };
    }

    private static Optional<Money> amount(List<Map.Entry<String, String>> form) {
        try {
            return Optional.of(Money.of(
                    value(form, "IPN_TOTALGENERAL").orElseThrow().trim(),
                    value(form, "CURRENCY").orElseThrow().trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> value(List<Map.Entry<String, String>> form, String name) {
        return form.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The first element of an array field, posted as {@code NAME[]} or {@code NAME[0]}. */
    static Optional<String> first(List<Map.Entry<String, String>> form, String name) {
        return form.stream()
                .filter(e -> e.getKey().equals(name + "[]") || e.getKey().equals(name + "[0]"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * The IPN for the record: {@code name=value} lines in order, anything shaped like a card number (12–19 digits that
     * pass Luhn) masked to BIN + last 4, except in date and reference fields.
     */
    static String masked(List<Map.Entry<String, String>> form, InboundNotification n) {
        List<String> lines = new ArrayList<>();
        if (form.isEmpty()) {
            lines.add("(" + n.body().length + " bytes, " + n.contentType() + ", not a form)");
        }
        for (Map.Entry<String, String> e : form) {
            boolean dateOrReference = e.getKey().contains("DATE")
                    || e.getKey().contains("REFNO")
                    || e.getKey().contains("ORDERNO");
            lines.add(e.getKey() + "=" + (dateOrReference ? e.getValue() : maskPans(e.getValue())));
        }
        return LogText.cap(String.join("\n", lines), MAX_LOGGED);
    }

    /** Any 12 to 19 digits that pass the Luhn check, as BIN + last 4 (2Checkout's forms name no card field). */
    static String maskPans(String value) {
        return LogText.maskCardNumbers(value, 12);
    }
}
