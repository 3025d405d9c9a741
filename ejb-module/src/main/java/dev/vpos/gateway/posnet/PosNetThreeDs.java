package dev.vpos.gateway.posnet;

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
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * PosNet 3-D Secure, the 3D ("OOS") model:
 * <ol>
 *   <li>{@code oosRequestData} (card, amount, XID, tranType) → the bank's encrypted {@code data1}, {@code data2},
 *       {@code sign};</li>
 *   <li>the payer's browser posts {@code mid}, {@code posnetID}, {@code posnetData}, {@code posnetData2},
 *       {@code digest}, {@code merchantReturnURL}, {@code lang} to the gate {@code YKBPaymentService};</li>
 *   <li>the bank posts {@code MerchantPacket}, {@code BankPacket}, {@code Sign} (and {@code Xid}, {@code Amount},
 *       {@code Currency}) back;</li>
 *   <li>{@code oosResolveMerchantData} with the packets and our MAC → xid, amount, currency, installment, mdStatus and
 *       the bank's MAC, which is verified before anything else is believed;</li>
 *   <li>{@code oosTranData} with the packets and our MAC → the provision.</li>
 * </ol>
 * The callback's packets are the bank's own ciphertext: only the bank can check them (step 4 rejects a tampered
 * packet or one of another order with E216); the plain fields are checked against the expected order first.
 * Authentication: mdStatus 1 (full) and 2, 3, 4 (half: not enrolled / attempt) let the provision go, as PosNet rules;
 * anything else is a 3-D failure reported as bank code {@code MD:<mdStatus>}.
 */
final class PosNetThreeDs {

    static final Set<String> PROVISION_ALLOWED = Set.of("1", "2", "3", "4");
    static final String MAC_NOT_VERIFIED = "E216";
    private static final Set<String> OPAQUE_FIELDS = Set.of("MerchantPacket", "BankPacket", "Sign");

    private final BankChannel channel;

    PosNetThreeDs(BankChannel channel) {
        this.channel = channel;
    }

