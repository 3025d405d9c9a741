package dev.vpos.simulator.posnet;

import dev.vpos.simulator.card.CardNumbers;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 3-D gate {@code YKBPaymentService} without HTTP. {@link #enter} takes the merchant's form ({@code mid},
 * {@code posnetID}, {@code posnetData}, {@code posnetData2}, {@code digest}, {@code merchantReturnURL}, {@code lang}),
 * checks the digest and opens the packets, and shows the ACS ("bank's password page") with the masked card, amount and
 * merchant and an OTP field; a not-enrolled card skips the ACS (mdStatus 2). {@link #authenticate} takes the ACS
 * form: OTP {@code 123456} authenticates (mdStatus 1), any other OTP or Cancel fails (mdStatus 0). Either way the
 * result is an auto-submitting form to the merchant with {@code MerchantPacket}, {@code BankPacket}, {@code Sign}
 * and the plain {@code Xid}, {@code Amount}, {@code Currency}, {@code MerchantId}, {@code TranType}. The gate books
 * nothing: in the 3D model the merchant's {@code oosTranData} provisions.
 */
public final class PosNetGate {

    public static final String ACS_PATH_SUFFIX = "/acs";
    static final String GOOD_OTP = "123456";

    /** A page for the browser; {@code formFields} are the fields of its form (for tests), posted to {@code formAction}. */
    public record Page(int status, String html, String formAction, Map<String, String> formFields) {}

    private record Session(
            PosNetMerchants.Merchant merchant,
            Map<String, String> payment,
            Map<String, String> card,
            String returnUrl) {}

    private final PosNetMerchants merchants;

    public PosNetGate(PosNetMerchants merchants) {
        this.merchants = merchants;
    }

    public Page enter(Map<String, String> form, String acsAction) {
        Optional<Session> s = session(form);
        if (s.isEmpty()) {
            return error();
        }
        if (PosNetOutcomes.NOT_ENROLLED_CARD.equals(s.get().card().get("ccno"))) {
            return callback(s.get(), "2", "N", "Kart sahibi veya bankasi 3D Secure sistemine kayitli degil");
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        for (String name :
                new String[] {"mid", "posnetID", "posnetData", "posnetData2", "digest", "merchantReturnURL", "lang"}) {
            hidden.put(name, form.getOrDefault(name, ""));
        }
        return new Page(
                200,
                PosNetPages.acs(
                        acsAction,
                        hidden,
                        CardNumbers.mask(s.get().card().get("ccno")),
                        amount(s.get().payment()),
                        s.get().merchant().merchantNo()),
                acsAction,
                hidden);
    }

    public Page authenticate(Map<String, String> form) {
        Optional<Session> s = session(form);
        if (s.isEmpty()) {
            return error();
        }
        boolean cancelled = "cancel".equals(form.get("action"));
        if (!cancelled && GOOD_OTP.equals(form.get("otp"))) {
            return callback(s.get(), "1", "Y", "");
        }
        return callback(s.get(), "0", "N", cancelled ? "Kart sahibi islemi iptal etti" : "Kart dogrulama basarisiz");
    }

    private Optional<Session> session(Map<String, String> form) {
        Optional<PosNetMerchants.Merchant> merchant = merchants
                .byMid(form.getOrDefault("mid", ""))
                .filter(m -> m.posnetId().equals(form.get("posnetID")));
        String returnUrl = form.getOrDefault("merchantReturnURL", "");
        if (merchant.isEmpty() || !returnUrl.matches("https?://[^\\s\"'<>]{1,500}")) {
            return Optional.empty();
        }
        PosNetMerchants.Merchant m = merchant.get();
        String data1 = form.getOrDefault("posnetData", "");
        String data2 = form.getOrDefault("posnetData2", "");
        if (!PosNetPackets.verify(m, data1, data2, form.get("digest"))) {
            return Optional.empty();
        }
        Optional<Map<String, String>> payment =
                PosNetPackets.open(m, data1).filter(p -> m.merchantNo().equals(p.get("mid")));
        Optional<Map<String, String>> card = PosNetPackets.open(m, data2);
        if (payment.isEmpty() || card.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Session(m, payment.get(), card.get(), returnUrl));
    }

    private static Page callback(Session s, String mdStatus, String txStatus, String mdErrorMessage) {
        Map<String, String> bank = new LinkedHashMap<>(s.card());
        bank.put("mdStatus", mdStatus);
        bank.put("txStatus", txStatus);
        bank.put("mdErrorMessage", mdErrorMessage);
        String merchantPacket = PosNetPackets.seal(s.merchant(), s.payment());
        String bankPacket = PosNetPackets.seal(s.merchant(), bank);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantPacket", merchantPacket);
        fields.put("BankPacket", bankPacket);
        fields.put("Sign", PosNetPackets.sign(s.merchant(), merchantPacket, bankPacket));
        fields.put("Xid", s.payment().get("xid"));
        fields.put("Amount", s.payment().get("amount"));
        fields.put("Currency", s.payment().get("currency"));
        fields.put("MerchantId", s.merchant().merchantNo());
        fields.put("TranType", s.payment().get("tranType"));
        return new Page(200, PosNetPages.autoSubmit(s.returnUrl(), fields), s.returnUrl(), fields);
    }

    private static Page error() {
        return new Page(
                400,
                PosNetPages.error("Gecersiz istek: uye isyeri, imza (digest) veya sifreli veri dogrulanamadi."),
                null,
                Map.of());
    }

    private static String amount(Map<String, String> payment) {
        String kurus = payment.getOrDefault("amount", "0");
        return BigDecimal.valueOf(Long.parseLong(kurus), 2).toPlainString() + " "
                + payment.getOrDefault("currency", "");
    }
}
