package dev.vpos.simulator.param;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.param.ParamMerchants.Merchant;
import dev.vpos.simulator.param.ParamOutcomes.Fault;
import dev.vpos.simulator.param.ParamSoap.Call;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The simulated Param TurkPos SOAP service: the operations of our WSDL, checked as strictly as Param documents — the
 * credentials ({@code G}: -100 account not found), the merchant's {@code GUID} (-103 length, -101 security error),
 * every payment's {@code Islem_Hash} (SHA-1 over CLIENT_CODE, GUID, Taksit, amounts and order; -102), the fields'
 * formats by Param's own codes (-104 order id, -105 CVC, -106 year, -107 month, -108 GSM missing, -110 installments,
 * -111 IP, -112 a dot in an amount, -113 not positive, -115 amount format, -116 3D URLs, -118/-119 card number, -121
 * holder), and the follow-ups against the ledger (-209 no such transaction, -210 nothing to cancel or refund, -211
 * already cancelled; the rules' other refusals as -1 with a text). An order id approved before is refused with
 * {@value #ORDER_ID_USED} (the simulator's choice: Param's code for it is not published).
 */
public final class ParamBank {

    public static final String FAMILY = "PARAM";
    static final String ORDER_ID_USED = "-99";
    static final String FOREIGN_SALE = "TP_Islem_Odeme_WD";
    static final String THREE_D_PAY = "Pos_Odeme";
    /** Where {@code UCD_URL} sends the payer of a 3D Pay or foreign-currency 3D sale (a GET with {@code SID}). */
    static final String THREE_D_PAY_PAGE = "/3D_Secure/AkilliKart_3DPay_PFO.aspx";
    /** {@code Doviz_Kodu} → the ledger's currency (1000 TRY as Param lists it; 1001 USD, 1002 EUR, 1003 GBP). */
    static final Map<String, String> CURRENCIES = Map.of("1000", "TRY", "1001", "USD", "1002", "EUR", "1003", "GBP");

    private static final String[] WD_RESULT = {
        "Islem_ID", "UCD_URL", "Sonuc", "Sonuc_Str", "Banka_Sonuc_Kod", "Komisyon_Oran"
    };
    static final String ACS = "/Acs";
    static final String ACS_VERIFY = "/AcsVerify";
    static final String OTP = "123456";
    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private static final DateTimeFormatter PARAM_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    /** What the service answers: HTTP status, the SOAP text and a transport fault to add. */
    public record Answer(int status, String xml, Fault fault) {}

    /** A 3-D page: HTTP status and HTML. */
    public record Page(int status, String html) {}

    private final ParamMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final ParamOutcomes outcomes;
    private final ParamSessions sessions = new ParamSessions();
    private final ParamMonitoring monitoring;
    private final ParamHostedPayments hosted;
    private final AtomicLong numbers;

    public ParamBank(ParamMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
        this.outcomes = new ParamOutcomes(clock);
        this.monitoring = new ParamMonitoring(ledger, clock);
        this.hosted = new ParamHostedPayments(merchants, random);
        this.numbers = new AtomicLong(6_021_000_000L + random.nextInt(100_000) * 10L);
    }

    /** A SOAP request to the service; {@code familyBase} is the absolute URL of {@code /param} (for the 3-D pages). */
    public Answer handle(byte[] body, URI familyBase) {
        Optional<Call> read = ParamSoap.read(body);
        if (read.isEmpty()) {
            return new Answer(500, ParamSoap.fault("Client", "Server was unable to read request."), Fault.NONE);
        }
        Call call = read.get();
        Map<String, Object> result;
        Fault fault = Fault.NONE;
        switch (call.operation()) {
            case "TP_WMD_UCD", "TP_Islem_Odeme_OnProv_WMD", FOREIGN_SALE, THREE_D_PAY -> {
                Authorization a = authorize(call, familyBase);
                result = a.result();
                fault = a.fault();
            }
            case "TP_WMD_Pay" -> result = pay(call);
            case "TP_Islem_Odeme_OnProv_Kapa" -> result = close(call);
            case "TP_Islem_Iptal_OnProv" -> result = cancelPreAuthorization(call);
            case "TP_Islem_Iptal_Iade_Kismi2" -> result = cancelOrRefund(call);
            case "TP_Islem_Sorgulama4" -> result = inquiry(call);
            case "TP_Islem_Izleme" -> result = monitor(call);
            default -> {
                return new Answer(
                        500,
                        ParamSoap.fault("Client", "Server did not recognize the operation " + call.operation() + "."),
                        Fault.NONE);
            }
        }
        return new Answer(200, ParamSoap.answer(call.operation(), result), fault);
    }

    // --- the credentials and the answers' shapes

    private Optional<Merchant> merchant(Call call) {
        return merchants
                .find(call.field("G.CLIENT_CODE"))
                .filter(m -> m.username().equals(call.field("G.CLIENT_USERNAME"))
                        && m.password().equals(call.field("G.CLIENT_PASSWORD")));
    }

    /** Param's refusal of the credentials or the GUID; empty when they hold. */
    private static Optional<String[]> credentialProblem(Call call, Optional<Merchant> m) {
        if (!call.hasG() || m.isEmpty()) {
            return Optional.of(new String[] {"-100", "Hesap bulunamadı (account not found)"});
        }
        String guid = call.field("GUID");
        if (guid == null || guid.length() != 36) {
            return Optional.of(new String[] {"-103", "GUID uzunluğu geçersiz"});
        }
        if (!guid.equalsIgnoreCase(m.get().guid())) {
            return Optional.of(new String[] {"-101", "Güvenlik hatası"});
        }
        return Optional.empty();
    }

    private static Map<String, Object> refusal(String sonuc, String text, String... fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String f : fields) {
            r.put(f, "");
        }
        r.put("Sonuc", sonuc);
        if (r.containsKey("Sonuc_Ack")) {
            r.put("Sonuc_Ack", text);
        } else {
            r.put("Sonuc_Str", text);
        }
        return r;
    }

    private static final String[] UCD_RESULT = {
        "Islem_ID",
        "Islem_GUID",
        "UCD_HTML",
        "UCD_MD",
        "Sonuc",
        "Sonuc_Str",
        "Bank_Trans_ID",
        "Bank_AuthCode",
        "Bank_HostMsg",
        "Banka_Sonuc_Kod",
        "Bank_Extra",
        "Siparis_ID",
        "Bank_HostRefNum",
        "Ext_Data"
    };
    private static final String[] PAY_RESULT = {
        "Sonuc",
        "Sonuc_Ack",
        "Dekont_ID",
        "Siparis_ID",
        "UCD_MD",
        "Bank_Trans_ID",
        "Bank_AuthCode",
        "Bank_HostMsg",
        "Bank_Extra",
        "Bank_Sonuc_Kod",
        "Bank_HostRefNum",
        "Komisyon_Oran"
    };
    private static final String[] KAPA_RESULT = {
        "Sonuc",
        "Sonuc_Str",
        "Prov_ID",
        "Dekont_ID",
        "Banka_Sonuc_Kod",
        "Siparis_ID",
        "Bank_Trans_ID",
        "Bank_AuthCode",
        "Bank_HostMsg",
        "Bank_Extra",
        "Bank_HostRefNum"
    };
    private static final String[] IPTAL_ONPROV_RESULT = {"Sonuc", "Sonuc_Str", "Banka_Sonuc_Kod"};
    private static final String[] IPTAL_IADE_RESULT = {
        "Sonuc", "Sonuc_Str", "Banka_Sonuc_Kod", "Bank_AuthCode", "Bank_Trans_ID", "Bank_Extra", "Bank_HostRefNum"
    };

    private static Map<String, Object> shaped(String[] fields, Map<String, Object> values) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String f : fields) {
            r.put(f, values.getOrDefault(f, ""));
        }
        return r;
    }

    // --- authorisations (sale, pre-authorisation; non-3D or the start of 3D)

    private record Authorization(Map<String, Object> result, Fault fault) {}

    private Authorization authorize(Call call, URI familyBase) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isEmpty()) {
            problem = paymentProblem(call, m.get());
        }
        boolean foreign = FOREIGN_SALE.equals(call.operation());
        boolean threeDPay = THREE_D_PAY.equals(call.operation());
        String[] shape = foreign || threeDPay ? WD_RESULT : UCD_RESULT;
        if (problem.isPresent()) {
            return new Authorization(refusal(problem.get()[0], problem.get()[1], shape), Fault.NONE);
        }
        Merchant merchant = m.get();
        String orderId = call.field("Siparis_ID");
        if (ledger.hasApproved(FAMILY, merchant.clientCode(), orderId)) {
            return new Authorization(
                    refusal(ORDER_ID_USED, "Bu sipariş numarası ile daha önce işlem yapılmış", shape), Fault.NONE);
        }
        String currency = foreign ? CURRENCIES.get(call.field("Doviz_Kodu").trim()) : "TRY";
        BigDecimal amount = amount(call.field("Islem_Tutar"));
        LedgerType type = "TP_Islem_Odeme_OnProv_WMD".equals(call.operation()) ? LedgerType.PRE_AUTH : LedgerType.SALE;
        String pan = call.field("KK_No");
        YearMonth expiry =
                YearMonth.of(Integer.parseInt(call.field("KK_SK_Yil")), Integer.parseInt(call.field("KK_SK_Ay")));
        int installments = Integer.parseInt(call.field("Taksit").trim());
        if ("3D".equals(call.field("Islem_Guvenlik_Tip"))) {
            ParamSessions.Session s = sessions.open(new ParamSessions.Session(
                    java.util.UUID.randomUUID().toString(),
                    hex(32),
                    merchant.clientCode(),
                    orderId,
                    amount,
                    installments,
                    type,
                    pan,
                    expiry,
                    call.field("Basarili_URL"),
                    call.field("Hata_URL")));
            if (foreign || threeDPay) {
                s = sessions.open(s.returningValues(currency, nullToEmpty(call.field("Islem_ID"))));
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("Islem_ID", Long.toString(numbers.incrementAndGet()));
                v.put("UCD_URL", familyBase + THREE_D_PAY_PAGE + "?rURL=TURKPOS_3D_TRAN&SID=" + s.islemGuid());
                v.put("Sonuc", "1");
                v.put("Sonuc_Str", "İşlem Başarılı");
                v.put("Banka_Sonuc_Kod", "-1");
                v.put("Komisyon_Oran", "1.75");
                return new Authorization(shaped(WD_RESULT, v), Fault.NONE);
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Islem_ID", Long.toString(numbers.incrementAndGet()));
            v.put("Islem_GUID", s.islemGuid());
            v.put("UCD_HTML", ParamPages.toAcs(familyBase + ACS, s.islemGuid()));
            v.put("Sonuc", "1");
            v.put("Sonuc_Str", "İşlem Başarılı");
            v.put("Siparis_ID", orderId);
            return new Authorization(shaped(UCD_RESULT, v), Fault.NONE);
        }
        Fault fault = ParamOutcomes.fault(amount);
        if (fault == Fault.HTTP_500) {
            return new Authorization(Map.of(), fault);
        }
        String code = outcomes.code(pan, expiry, amount);
        LedgerEntry booked =
                book(merchant.clientCode(), orderId, amount, currency, installments, CardNumbers.mask(pan), code, type);
        if (foreign) {
            boolean approved = LedgerEntry.APPROVED.equals(code);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Islem_ID", approved ? booked.transId() : "0");
            v.put("UCD_URL", "NONSECURE");
            v.put("Sonuc", approved ? "1" : "-1");
            v.put("Sonuc_Str", approved ? "İşlem Başarılı" : ParamOutcomes.message(code));
            v.put("Banka_Sonuc_Kod", Integer.toString(Integer.parseInt(code)));
            v.put("Komisyon_Oran", "1.75");
            return new Authorization(shaped(WD_RESULT, v), fault);
        }
        return new Authorization(authorizationResult(booked, code), fault);
    }

    private Map<String, Object> authorizationResult(LedgerEntry booked, String code) {
        Map<String, Object> v = new LinkedHashMap<>();
        boolean approved = LedgerEntry.APPROVED.equals(code);
        v.put("Islem_ID", booked.transId());
        v.put("Islem_GUID", java.util.UUID.randomUUID().toString());
        v.put("UCD_HTML", "NONSECURE");
        v.put("Sonuc", approved ? "1" : "-1");
        v.put("Sonuc_Str", approved ? "İşlem Başarılı" : ParamOutcomes.message(code));
        v.put("Bank_Trans_ID", booked.transId());
        v.put("Bank_AuthCode", booked.authCode());
        v.put("Bank_HostMsg", ParamOutcomes.message(code));
        v.put("Banka_Sonuc_Kod", Integer.toString(Integer.parseInt(code)));
        v.put("Siparis_ID", booked.orderId());
        v.put("Bank_HostRefNum", booked.hostRefNum());
        return shaped(UCD_RESULT, v);
    }

    /** A payment request's field problems, in Param's codes; empty when it is acceptable. */
    private static Optional<String[]> paymentProblem(Call c, Merchant m) {
        boolean foreign = FOREIGN_SALE.equals(c.operation());
        boolean preAuth = "TP_Islem_Odeme_OnProv_WMD".equals(c.operation());
        boolean threeDPay = THREE_D_PAY.equals(c.operation());
        String security = c.field("Islem_Guvenlik_Tip");
        if (!"NS".equals(security) && !"3D".equals(security)) {
            return problem("-1", "Islem_Guvenlik_Tip NS veya 3D olmalı");
        }
        if (foreign) {
            String code = c.field("Doviz_Kodu");
            if (code == null || !CURRENCIES.containsKey(code.trim()) || "1000".equals(code.trim())) {
                return problem("-1", "Doviz_Kodu geçersiz (1001 USD, 1002 EUR, 1003 GBP)");
            }
        }
        if (THREE_D_PAY.equals(c.operation()) && !"3D".equals(security)) {
            return problem("-1", "Pos_Odeme yalnızca 3D (3D Pay) işlem alır");
        }
        if (!c.has("KK_Sahibi")) {
            return problem("-121", "Kredi kartı sahibi bilgisi eksiksiz girilmeli");
        }
        String pan = c.field("KK_No");
        if (pan == null || pan.length() < 15 || pan.length() > 16) {
            return problem("-118", "Kredi kartı numarası uzunluğu geçersiz");
        }
        if (!pan.matches("\\d+") || !CardNumbers.passesLuhn(pan)) {
            return problem("-119", "Kredi kartı numarası formatı geçersiz");
        }
        if (c.field("KK_SK_Ay") == null || !c.field("KK_SK_Ay").matches("0[1-9]|1[0-2]")) {
            return problem("-107", "Kredi kartı son kullanma ayı uzunluğu geçersiz");
        }
        if (c.field("KK_SK_Yil") == null || !c.field("KK_SK_Yil").matches("\\d{4}")) {
            return problem("-106", "Kredi kartı yıl uzunluğu geçersiz");
        }
        if (c.field("KK_CVC") == null || !c.field("KK_CVC").matches("\\d{3,4}")) {
            return problem("-105", "Kredi kartı CVV uzunluğu geçersiz");
        }
        if (!c.has("KK_Sahibi_GSM")) {
            return problem("-108", "Müşteri GSM numarası geçersiz");
        }
        if (!c.field("KK_Sahibi_GSM").isEmpty() && !c.field("KK_Sahibi_GSM").matches("\\d{10,12}")) {
            return problem("-117", "GSM No numerik olmalı");
        }
        String orderId = c.field("Siparis_ID");
        if (orderId == null || orderId.isBlank() || orderId.length() > 36) {
            return problem("-104", "Siparis_ID en fazla 36 karakter olmalı");
        }
        String taksit = c.field("Taksit");
        if (taksit == null
                || !taksit.trim().matches("\\d{1,2}")
                || Integer.parseInt(taksit.trim()) < 1
                || Integer.parseInt(taksit.trim()) > 12) {
            return problem("-110", "Taksit geçersiz");
        }
        for (String name : List.of("Islem_Tutar", "Toplam_Tutar")) {
            String v = c.field(name);
            if (v == null || v.contains(".")) {
                return problem("-112", name + " formatı hatalı: nokta kullanmayın, kuruşu virgülle gönderin");
            }
            if (!v.matches("\\d{1,9},\\d{2}")) {
                return problem("-115", name + " formatı geçersiz: virgülden sonra 2 hane olmalı");
            }
            if (amount(v).signum() <= 0) {
                return problem("-113", "Tutar 0 veya daha küçük olamaz");
            }
        }
        if (!c.field("Islem_Tutar").equals(c.field("Toplam_Tutar"))) {
            return problem("-202", "Toplam tutara eklenen komisyon hatalı");
        }
        if (!ipAddress(c.field("IPAdr"))) {
            return problem("-111", "IP formatı geçersiz");
        }
        String ok = c.field("Basarili_URL");
        String fail = c.field("Hata_URL");
        if ("3D".equals(security) && (!url(ok) || !url(fail))) {
            return problem("-116", "Başarılı URL veya Hata URL boş olamaz");
        }
        String hash = c.field("Islem_Hash");
        if (hash == null || hash.isBlank()) {
            return problem("-102", "İşlem Hash değeri boş");
        }
        String text = threeDPay
                ? m.clientCode()
                        + m.guid()
                        + taksit.trim()
                        + c.field("Islem_Tutar")
                        + c.field("Toplam_Tutar")
                        + orderId
                        + nullToEmpty(fail)
                        + nullToEmpty(ok)
                : preAuth || foreign
                        ? m.clientCode()
                                + m.guid()
                                + c.field("Islem_Tutar")
                                + c.field("Toplam_Tutar")
                                + orderId
                                + nullToEmpty(fail)
                                + nullToEmpty(ok)
                        : m.clientCode()
                                + m.guid()
                                + taksit.trim()
                                + c.field("Islem_Tutar")
                                + c.field("Toplam_Tutar")
                                + orderId;
        if (!MessageDigest.isEqual(
                sha1Base64(text, TURKISH).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            return problem("-102", "İşlem Hash geçersiz");
        }
        return Optional.empty();
    }

    /**
     * An IPv4 address, or an IPv6 one (the simulator's choice: Param's -111 says only "IP format is invalid"; a
     * server behind IPv6 hands the payer's address on as it has it).
     */
    private static boolean ipAddress(String ip) {
        return ip != null
                && (ip.matches("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)")
                        || (ip.contains(":") && ip.matches("[0-9A-Fa-f:.]{2,45}")));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean url(String s) {
        return s != null && s.matches("https?://\\S+");
    }

    private static Optional<String[]> problem(String code, String text) {
        return Optional.of(new String[] {code, text});
    }

    static BigDecimal amount(String comma) {
        return new BigDecimal(comma.replace(',', '.'));
    }

    static String sha1Base64(String text, Charset charset) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(charset)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- 3D: the ACS pages and the completion

    /** The ACS password page for the session the bank's page sent the payer with. */
    public Page acs(Map<String, String> form, URI familyBase) {
        Optional<ParamSessions.Session> s = sessions.find(form.get("session"));
        if (s.isEmpty() || s.get().mdStatus() != null) {
            return new Page(400, ParamPages.error("Oturum bulunamadı"));
        }
        Merchant m = merchants.find(s.get().clientCode()).orElseThrow();
        return new Page(200, ParamPages.acs(familyBase + ACS_VERIFY, s.get(), m.name()));
    }

    /** The payer's password: OTP {@value #OTP} authenticates (mdStatus 1), anything else fails (0). */
    public Page verify(Map<String, String> form) {
        Optional<ParamSessions.Session> found = sessions.find(form.get("session"));
        if (found.isEmpty() || found.get().mdStatus() != null) {
            return new Page(400, ParamPages.error("Oturum bulunamadı"));
        }
        String mdStatus = OTP.equals(form.get("otp")) ? "1" : "0";
        ParamSessions.Session s = sessions.authenticate(found.get().islemGuid(), mdStatus);
        Merchant m = merchants.find(s.clientCode()).orElseThrow();
        if (s.returnValues()) {
            return returnValues(s, m, "1".equals(mdStatus));
        }
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("md", s.md());
        callback.put("mdStatus", mdStatus);
        callback.put("orderId", s.orderId());
        callback.put("transactionAmount", s.amount().setScale(2).toPlainString().replace('.', ','));
        callback.put("islemGUID", s.islemGuid());
        callback.put(
                "islemHash",
                sha1Base64(s.islemGuid() + s.md() + mdStatus + s.orderId() + m.guid(), StandardCharsets.UTF_8));
        callback.put("bankResult", "1".equals(mdStatus) ? "Y-status/Authenticated" : "N-status/Not authenticated");
        callback.put("dc", "");
        callback.put("dcURL", "");
        return new Page(200, ParamPages.autoPost("1".equals(mdStatus) ? s.okUrl() : s.failUrl(), callback));
    }

    /** {@code TO_Pre_Encrypting_OOS} on the shared payment page's service. */
    public Answer hostedRegister(byte[] body, String callerAddress) {
        return hosted.register(body, callerAddress);
    }

    /** The shared payment page of a registered payment ({@code default.aspx?s=}). */
    public Page hostedPage(String token, URI familyBase) {
        return hosted.page(token, familyBase);
    }

    /** The card typed on the shared payment page: the ACS password page, or a refusal. */
    public Page hostedCard(Map<String, String> form, URI familyBase) {
        Optional<ParamSessions.Session> s = hosted.card(form);
        if (s.isEmpty()) {
            return new Page(400, ParamPages.error("Kart bilgileri geçersiz veya ödeme bulunamadı"));
        }
        if (ledger.hasApproved(FAMILY, s.get().clientCode(), s.get().orderId())) {
            return new Page(400, ParamPages.error("Bu Islem_ID ile daha önce ödeme alınmış"));
        }
        ParamSessions.Session opened = sessions.open(s.get());
        Merchant m = merchants.find(opened.clientCode()).orElseThrow();
        return new Page(200, ParamPages.acs(familyBase + ACS_VERIFY, opened, m.name()));
    }

    /** The bank's own page of a 3D Pay or foreign-currency 3D sale ({@code UCD_URL}, a GET with its {@code SID}). */
    public Page threeDPayPage(String sid, URI familyBase) {
        Optional<ParamSessions.Session> s = sessions.find(sid);
        if (s.isEmpty() || !s.get().returnValues()) {
            return new Page(400, ParamPages.error("Oturum bulunamadı"));
        }
        return acs(Map.of("session", sid), familyBase);
    }

    /**
     * The end of a 3D Pay or foreign-currency 3D sale: the bank completes it itself (books the outcome) once the payer
     * authenticated, nothing when not, and posts {@code TURKPOS_RETVAL_*} (mews/pos fixtures) to Basarili_URL or
     * Hata_URL, hashed CLIENT_CODE + GUID + Dekont_ID + Tahsilat_Tutari + Siparis_ID + Islem_ID.
     */
    private Page returnValues(ParamSessions.Session s, Merchant m, boolean authenticated) {
        String code = authenticated ? outcomes.code(s.pan(), s.expiry(), s.amount()) : null;
        LedgerEntry booked = code == null
                ? null
                : book(
                        s.clientCode(),
                        s.orderId(),
                        s.amount(),
                        s.currency(),
                        s.installments(),
                        CardNumbers.mask(s.pan()),
                        code,
                        s.type());
        boolean approved = LedgerEntry.APPROVED.equals(code);
        String receipt = approved ? booked.transId() : "0";
        String collected = s.amount().setScale(2).toPlainString().replace('.', ',');
        Map<String, String> r = new LinkedHashMap<>();
        r.put("TURKPOS_RETVAL_Islem_ID", s.islemId());
        r.put("TURKPOS_RETVAL_Sonuc", approved ? "1" : "-1");
        r.put(
                "TURKPOS_RETVAL_Sonuc_Str",
                approved
                        ? "Odeme Islemi Basarili"
                        : code == null ? "3D Dogrulamasi Basarisiz" : ParamOutcomes.message(code));
        r.put("TURKPOS_RETVAL_GUID", m.guid());
        r.put("TURKPOS_RETVAL_Islem_Tarih", OffsetDateTime.now(clock).format(PARAM_TIME));
        r.put("TURKPOS_RETVAL_Dekont_ID", receipt);
        r.put("TURKPOS_RETVAL_Tahsilat_Tutari", collected);
        r.put("TURKPOS_RETVAL_Odeme_Tutari", collected);
        r.put("TURKPOS_RETVAL_Siparis_ID", s.orderId());
        r.put("TURKPOS_RETVAL_Ext_Data", "||||");
        r.put("TURKPOS_RETVAL_Banka_Sonuc_Kod", code == null ? "-1" : Integer.toString(Integer.parseInt(code)));
        r.put("TURKPOS_RETVAL_PB", "TRY".equals(s.currency()) ? "TL" : s.currency());
        r.put("TURKPOS_RETVAL_KK_No", CardNumbers.mask(s.pan()));
        r.put("TURKPOS_RETVAL_Taksit", s.installments() == 1 ? "0" : Integer.toString(s.installments()));
        r.put(
                "TURKPOS_RETVAL_Hash",
                sha1Base64(m.clientCode() + m.guid() + receipt + collected + s.orderId() + s.islemId(), TURKISH));
        r.put("TURKPOS_RETVAL_Islem_GUID", s.islemGuid());
        r.put("TURKPOS_RETVAL_SanalPOS_Islem_ID", booked == null ? "0" : booked.transId());
        return new Page(200, ParamPages.autoPost(approved ? s.okUrl() : s.failUrl(), r));
    }

    private Map<String, Object> pay(Call call) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isPresent()) {
            return refusal(problem.get()[0], problem.get()[1], PAY_RESULT);
        }
        Optional<ParamSessions.Session> found = sessions.find(call.field("Islem_GUID"));
        if (found.isEmpty() || !found.get().clientCode().equals(m.get().clientCode())) {
            return refusal("-209", "İşlem bilgisi bulunamadı", PAY_RESULT);
        }
        ParamSessions.Session s = found.get();
        if (!s.md().equals(call.field("UCD_MD")) || !s.orderId().equals(call.field("Siparis_ID"))) {
            return refusal("-101", "Güvenlik hatası: UCD_MD veya Siparis_ID 3D işlemine ait değil", PAY_RESULT);
        }
        if (!"1".equals(s.mdStatus())) {
            return refusal("-1", "3D doğrulaması başarısız", PAY_RESULT);
        }
        if (!sessions.markPaid(s.islemGuid())) {
            return refusal(ORDER_ID_USED, "Bu 3D işlemi daha önce tamamlanmış", PAY_RESULT);
        }
        String code = outcomes.code(s.pan(), s.expiry(), s.amount());
        LedgerEntry booked = book(
                s.clientCode(),
                s.orderId(),
                s.amount(),
                "TRY",
                s.installments(),
                CardNumbers.mask(s.pan()),
                code,
                s.type());
        boolean approved = LedgerEntry.APPROVED.equals(code);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("Sonuc", approved ? "1" : "-1");
        v.put("Sonuc_Ack", approved ? "İşlem Başarılı" : ParamOutcomes.message(code));
        v.put("Dekont_ID", approved ? booked.transId() : "0");
        v.put("Siparis_ID", s.orderId());
        v.put("UCD_MD", s.md());
        v.put("Bank_Trans_ID", booked.transId());
        v.put("Bank_AuthCode", booked.authCode());
        v.put("Bank_HostMsg", ParamOutcomes.message(code));
        v.put("Bank_Sonuc_Kod", Integer.toString(Integer.parseInt(code)));
        v.put("Bank_HostRefNum", booked.hostRefNum());
        v.put("Komisyon_Oran", "1.75");
        return shaped(PAY_RESULT, v);
    }

    // --- follow-ups

    private Map<String, Object> close(Call call) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isPresent()) {
            return refusal(problem.get()[0], problem.get()[1], KAPA_RESULT);
        }
        String amountText = call.field("Prov_Tutar");
        if (amountText == null || !amountText.matches("\\d{1,9},\\d{2}")) {
            return refusal(
                    amountText != null && amountText.contains(".") ? "-112" : "-115",
                    "Prov_Tutar formatı hatalı",
                    KAPA_RESULT);
        }
        BigDecimal amount = amount(amountText);
        if (amount.signum() <= 0) {
            return refusal("-113", "Tutar 0 veya daha küçük olamaz", KAPA_RESULT);
        }
        LedgerOrder order = ledger.order(FAMILY, m.get().clientCode(), call.field("Siparis_ID"));
        if (!order.exists()) {
            return refusal("-209", "İşlem bilgisi bulunamadı", KAPA_RESULT);
        }
        if (!order.isPreAuthorization() || !order.capturable()) {
            return refusal(
                    "-210",
                    order.voided() ? "Ön provizyon iptal edilmiş" : "Kapatılacak ön provizyon yok",
                    KAPA_RESULT);
        }
        if (amount.compareTo(order.authorization().orElseThrow().amount()) > 0) {
            return refusal("-1", "Kapama tutarı ön provizyon tutarını aşamaz", KAPA_RESULT);
        }
        LedgerEntry booked = follow(order, amount, LedgerType.POST_AUTH);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("Sonuc", "1");
        v.put("Sonuc_Str", "İşlem Başarılı");
        v.put("Prov_ID", order.authorization().orElseThrow().transId());
        v.put("Dekont_ID", booked.transId());
        v.put("Banka_Sonuc_Kod", "0");
        v.put("Siparis_ID", booked.orderId());
        v.put("Bank_Trans_ID", booked.transId());
        v.put("Bank_AuthCode", booked.authCode());
        v.put("Bank_HostRefNum", booked.hostRefNum());
        return shaped(KAPA_RESULT, v);
    }

    private Map<String, Object> cancelPreAuthorization(Call call) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isPresent()) {
            return refusal(problem.get()[0], problem.get()[1], IPTAL_ONPROV_RESULT);
        }
        LedgerOrder order = ledger.order(FAMILY, m.get().clientCode(), call.field("Siparis_ID"));
        if (!order.exists()) {
            return refusal("-209", "İşlem bilgisi bulunamadı", IPTAL_ONPROV_RESULT);
        }
        if (order.voided()) {
            return refusal("-211", "İşlem durumu: İptal", IPTAL_ONPROV_RESULT);
        }
        if (!order.isPreAuthorization() || !order.capturable()) {
            return refusal("-210", "İptal edilecek açık ön provizyon yok", IPTAL_ONPROV_RESULT);
        }
        follow(order, order.authorization().orElseThrow().amount(), LedgerType.VOID);
        return shaped(IPTAL_ONPROV_RESULT, Map.of("Sonuc", "1", "Sonuc_Str", "İşlem Başarılı", "Banka_Sonuc_Kod", "0"));
    }

    private Map<String, Object> cancelOrRefund(Call call) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isPresent()) {
            return refusal(problem.get()[0], problem.get()[1], IPTAL_IADE_RESULT);
        }
        String durum = call.field("Durum");
        boolean cancel = "IPTAL".equals(durum) || "CANCEL".equals(durum);
        boolean refund = "IADE".equals(durum) || "REFUND".equals(durum);
        if (!cancel && !refund) {
            return refusal("-1", "Durum IPTAL veya IADE olmalı", IPTAL_IADE_RESULT);
        }
        String tutar = call.field("Tutar");
        if (tutar == null || !tutar.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return refusal("-115", "Tutar formatı geçersiz", IPTAL_IADE_RESULT);
        }
        BigDecimal amount = new BigDecimal(tutar);
        if (amount.signum() <= 0) {
            return refusal("-113", "Tutar 0 veya daha küçük olamaz", IPTAL_IADE_RESULT);
        }
        LedgerOrder order = ledger.order(FAMILY, m.get().clientCode(), call.field("Siparis_ID"));
        if (!order.exists()) {
            return refusal("-209", "İşlem bilgisi bulunamadı", IPTAL_IADE_RESULT);
        }
        if (order.voided()) {
            return refusal("-211", "İşlem durumu: İptal", IPTAL_IADE_RESULT);
        }
        if (order.captured().signum() == 0) {
            return refusal("-210", "İptal/İade için işlem bulunamadı (ön provizyon kapatılmamış)", IPTAL_IADE_RESULT);
        }
        LedgerEntry booked;
        if (cancel) {
            if (!order.voidable()) {
                return refusal("-1", "İptal ancak işlem günü yapılır; gün sonundan sonra iade edin", IPTAL_IADE_RESULT);
            }
            if (amount.compareTo(order.captured()) != 0) {
                return refusal("-1", "İptalde tutarın tamamı yazılmalı (" + order.captured() + ")", IPTAL_IADE_RESULT);
            }
            booked = follow(order, amount, LedgerType.VOID);
        } else {
            if (order.authorizationInOpenBatch()) {
                return refusal("-1", "İade gün sonundan sonra yapılır; işlem günü iptal edin", IPTAL_IADE_RESULT);
            }
            if (amount.compareTo(order.refundable()) > 0) {
                return refusal(
                        "-1",
                        "İade tutarı iade edilebilir tutarı (" + order.refundable() + ") aşıyor",
                        IPTAL_IADE_RESULT);
            }
            booked = follow(order, amount, LedgerType.REFUND);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("Sonuc", "1");
        v.put("Sonuc_Str", "İşlem Başarılı");
        v.put("Banka_Sonuc_Kod", "0");
        v.put("Bank_AuthCode", booked.authCode());
        v.put("Bank_Trans_ID", booked.transId());
        v.put("Bank_HostRefNum", booked.hostRefNum());
        return shaped(IPTAL_IADE_RESULT, v);
    }

    // --- status

    private Map<String, Object> inquiry(Call call) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isPresent()) {
            return refusal(problem.get()[0], problem.get()[1], "DT_Bilgi");
        }
        String orderId = call.field("Siparis_ID");
        List<LedgerEntry> entries =
                orderId == null ? List.of() : ledger.entriesOf(FAMILY, m.get().clientCode(), orderId);
        if (entries.isEmpty()) {
            return refusal("-209", "İşlem bilgisi bulunamadı", "DT_Bilgi");
        }
        LedgerOrder order = ledger.order(FAMILY, m.get().clientCode(), orderId);
        LedgerEntry auth = order.authorization()
                .orElseGet(() -> entries.stream()
                        .filter(e -> e.type().isAuthorization())
                        .findFirst()
                        .orElse(entries.get(0)));
        String state;
        if (!auth.isApproved()) {
            state = "FAIL";
        } else if (order.voided()) {
            state = "CANCEL";
        } else if (order.refunded().signum() > 0) {
            state = order.refunded().compareTo(order.captured()) >= 0 ? "REFUND" : "PARTIAL_REFUND";
        } else {
            state = "SUCCESS";
        }
        boolean pre = auth.type() == LedgerType.PRE_AUTH;
        String transStat = order.voided() ? "V" : pre && order.captured().signum() == 0 ? "A" : "C";
        String captureMinor = order.captured().signum() > 0
                ? order.captured().movePointRight(2).setScale(0).toPlainString()
                : "";
        String extra = "<Extra><AUTH_CODE>" + auth.authCode() + "</AUTH_CODE><CAPTURE_AMT>" + captureMinor
                + "</CAPTURE_AMT><HOST_REF_NUM>" + auth.hostRefNum() + "</HOST_REF_NUM><ORIG_TRANS_AMT>"
                + auth.amount().movePointRight(2).setScale(0).toPlainString() + "</ORIG_TRANS_AMT><PROC_RET_CD>"
                + auth.resultCode() + "</PROC_RET_CD><TRANS_ID>" + auth.transId() + "</TRANS_ID><TRANS_STAT>"
                + transStat + "</TRANS_STAT></Extra>";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(
                "Odeme_Sonuc",
                "CANCEL".equals(state) ? "12" : state.contains("REFUND") ? "13" : auth.isApproved() ? "1" : "0");
        d.put("Odeme_Sonuc_Aciklama", auth.isApproved() ? "İşlem Başarılı" : ParamOutcomes.message(auth.resultCode()));
        d.put("Dekont_ID", auth.isApproved() ? auth.transId() : "0");
        d.put("Siparis_ID", auth.orderId());
        d.put("Islem_ID", auth.transId());
        d.put("Durum", state);
        d.put("Tarih", auth.timestamp().atZoneSameInstant(clock.getZone()).format(PARAM_TIME));
        d.put("Toplam_Tutar", auth.amount().setScale(2).toPlainString());
        d.put("Komisyon_Oran", "1.75");
        d.put("Komisyon_Tutar", "");
        d.put("Banka_Sonuc_Aciklama", auth.isApproved() ? "" : ParamOutcomes.message(auth.resultCode()));
        d.put("Taksit", Integer.toString(auth.installments()));
        d.put("Ext_Data", "||||");
        d.put("Toplam_Iade_Tutar", order.refunded().setScale(2).toPlainString());
        d.put("KK_No", auth.maskedPan());
        d.put("Bank_Extra", extra);
        d.put("Islem_Tip", pre ? "PRE_AUTH" : "SALE");
        d.put("Bank_Trans_ID", auth.transId());
        d.put("Bank_AuthCode", auth.authCode());
        d.put("Bank_HostRefNum", auth.hostRefNum());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("DT_Bilgi", d);
        r.put("Sonuc", "1");
        r.put("Sonuc_Str", "Başarılı");
        return r;
    }

    // --- the transactions of a period

    private Map<String, Object> monitor(Call call) {
        Optional<Merchant> m = merchant(call);
        Optional<String[]> problem = credentialProblem(call, m);
        if (problem.isPresent()) {
            return ParamMonitoring.refusal(problem.get()[0], problem.get()[1]);
        }
        return monitoring.answer(call, m.get().clientCode());
    }

    // --- the ledger

    private LedgerEntry follow(LedgerOrder order, BigDecimal amount, LedgerType type) {
        LedgerEntry a = order.authorization().orElseThrow();
        return book(
                a.clientId(),
                a.orderId(),
                amount,
                a.currency(),
                a.installments(),
                a.maskedPan(),
                LedgerEntry.APPROVED,
                type);
    }

    private LedgerEntry book(
            String clientCode,
            String orderId,
            BigDecimal amount,
            String currency,
            int installments,
            String maskedPan,
            String code,
            LedgerType type) {
        boolean approved = LedgerEntry.APPROVED.equals(code);
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                clientCode,
                orderId,
                amount.setScale(2),
                currency,
                installments,
                maskedPan,
                code,
                approved ? String.format("%06d", random.nextInt(1_000_000)) : "",
                approved ? String.format("%012d", random.nextLong(1_000_000_000_000L)) : "",
                Long.toString(numbers.incrementAndGet()),
                Integer.toString(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                type);
        ledger.record(entry);
        return entry;
    }

    private String hex(int digits) {
        StringBuilder s = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
