package dev.vpos.simulator.posnet;

import dev.vpos.simulator.card.CardNumbers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bank's side of the OOS (3D) calls on the XML service: {@code oosRequestData} seals the payment and the card for
 * the gate; {@code oosResolveMerchantData} opens the callback's packets, checks their signature and the merchant's
 * MAC, and tells the merchant the authentication result with the bank's MAC; {@code oosTranData} (in
 * {@link PosNetBank}) opens and checks the same way, then provisions.
 */
final class PosNetOos {

    static final String THREE_D_PREFIX = "TDSC";

    /** The packets of a callback, opened and checked. */
    record Opened(Map<String, String> merchant, Map<String, String> bank) {}

    /** A refusal to answer instead. */
    static final class Refusal extends Exception {
        private final transient PosNetAnswer answer;

        Refusal(PosNetAnswer answer) {
            super(answer.respCode(), null, false, false);
            this.answer = answer;
        }

        PosNetAnswer answer() {
            return answer;
        }
    }

    private PosNetOos() {}

    static PosNetAnswer requestData(PosNetMerchants.Merchant m, PosNetRequest r) {
        if (!m.posnetId().equals(r.get("posnetid"))) {
            return PosNetAnswer.refused(PosNetBank.INVALID_MERCHANT, "INVALID POSNETID");
        }
        if (!r.get("XID").matches("[A-Za-z0-9_]{20}")
                || !r.get("amount").matches("[1-9]\\d{0,11}")
                || !PosNetBank.CURRENCIES.contains(r.get("currencyCode"))
                || !r.get("installment").matches("\\d{2}")
                || !r.get("tranType").matches("Sale|Auth")
                || !r.get("expDate").matches("\\d{4}")) {
            return PosNetAnswer.refused(PosNetBank.FORMAT_ERROR, "OOS ISTEK ALANLARI HATALI");
        }
        if (!CardNumbers.wellFormed(r.get("ccno")) || !r.get("cvc").matches("\\d{3,4}")) {
            return PosNetAnswer.refused(PosNetBank.INVALID_CARD, "KART NUMARASI VEYA CVC HATALI 0014");
        }
        Map<String, String> payment = new LinkedHashMap<>();
        payment.put("mid", m.merchantNo());
        payment.put("tid", m.terminalNo());
        payment.put("xid", r.get("XID"));
        payment.put("amount", r.get("amount"));
        payment.put("currency", r.get("currencyCode"));
        payment.put("installment", r.get("installment"));
        payment.put("tranType", r.get("tranType"));
        Map<String, String> card = new LinkedHashMap<>();
        card.put("ccno", r.get("ccno"));
        card.put("expDate", r.get("expDate"));
        card.put("cvc", r.get("cvc"));
        card.put("cardHolderName", r.get("cardHolderName"));
        String data1 = PosNetPackets.seal(m, payment);
        String data2 = PosNetPackets.seal(m, card);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("data1", data1);
        out.put("data2", data2);
        out.put("sign", PosNetPackets.sign(m, data1, data2));
        return PosNetAnswer.approved().group("oosRequestDataResponse", out);
    }

    static PosNetAnswer resolve(PosNetMerchants.Merchant m, PosNetRequest r) {
        Opened opened;
        try {
            opened = openAndCheckMac(m, r);
        } catch (Refusal e) {
            return e.answer();
        }
        Map<String, String> p = opened.merchant();
        Map<String, String> b = opened.bank();
        String mdStatus = b.getOrDefault("mdStatus", "");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("xid", p.get("xid"));
        out.put("amount", p.get("amount"));
        out.put("currency", p.get("currency"));
        out.put("installment", p.get("installment"));
        out.put("point", "0");
        out.put("pointAmount", "0");
        out.put("txStatus", b.getOrDefault("txStatus", "N"));
        out.put("mdStatus", mdStatus);
        out.put("mdErrorMessage", b.getOrDefault("mdErrorMessage", ""));
        out.put("mac", PosNetMac.responseMac(mdStatus, p.get("xid"), p.get("amount"), p.get("currency"), m));
        return PosNetAnswer.approved().group("oosResolveMerchantDataResponse", out);
    }

    /** Opens {@code merchantData} and {@code bankData}, verifying {@code sign} and the merchant's {@code mac}. */
    static Opened openAndCheckMac(PosNetMerchants.Merchant m, PosNetRequest r) throws Refusal {
        String merchantData = r.get("merchantData");
        String bankData = r.get("bankData");
        if (!PosNetPackets.verify(m, merchantData, bankData, r.get("sign"))) {
            throw new Refusal(PosNetAnswer.refused(PosNetBank.MAC_ERROR, "Sign dogrulama hatali"));
        }
        Optional<Map<String, String>> merchant = PosNetPackets.open(m, merchantData);
        Optional<Map<String, String>> bank = PosNetPackets.open(m, bankData);
        if (merchant.isEmpty()
                || bank.isEmpty()
                || !m.merchantNo().equals(merchant.get().get("mid"))) {
            throw new Refusal(PosNetAnswer.refused(PosNetBank.MAC_ERROR, "Paket cozulemedi"));
        }
        Map<String, String> p = merchant.get();
        String expected = PosNetMac.requestMac(p.get("xid"), p.get("amount"), p.get("currency"), m);
        if (!PosNetMac.matches(expected, r.get("mac"))) {
            throw new Refusal(PosNetAnswer.refused(PosNetBank.MAC_ERROR, "Mac Dogrulama hatali"));
        }
        return new Opened(p, bank.get());
    }
}
