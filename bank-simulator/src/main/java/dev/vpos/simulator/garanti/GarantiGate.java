package dev.vpos.simulator.garanti;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.garanti.GarantiBank.Authorization;
import dev.vpos.simulator.garanti.GarantiBank.Booked;
import dev.vpos.simulator.garanti.GarantiBank.HostCard;
import dev.vpos.simulator.garanti.GarantiMerchants.Merchant;
import dev.vpos.simulator.garanti.GarantiThreeDSessions.Authenticated;
import dev.vpos.simulator.garanti.GarantiThreeDSessions.Pending;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated {@code gt3dengine} without HTTP. {@link #begin} takes the merchant's form (security level 3D, 3D_PAY
 * or 3D_OOS_PAY) and checks terminal, user and {@code secure3dhash}; 3D_OOS_PAY first shows the bank's card page
 * ({@link #card}); then the ACS page asks for the one-time password ({@link #acs}): {@code 123456} authenticates
 * (mdstatus 1), anything else or Cancel fails (mdstatus 0). Card 4000000000000069 is not enrolled (mdstatus 2, no
 * ACS page). For 3D the callback carries the MPI data (CAVV, ECI, XID, MD) for the merchant's provision; for 3D_PAY
 * and 3D_OOS_PAY the gate provisions through the bank and the callback carries the result. Every callback is signed
 * with the terminal's store key over {@code hashparams}.
 */
public final class GarantiGate {

    public static final String OTP = "123456";
    static final Set<String> LEVELS = Set.of("3D", "3D_PAY", "3D_OOS_PAY");
    private static final Set<String> CARD_FIELDS =
            Set.of("cardnumber", "cardexpiredatemonth", "cardexpiredateyear", "cardcvv2");

    /** What the payer's browser gets next. */
    public enum Kind {
        ACS_PAGE,
        CARD_PAGE,
        CALLBACK,
        ERROR
    }

    /** A page: for CALLBACK, {@code action} and {@code fields} are the auto-submitting form to the merchant. */
    public record GatePage(Kind kind, String action, Map<String, String> fields, String html) {}

    private final GarantiMerchants merchants;
    private final GarantiBank bank;
    private final GarantiThreeDSessions sessions;
    private final RandomGenerator random;

    public GarantiGate(GarantiMerchants merchants, GarantiBank bank, RandomGenerator random) {
        this.merchants = merchants;
        this.bank = bank;
        this.sessions = bank.sessions();
        this.random = random;
    }

    /** The merchant's form, posted by the payer's browser to the gate. */
    public GatePage begin(Map<String, String> form, String gateUrl) {
        Optional<Merchant> merchant = merchants.terminal(form.get("terminalid"));
        String errorUrl = form.getOrDefault("errorurl", "");
        if (merchant.isEmpty() || !isUrl(errorUrl) || !isUrl(form.getOrDefault("successurl", ""))) {
            return error("Üye işyeri bulunamadı veya dönüş adresi geçersiz / Unknown terminal or invalid return URL");
        }
        Merchant m = merchant.get();
        String type = form.getOrDefault("txntype", "");
        boolean credentials = m.merchantId().equals(form.get("terminalmerchantid"))
                && m.provisionUser().equals(form.get("terminalprovuserid"))
                && GarantiCrypt.sameHash(
                        GarantiCrypt.secure3dHash(form, m.storeKey(), m.provisionPassword()), form.get("secure3dhash"));
        if (!credentials) {
            return gateError(m, form, "Guvenlik Kodu hatali.");
        }
        String problem = formProblem(form, type);
        if (problem != null) {
            return gateError(m, form, "Giriş yaptığınız değerleri kontrol ediniz: " + problem);
        }
        Pending pending = new Pending(token(), m, Map.copyOf(form), "", "");
        if ("3D_OOS_PAY".equals(pending.level())) {
            sessions.put(pending);
            return cardPage(pending, gateUrl, "");
        }
        String pan = form.getOrDefault("cardnumber", "");
        if (!CardNumbers.wellFormed(pan)) {
            return gateError(m, form, "Kart numarası geçersiz");
        }
        return afterCard(pending.withCard(pan, expiry(form)), gateUrl);
    }

    /** The bank's own card page (3D_OOS_PAY) submitted. */
    public GatePage card(Map<String, String> form, String gateUrl) {
        Optional<Pending> pending = sessions.pending(form.get("token"));
        if (pending.isEmpty()) {
            return error("Oturum bulunamadı / Session expired");
        }
        String pan = form.getOrDefault("cardnumber", "").replaceAll("[ -]", "");
        if (!CardNumbers.wellFormed(pan) || !expiry(form).matches("(0[1-9]|1[0-2])\\d{2}")) {
            return cardPage(pending.get(), gateUrl, "Kart bilgilerini kontrol ediniz / Check the card details");
        }
        return afterCard(pending.get().withCard(pan, expiry(form)), gateUrl);
    }

    /** The ACS page submitted: the one-time password, or Cancel. */
    public GatePage acs(Map<String, String> form, String gateUrl) {
        Optional<Pending> pending = sessions.take(form.get("token"));
        if (pending.isEmpty()) {
            return error("Oturum bulunamadı / Session expired");
        }
        boolean authenticated = !"cancel".equals(form.get("action")) && OTP.equals(form.get("otp"));
        return finish(pending.get(), authenticated ? "1" : "0");
    }

    private GatePage afterCard(Pending pending, String gateUrl) {
        if (GarantiOutcomes.NOT_ENROLLED_CARD.equals(pending.pan())) {
            sessions.take(pending.token());
            return finish(pending, "2");
        }
        sessions.put(pending);
        return new GatePage(
                Kind.ACS_PAGE,
                gateUrl + "/acs",
                Map.of("token", pending.token()),
                GarantiGatePages.acs(gateUrl + "/acs", pending));
    }

    private GatePage cardPage(Pending pending, String gateUrl, String message) {
        return new GatePage(
                Kind.CARD_PAGE,
                gateUrl + "/card",
                Map.of("token", pending.token()),
                GarantiGatePages.cardForm(gateUrl + "/card", pending, message));
    }

    private GatePage finish(Pending p, String mdStatus) {
        Map<String, String> f = echo(p.form());
        boolean ok = !"0".equals(mdStatus);
        boolean visa = p.pan().startsWith("4");
        String orderId = p.form().getOrDefault("orderid", "");
        f.put("mdstatus", mdStatus);
        f.put(
                "mderrormessage",
                switch (mdStatus) {
                    case "1" -> "Authenticated";
                    case "2" -> "Kart 3D Secure programına kayıtlı değil / Card not enrolled";
                    default -> "Authentication failed (wrong password or cancelled)";
                });
        f.put("txnstatus", "1".equals(mdStatus) ? "Y" : ok ? "A" : "N");
        f.put("eci", !ok ? "" : visa ? ("1".equals(mdStatus) ? "05" : "06") : ("1".equals(mdStatus) ? "02" : "01"));
        f.put("cavv", ok ? base64(20) : "");
        f.put("md", ok ? base64(48) : "");
        f.put("xid", base64(20));
        f.put("oid", orderId);
        f.put("transid", orderId);
        f.put("clientid", p.merchant().terminalId());
        f.put("MaskedPan", CardNumbers.mask(p.pan()));
        f.put("authcode", "");
        f.put("response", "");
        f.put("errmsg", "");
        f.put("hostmsg", "");
        f.put("procreturncode", "");
        f.put("hostrefnum", "");
        boolean success = ok;
        if (ok && "3D".equals(p.level())) {
            sessions.put(new Authenticated(
                    f.get("md"),
                    p.merchant().terminalId(),
                    orderId,
                    p.form().get("txntype"),
                    p.form().get("txnamount"),
                    p.form().get("txncurrencycode"),
                    p.form().getOrDefault("txninstallmentcount", ""),
                    p.pan(),
                    p.expiryMmYy(),
                    f.get("cavv"),
                    f.get("eci"),
                    f.get("xid")));
        } else if (ok) {
            Booked b = bank.authorizeAtGate(new Authorization(
                    p.merchant().terminalId(),
                    p.form().get("txntype"),
                    orderId,
                    Long.parseLong(p.form().get("txnamount")),
                    p.form().get("txncurrencycode"),
                    GarantiBank.installments(p.form().getOrDefault("txninstallmentcount", "")),
                    new HostCard(p.pan(), p.expiryMmYy()),
                    orderId));
            GarantiVerdict v = b.verdict();
            success = v.isApproved();
            f.put("authcode", b.authCode());
            f.put("response", v.isApproved() ? "Approved" : v.isGatewayError() ? "Error" : "Declined");
            f.put("procreturncode", v.code());
            f.put("errmsg", v.isApproved() ? "" : v.errorMsg());
            f.put("hostmsg", v.isApproved() ? "" : v.sysErrMsg());
            f.put("hostrefnum", b.retrefNum());
        }
        return callback(
                p.merchant(), f, success ? p.form().get("successurl") : p.form().get("errorurl"));
    }

    /** A refusal at the gate for a known terminal: posted back to the merchant's error URL, signed. */
    private GatePage gateError(Merchant m, Map<String, String> form, String message) {
        Map<String, String> f = echo(form);
        String orderId = form.getOrDefault("orderid", "");
        f.put("mdstatus", "7");
        f.put("mderrormessage", message);
        f.put("txnstatus", "");
        f.put("eci", "");
        f.put("cavv", "");
        f.put("md", "");
        f.put("xid", "");
        f.put("oid", orderId);
        f.put("transid", orderId);
        f.put("clientid", m.terminalId());
        f.put("MaskedPan", "");
        f.put("authcode", "");
        f.put("response", "Error");
        f.put("errmsg", message);
        f.put("hostmsg", "");
        f.put("procreturncode", "99");
        f.put("hostrefnum", "");
        return callback(m, f, form.get("errorurl"));
    }

    private GatePage callback(Merchant m, Map<String, String> f, String url) {
        f.put("rnd", base64(15));
        f.put("hashparams", GarantiCrypt.CALLBACK_HASH_PARAMS);
        String value = GarantiCrypt.hashParamsValue(GarantiCrypt.CALLBACK_HASH_PARAMS, f);
        f.put("hashparamsval", value);
        f.put("hash", GarantiCrypt.callbackHash(value, m.storeKey()));
        return new GatePage(Kind.CALLBACK, url, Map.copyOf(f), GarantiGatePages.autoSubmit(url, f));
    }

    private static Map<String, String> echo(Map<String, String> form) {
        Map<String, String> f = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (!CARD_FIELDS.contains(name)) {
                f.put(name, value);
            }
        });
        return f;
    }

    private static String formProblem(Map<String, String> form, String type) {
        if (!LEVELS.contains(form.getOrDefault("secure3dsecuritylevel", ""))) {
            return "secure3dsecuritylevel";
        }
        if (!"sales".equals(type) && !"preauth".equals(type)) {
            return "txntype";
        }
        if (!form.getOrDefault("txnamount", "").matches("[1-9]\\d{0,11}")) {
            return "txnamount";
        }
        if (!GarantiRequestChecks.CURRENCIES.contains(form.getOrDefault("txncurrencycode", ""))) {
            return "txncurrencycode";
        }
        if (!form.getOrDefault("txninstallmentcount", "").matches("|0|1|[2-9]|1[0-2]")) {
            return "txninstallmentcount";
        }
        if (form.getOrDefault("orderid", "").isEmpty()) {
            return "orderid";
        }
        return null;
    }

    private static String expiry(Map<String, String> form) {
        return form.getOrDefault("cardexpiredatemonth", "") + form.getOrDefault("cardexpiredateyear", "");
    }

    private static boolean isUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    private GatePage error(String message) {
        return new GatePage(Kind.ERROR, "", Map.of(), GarantiGatePages.error(message));
    }

    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String base64(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