    ThreeDsStart start(ThreeDsRequest request, GatewayAccount account) {
        if (request.model() != PaymentModel.THREE_D) {
            return ThreeDsStart.failed(GatewayResult.notOffered(GatewayFamily.POSNET, GatewayOperation.SALE));
        }
        PosNetCredentials credentials = PosNetCredentials.of(account);
        ThreeDsSale sale = request.sale();
        if (!credentials.canDoThreeDs()) {
            return ThreeDsStart.failed(
                    PosNetGateway.refusedLocally("the definition has no PosNet id or encryption key"));
        }
        if (!sale.hasCard() || sale.expiry() == null) {
            return ThreeDsStart.failed(PosNetGateway.refusedLocally("PosNet 3D needs the card on our page"));
        }
        if (!PosNetFormats.supports(sale.amount())) {
            return ThreeDsStart.failed(PosNetGateway.refusedLocally(
                    "PosNet does not take " + sale.amount().currencyCode()));
        }
        String xid;
        try {
            xid = PosNetFormats.orderId(sale.bankOrderId());
        } catch (IllegalArgumentException e) {
            return ThreeDsStart.failed(PosNetGateway.refusedLocally(e.getMessage()));
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("posnetid", credentials.posnetId().orElseThrow());
        f.put("ccno", sale.card().digits());
        f.put("expDate", PosNetFormats.expiry(sale.expiry()));
        f.put("cvc", sale.cvv() == null ? "" : sale.cvv());
        f.put("amount", PosNetFormats.amount(sale.amount()));
        f.put("currencyCode", PosNetFormats.currency(sale.amount()));
        f.put("installment", PosNetFormats.installments(sale.installments()));
        f.put("XID", xid);
        f.put("cardHolderName", sale.holderName() == null ? "" : sale.holderName());
        f.put("tranType", tranType(request.kind()));
        BankReply<XmlNode> call = new PosNetRequest(credentials, "oosRequestData", false, f).send(channel, account);
        if (!call.answered()) {
            // oosRequestData only encrypts the payment for the gate: whatever happened to it, nothing was charged
            return ThreeDsStart.failed(GatewayResult.notSent(
                    call.failing(call.exchange().failure() + " (oosRequestData charges nothing)")));
        }
        XmlNode r = call.get();
        Optional<XmlNode> data = r.child("oosRequestDataResponse");
        if (!"1".equals(r.text("approved"))
                || data.isEmpty()
                || data.get().text("data1").isEmpty()) {
            String code = r.text("respCode");
            return ThreeDsStart.failed(new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code.isEmpty() ? PosNetResults.DECLINED_WITHOUT_CODE : code,
                    r.text("respText"),
                    null,
                    null,
                    null,
                    call.exchange()));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mid", credentials.merchantNo());
        form.put("posnetID", credentials.posnetId().orElseThrow());
        form.put("posnetData", data.get().text("data1"));
        form.put("posnetData2", data.get().text("data2"));
        form.put("digest", data.get().text("sign"));
        form.put("merchantReturnURL", request.successUrl().toString());
        form.put("url", "");
        form.put("lang", "en".equalsIgnoreCase(request.language()) ? "en" : "tr");
        return ThreeDsStart.form(credentials.gate3d(), form, call.exchange());
    }

    ThreeDsFinish finish(ThreeDsCallback callback, GatewayAccount account) {
        BankExchange callbackLog = callbackLog(callback.posted());
        PosNetCredentials credentials = PosNetCredentials.of(account);
        ThreeDsSale expected = callback.expected();
        if (!credentials.canDoThreeDs()) {
            return ThreeDsFinish.rejected("the definition has no PosNet id or encryption key", callbackLog);
        }
        String xid = PosNetFormats.orderId(expected.bankOrderId());
        String amount = PosNetFormats.amount(expected.amount());
        String currency = PosNetFormats.currency(expected.amount());
        Optional<String> plainMismatch = plainFieldsMismatch(callback, xid, amount, currency);
        if (plainMismatch.isPresent()) {
            return ThreeDsFinish.rejected(plainMismatch.get(), callbackLog);
        }
        String mac = PosNetMac.requestMac(
                xid,
                amount,
                currency,
                credentials.merchantNo(),
                credentials.encryptionKey().orElseThrow(),
                credentials.terminalNo());
        Map<String, String> resolveFields = packets(callback);
        resolveFields.put("mac", mac);
        BankReply<XmlNode> resolve =
                new PosNetRequest(credentials, "oosResolveMerchantData", false, resolveFields).send(channel, account);
        if (!resolve.answered()) {
            return ThreeDsFinish.completed(
                    GatewayResult.notSent(resolve.failing(resolve.exchange().failure()
                            + " (3-D result not resolved; the provision was not sent, nothing was charged)")),
                    callbackLog);
        }
        XmlNode r = resolve.get();
        Optional<XmlNode> md = r.child("oosResolveMerchantDataResponse");
        if (!"1".equals(r.text("approved")) || md.isEmpty()) {
            if (MAC_NOT_VERIFIED.equals(r.text("respCode"))) {
                return ThreeDsFinish.rejected(
                        "the bank did not verify the callback for this order: " + r.text("respCode") + " "
                                + r.text("respText"),
                        callbackLog);
            }
            String code = r.text("respCode");
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED,
                            code.isEmpty() ? PosNetResults.DECLINED_WITHOUT_CODE : code,
                            r.text("respText"),
                            null,
                            null,
                            PosNetFormats.threeDOrderReference(expected.bankOrderId()),
                            resolve.exchange()),
                    callbackLog);
        }
        XmlNode m = md.get();
        Optional<String> resolvedMismatch =
                resolvedMismatch(m, xid, amount, currency, PosNetFormats.installments(expected.installments()));
        if (resolvedMismatch.isPresent()) {
            return ThreeDsFinish.rejected(resolvedMismatch.get(), callbackLog);
        }
        String mdStatus = m.text("mdStatus");
        String expectedMac = PosNetMac.responseMac(
                mdStatus,
                m.text("xid"),
                m.text("amount"),
                m.text("currency"),
                credentials.merchantNo(),
                credentials.encryptionKey().orElseThrow(),
                credentials.terminalNo());
        if (!PosNetMac.matches(expectedMac, m.text("mac"))) {
            return ThreeDsFinish.rejected(
                    "the MAC of the bank's oosResolveMerchantData answer does not verify", callbackLog);
        }
        String orderReference = PosNetFormats.threeDOrderReference(expected.bankOrderId());
        if (!PROVISION_ALLOWED.contains(mdStatus)) {
            return ThreeDsFinish.completed(
                    new GatewayResult(
                            GatewayOutcome.DECLINED,
                            "MD:" + mdStatus,
                            m.text("mdErrorMessage"),
                            null,
                            null,
                            orderReference,
                            resolve.exchange()),
                    callbackLog);
        }
        Map<String, String> tranFields = packets(callback);
        tranFields.put("wpAmount", "0");
        tranFields.put("mac", mac);
        BankReply<XmlNode> provision =
                new PosNetRequest(credentials, "oosTranData", false, tranFields).send(channel, account);
        GatewayResult result =
                PosNetResults.read(joined(resolve, provision), orderReference, tranType(callback.kind()));
        return ThreeDsFinish.completed(result, callbackLog);
    }

    private static Optional<String> plainFieldsMismatch(
            ThreeDsCallback callback, String xid, String amount, String currency) {
        for (String name : OPAQUE_FIELDS) {
            if (callback.field(name).filter(v -> !v.isBlank()).isEmpty()) {
                return Optional.of("the callback has no " + name);
            }
        }
        if (!callback.field("Xid").orElse("").equals(xid)) {
            return Optional.of(
                    "the callback is for order " + callback.field("Xid").orElse("(none)") + ", not " + xid);
        }
        if (!callback.field("Amount").orElse("").equals(amount)) {
            return Optional.of(
                    "the callback's amount " + callback.field("Amount").orElse("(none)") + " is not " + amount);
        }
        if (!callback.field("Currency").orElse("").equals(currency)) {
            return Optional.of(
                    "the callback's currency " + callback.field("Currency").orElse("(none)") + " is not " + currency);
        }
        return Optional.empty();
    }

    private static Optional<String> resolvedMismatch(
            XmlNode m, String xid, String amount, String currency, String installment) {
        if (!xid.equals(m.text("xid"))) {
            return Optional.of("the bank resolved order " + m.text("xid") + ", not " + xid);
        }
        if (!amount.equals(m.text("amount")) || !currency.equals(m.text("currency"))) {
            return Optional.of("the bank resolved " + m.text("amount") + " " + m.text("currency") + ", not " + amount
                    + " " + currency);
        }
        if (!installment.equals(m.text("installment"))) {
            return Optional.of("the bank resolved installment " + m.text("installment") + ", not " + installment);
        }
        return Optional.empty();
    }

    private static Map<String, String> packets(ThreeDsCallback callback) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("bankData", callback.field("BankPacket").orElse(""));
        f.put("merchantData", callback.field("MerchantPacket").orElse(""));
        f.put("sign", callback.field("Sign").orElse(""));
        return f;
    }

    /** Both calls in one log record: the resolve and the provision. */
    private static BankReply<XmlNode> joined(BankReply<XmlNode> resolve, BankReply<XmlNode> provision) {
        return new BankReply<>(
                provision.reached(),
                provision.httpStatus(),
                provision.answer(),
                resolve.exchange().then(provision.exchange()));
    }

    static String tranType(AuthorizationKind kind) {
        return kind == AuthorizationKind.PRE_AUTH ? "Auth" : "Sale";
    }

    private static BankExchange callbackLog(Map<String, String> posted) {
        Map<String, String> masked = new TreeMap<>(posted);
        masked.replaceAll((name, value) -> OPAQUE_FIELDS.contains(name) ? "***" : value);
        return new BankExchange(null, 0, null, LogText.cap(masked.toString()), null);
    }
}
