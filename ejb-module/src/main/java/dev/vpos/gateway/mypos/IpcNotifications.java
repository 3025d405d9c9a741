package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.domain.SavedCardToken;
import dev.vpos.shared.domain.Money;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * myPOS's server-to-server messages to our {@code URL_Notify}: IPCPurchaseNotify (a payment succeeded; myPOS
 * reverses it unless we answer HTTP 200 with body {@code OK}), IPCPurchaseRollback (myPOS took a payment back) and
 * IPCPurchaseCancel (the payer gave up, when myPOS sends it there). Each is a form whose values, in the order sent,
 * are signed with myPOS's key, {@code Signature} last. A message that does not verify, or is for another store, is
 * rejected and logged; an authentic one is acknowledged with {@code OK}.
 *
 * <p>Event ids: myPOS gives none, so one is derived stably from what identifies the event:
 * {@code <IPCmethod>:<OrderID>:<IPC_Trnref>} (the transaction reference is empty where myPOS sends none). A
 * repeated notification of the same payment has the same id.
 */
final class IpcNotifications {

    private static final Logger LOG = Logger.getLogger(IpcNotifications.class.getName());
    static final String OK = "OK";

    private IpcNotifications() {}

    static NotificationVerdict read(InboundNotification n, MyPosCredentials c) {
        IpcFields f = IpcFields.of(fields(n));
        String masked = f.masked();
        String method = f.value("IPCmethod");
        if (method.isEmpty()) {
            return rejected("no IPCmethod: not a myPOS notification", masked);
        }
        if (!f.signedBy(c.myposKey())) {
            return rejected(
                    method + " for order '" + f.value("OrderID") + "' is not signed with myPOS's certificate"
                            + (f.hasSignature() ? "" : " (no Signature)"),
                    masked);
        }
        String sid = f.value("SID");
        if (!sid.isEmpty() && !sid.equals(c.storeId())) {
            return rejected(method + " is for store " + sid + ", not this definition's " + c.storeId(), masked);
        }
        String orderId = f.value("OrderID");
        String trnref = f.value("IPC_Trnref");
        String eventId = method + ":" + orderId + ":" + trnref;
        BankExchange log = new BankExchange(200, 0, masked, OK, null);
        Map<String, String> refs = trnref.isEmpty() ? Map.of() : Map.of(IpcResults.TRNREF, trnref);
        Optional<Money> amount = amount(f);
        return switch (method) {
            case "IPCPurchaseNotify" -> {
                if (orderId.isEmpty() || trnref.isEmpty() || amount.isEmpty()) {
                    yield rejected(
                            "IPCPurchaseNotify without OrderID, IPC_Trnref or a readable Amount/Currency", masked);
                }
                yield verdict(
                        eventId,
                        orderId,
                        NotificationKind.PAYMENT_APPROVED,
                        amount.get(),
                        new GatewayResult(
                                GatewayOutcome.APPROVED,
                                IpcResults.APPROVED_CODE,
                                method,
                                null,
                                trnref,
                                trnref,
                                refs,
                                log),
                        cardToken(f).orElse(null),
                        masked);
            }
            case "IPCPurchaseRollback" ->
                verdict(
                        eventId,
                        orderId,
                        NotificationKind.PAYMENT_CANCELED,
                        amount.orElse(null),
                        new GatewayResult(
                                GatewayOutcome.DECLINED,
                                IpcResults.ROLLED_BACK,
                                "myPOS took the payment back",
                                null,
                                blank(trnref),
                                blank(trnref),
                                refs,
                                log),
                        null,
                        masked);
            case "IPCPurchaseCancel" ->
                verdict(
                        eventId,
                        orderId,
                        NotificationKind.PAYMENT_DECLINED,
                        amount.orElse(null),
                        new GatewayResult(
                                GatewayOutcome.DECLINED,
                                IpcResults.PAYER_CANCELLED,
                                "the payer cancelled on the myPOS page",
                                null,
                                null,
                                null,
                                log),
                        null,
                        masked);
            default -> verdict(eventId, orderId, NotificationKind.IGNORED, amount.orElse(null), null, null, masked);
        };
    }

    private static NotificationVerdict verdict(
            String eventId,
            String orderId,
            NotificationKind kind,
            Money amount,
            GatewayResult result,
            SavedCardToken token,
            String masked) {
        return new NotificationVerdict(
                true,
                null,
                eventId,
                orderId.isEmpty() ? null : orderId,
                kind,
                amount,
                result,
                token,
                masked,
                NotificationAcknowledgement.text(OK));
    }

    private static NotificationVerdict rejected(String why, String masked) {
        LOG.warning(() -> "Rejected a myPOS notification: " + why);
        return NotificationVerdict.rejected(why, masked);
    }

    /** The card myPOS stored at the payer's request: token, last four digits, type and expiry as myPOS gives them. */
    static Optional<SavedCardToken> cardToken(IpcFields f) {
        String token = f.value("CardToken");
        String last4 = f.value("PAN");
        if (token.isBlank() || !last4.matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(
                new SavedCardToken(token, last4, CardTypes.name(f.value("CardType")), expiry(f.value("ExpDate"))));
    }

    /** myPOS writes the expiry as YYMM ({@code 2712}); we show MM/YY ({@code 12/27}). */
    static String expiry(String yymm) {
        if (yymm.matches("\\d{4}")) {
            int month = Integer.parseInt(yymm.substring(2));
            if (month >= 1 && month <= 12) {
                return yymm.substring(2) + "/" + yymm.substring(0, 2);
            }
        }
        return yymm.isEmpty() ? null : yymm;
    }

    private static Optional<Money> amount(IpcFields f) {
        try {
            return Optional.of(Money.of(f.value("Amount"), f.value("Currency")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The form fields in order; parsed from the body when the inbox had none (e.g. no Content-Type was sent). */
    private static List<Map.Entry<String, String>> fields(InboundNotification n) {
        if (!n.form().isEmpty() || n.body().length == 0) {
            return n.form();
        }
        List<Map.Entry<String, String>> parsed = new ArrayList<>();
        for (String pair : n.bodyText().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                parsed.add(Map.entry(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        }
        return parsed;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
