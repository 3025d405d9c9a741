package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated VakıfBank Common Payment (Ortak Ödeme v4) without HTTP. {@code RegisterTransaction} checks what it is
 * given as strictly as the bank (merchant, password, terminal, Sale only, IsSecure, amount and currency, order id
 * unused, return URLs, the 3D Pay card, {@code HashedData}) and answers a payment token with the page's URL; refusals
 * book nothing. The page ({@code SecurePayment?Ptkn=}) shows the card form (3D Host) or the ACS (3D Pay); the ACS
 * books the sale — or its decline — in the {@link Ledger} under {@link #FAMILY} with the bank's TransactionId, then
 * posts the payer to SuccessUrl or FailUrl. {@code VposTransaction} answers a payment by TransactionId and token to its
 * merchant. Cancel and refund are the VPOS service's ({@link PayFlexCpVpos}), the search by order id its search
 * service's ({@link PayFlexCpSearch}).
 */
public final class PayFlexCpBank {

    public static final String FAMILY = "PAYFLEX_CP";
    public static final String API_PATH = "/payflexcp/CommonPayment/api";
    public static final String PAGE_PATH = "/payflexcp/CommonPayment/SecurePayment";
    public static final String VPOS_PATH = "/payflexcp/VposService/v3/Vposreq.aspx";
    public static final String SEARCH_PATH = "/payflexcp/UIService/Search.aspx";
    static final Set<String> CURRENCIES = Set.of("949", "840", "978", "826");
    static final DateTimeFormatter HOST_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Map<String, String> BRANDS =
            Map.of("VISA", "100", "MASTERCARD", "200", "TROY", "300", "AMEX", "400");

    private final PayFlexCpMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final PayFlexCpOutcomes outcomes;
    private final Map<String, PayFlexCpPayment> byToken = new HashMap<>();
    private final PayFlexCpVpos vpos;
    private final PayFlexCpSearch search;

    public PayFlexCpBank(PayFlexCpMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
        this.outcomes = new PayFlexCpOutcomes(clock);
        this.vpos = new PayFlexCpVpos(merchants, ledger, clock, this);
        this.search = new PayFlexCpSearch(merchants, ledger, clock);
    }

    public PayFlexCpVpos vpos() {
        return vpos;
    }

    public PayFlexCpSearch search() {
        return search;
    }

    /** What a page call gives the payer's browser: a page, or the auto-post back to the merchant. */
    public record Page(Kind kind, String html, String callbackUrl, Map<String, String> callbackFields) {

        public enum Kind {
            CARD_FORM,
            ACS,
            CALLBACK,
            ERROR
        }
    }

    // ------------------------------------------------------------------------------------------ RegisterTransaction

    /** {@code pageUrl}: where this bank's payment page is, as the merchant reaches it (its CommonPaymentUrl). */
    public synchronized PayFlexCpReply register(Map<String, String> f, String pageUrl) {
        Optional<PayFlexCpMerchants.Merchant> merchant = merchants.byId(f.getOrDefault("HostMerchantId", ""));
        if (merchant.isEmpty()) {
            return registerError("9039", "Üye işyeri bulunamadı.");
        }
        PayFlexCpMerchants.Merchant m = merchant.get();
        if (!m.password().equals(f.getOrDefault("MerchantPassword", ""))) {
            return registerError("9065", "Üye işyeri bulunamadı (şifre hatalı).");
        }
        if (!m.terminalId().equals(f.getOrDefault("HostTerminalId", ""))) {
            return registerError("1125", "Terminal bulunamadı");
        }
        if (!"Sale".equals(f.getOrDefault("TransactionType", ""))) {
            return registerError("1082", "Geçersiz işlem tipi");
        }
        String amountCode = f.getOrDefault("AmountCode", "");
        String amountText = f.getOrDefault("Amount", "");
        if (!CURRENCIES.contains(amountCode)) {
            return registerError("1047", "Geçersiz para birimi");
        }
        if (!amountText.matches("\\d{1,10}\\.\\d{2}") || new BigDecimal(amountText).signum() <= 0) {
            return registerError("1049", "Geçersiz tutar.");
        }
        String hash = f.getOrDefault("HashedData", "");
        if (!hash.equals(hash(m.merchantId(), amountCode, amountText, m.password()))) {
            return registerError("5029", "Geçersiz İstek (HashedData)");
        }
        String orderId = f.getOrDefault("OrderID", "");
        if (!orderId.matches("[A-Za-z0-9_-]{1,64}")) {
            return registerError("1078", "Geçersiz sipariş numarası");
        }
        if (ledger.hasApproved(FAMILY, m.merchantId(), orderId)) {
            return registerError("1061", "Aynı sipariş numarasıyla daha önceden başarılı işlem yapılmış");
        }
        if (!"true".equalsIgnoreCase(f.getOrDefault("IsSecure", ""))) {
            return registerError("5029", "Geçersiz İstek (IsSecure: the simulator takes 3-D payments only)");
        }
        for (String url : new String[] {"SuccessUrl", "FailUrl"}) {
            if (!f.getOrDefault(url, "").matches("https?://\\S{1,500}")) {
                return registerError("5029", "Geçersiz İstek (" + url + ")");
            }
        }
        String installments = f.getOrDefault("InstallmentCount", "");
        if (!installments.isEmpty() && !installments.matches("0|[2-9]|1[0-2]")) {
            return registerError("1060", "Hatalı taksit sayısı.");
        }
        PayFlexCpPayment p = new PayFlexCpPayment(
                HexFormat.of().formatHex(bytes(16)),
                m,
                orderId,
                new BigDecimal(amountText),
                amountCode,
                installments.isEmpty() ? 0 : Integer.parseInt(installments),
                f.get("SuccessUrl"),
                f.get("FailUrl"),
                pageUrl,
                f.getOrDefault("RequestLanguage", "tr-TR"));
        if (f.containsKey("PAN")) {
            Optional<String> cardRefusal = card(p, f, "PAN", "CVV");
            if (cardRefusal.isPresent()) {
                return registerError("1051", cardRefusal.get());
            }
            String brand = BRANDS.getOrDefault(CardNumbers.brand(p.pan), "");
            if (!f.getOrDefault("BrandNumber", "").equals(brand)) {
                return registerError("1051", "Kart markası (BrandNumber) kart numarası ile uyumsuz");
            }
            p.state = PayFlexCpPayment.State.AT_ACS;
        }
        byToken.put(p.token, p);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("CommonPaymentUrl", pageUrl);
        r.put("PaymentToken", p.token);
        r.put("ErrorCode", null);
        r.put("ResponseMessage", null);
        return PayFlexCpReply.xml(PayFlexCpMarkup.xml("CommonPaymentResponse", r));
    }

    /** Reads the card into the payment; why it is refused, if it is. */
    private Optional<String> card(PayFlexCpPayment p, Map<String, String> f, String panField, String cvvField) {
        String pan = f.getOrDefault(panField, "").replace(" ", "");
        if (!CardNumbers.wellFormed(pan)) {
            return Optional.of("Kredi kartı numarası hatalı.");
        }
        String month = f.getOrDefault("ExpireMonth", "");
        String year = f.getOrDefault("ExpireYear", "");
        if (year.matches("\\d{2}")) {
            year = "20" + year;
        }
        if (!month.matches("0[1-9]|1[0-2]") || !year.matches("20\\d{2}")) {
            return Optional.of("Kart vadesi hatalı veya vade formatı hatalı");
        }
        if (!f.getOrDefault(cvvField, "").matches("\\d{3,4}")) {
            return Optional.of("CVV hatalı.");
        }
        p.pan = pan;
        p.expiryYyyyMm = year + month;
        p.holder = f.getOrDefault("CardHoldersName", "");
        return Optional.empty();
    }

    private static PayFlexCpReply registerError(String code, String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("CommonPaymentUrl", null);
        r.put("PaymentToken", null);
        r.put("ErrorCode", code);
        r.put("ResponseMessage", message);
        return PayFlexCpReply.xml(PayFlexCpMarkup.xml("CommonPaymentResponse", r));
    }

    /** {@code HashedData}: Base64(SHA-1(HostMerchantId + AmountCode + Amount + MerchantPassword + "" + VBank3DPay2014)). */
    public static String hash(String merchantId, String amountCode, String amount, String password) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest((merchantId + amountCode + amount + password + "VBank3DPay2014")
                                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ the payer's pages

    /** {@code SecurePayment?Ptkn=}: the card page (3D Host) or the ACS (3D Pay); a used or unknown token is an error. */
    public synchronized Page page(String token) {
        PayFlexCpPayment p = byToken.get(token == null ? "" : token);
        if (p == null || p.state == PayFlexCpPayment.State.DONE) {
            return error(p == null ? "Geçersiz ödeme anahtarı (Ptkn)." : "Bu ödeme daha önce tamamlandı.");
        }
        return p.state == PayFlexCpPayment.State.AT_ACS
                ? new Page(Page.Kind.ACS, PayFlexCpPages.acs(p), null, Map.of())
                : new Page(Page.Kind.CARD_FORM, PayFlexCpPages.cardPage(p), null, Map.of());
    }

    /** The 3D Host card page's post: the card, then the ACS. */
    public synchronized Page card(Map<String, String> form) {
        PayFlexCpPayment p = byToken.get(form.getOrDefault("Ptkn", ""));
        if (p == null || p.state != PayFlexCpPayment.State.REGISTERED) {
            return error("Geçersiz ödeme anahtarı (Ptkn).");
        }
        Optional<String> refusal = card(p, form, "Pan", "Cvv");
        if (refusal.isPresent()) {
            return new Page(Page.Kind.CARD_FORM, PayFlexCpPages.cardPage(p), null, Map.of());
        }
        p.state = PayFlexCpPayment.State.AT_ACS;
        return new Page(Page.Kind.ACS, PayFlexCpPages.acs(p), null, Map.of());
    }

    /** The ACS's post: books the sale or its decline, then sends the payer back to the merchant. */
    public synchronized Page authenticate(Map<String, String> form) {
        PayFlexCpPayment p = byToken.get(form.getOrDefault("Ptkn", ""));
        if (p == null || p.state != PayFlexCpPayment.State.AT_ACS) {
            return error("Geçersiz ödeme anahtarı (Ptkn).");
        }
        boolean authenticated = PayFlexCpOutcomes.OTP.equals(form.get("Otp"));
        String code = authenticated
                ? outcomes.code(p.pan, p.expiryYyyyMm, p.amount)
                : PayFlexCpOutcomes.AUTHENTICATION_FAILED;
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        p.transactionId = HexFormat.of().formatHex(bytes(16));
        p.rrn = rrn(now);
        p.hostDate = HOST_DATE.format(now.atZoneSameInstant(clock.getZone()));
        boolean approved = PayFlexCpOutcomes.APPROVED.equals(code);
        p.authCode = approved ? digits(6) : "000000";
        boolean recorded = ledger.record(new LedgerEntry(
                FAMILY,
                p.merchant.merchantId(),
                p.orderId,
                p.amount,
                p.amountCode,
                Math.max(1, p.installments),
                CardNumbers.mask(p.pan),
                approved ? LedgerEntry.APPROVED : code,
                approved ? p.authCode : "",
                p.rrn,
                p.transactionId,
                Integer.toString(ledger.openBatch(FAMILY)),
                now,
                LedgerType.SALE));
        if (approved && !recorded) {
            code = "1061";
            approved = false;
        }
        p.rc = code;
        p.message = PayFlexCpOutcomes.MESSAGES.getOrDefault(
                code, "Aynı sipariş numarasıyla daha önceden başarılı işlem yapılmış");
        p.state = PayFlexCpPayment.State.DONE;
        Map<String, String> back = new LinkedHashMap<>();
        back.put("Rc", p.rc);
        back.put("Message", p.message);
        back.put("TransactionId", p.transactionId);
        back.put("PaymentToken", p.token);
        back.put("MaskedPan", CardNumbers.mask(p.pan));
        if (approved) {
            back.put("AuthCode", p.authCode);
        }
        back.put("OrderID", p.orderId);
        back.put("Amount", p.commaAmount());
        String url = approved ? p.successUrl : p.failUrl;
        return new Page(Page.Kind.CALLBACK, PayFlexCpMarkup.autoPost(url, back), url, back);
    }

    private static Page error(String message) {
        return new Page(Page.Kind.ERROR, PayFlexCpPages.error(message), null, Map.of());
    }

    // ------------------------------------------------------------------------------------------ VposTransaction

    /** The inquiry of one payment by the bank's TransactionId and its token, for its own merchant only. */
    public synchronized PayFlexCpReply inquiry(Map<String, String> f) {
        Optional<PayFlexCpMerchants.Merchant> merchant = merchants.byId(f.getOrDefault("HostMerchantId", ""));
        if (merchant.isEmpty()) {
            return inquiryError("9039", "Üye işyeri bulunamadı.");
        }
        if (!merchant.get().password().equals(f.getOrDefault("Password", ""))) {
            return inquiryError("9065", "Üye işyeri bulunamadı (şifre hatalı).");
        }
        PayFlexCpPayment p = byToken.get(f.getOrDefault("PaymentToken", ""));
        if (p == null
                || p.state != PayFlexCpPayment.State.DONE
                || !p.merchant.merchantId().equals(merchant.get().merchantId())
                || !p.transactionId.equals(f.getOrDefault("TransactionId", ""))) {
            return inquiryError("5024", "İşlem bulunamadı");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Rc", p.rc);
        r.put("AuthCode", p.authCode);
        r.put("Rrn", p.rrn);
        r.put("Message", p.message);
        r.put("TransactionId", p.transactionId);
        r.put("PaymentToken", p.token);
        r.put("MaskedPan", CardNumbers.mask(p.pan));
        r.put("HostMerchantId", p.merchant.merchantId());
        r.put("HostTerminalId", p.merchant.terminalId());
        r.put("AmountCode", p.amountCode);
        r.put("Amount", p.commaAmount());
        r.put("TransactionType", "Sale");
        r.put("OrderID", p.orderId);
        r.put("InstallmentCount", p.installments > 1 ? Integer.toString(p.installments) : "");
        r.put("IsSecure", "True");
        r.put("AllowNotEnrolledCard", "False");
        r.put("SuccessUrl", p.successUrl);
        r.put("FailUrl", p.failUrl);
        r.put("RequestLanguage", p.language);
        r.put("CardHoldersName", p.holder == null ? "" : p.holder);
        r.put("HostDate", p.hostDate);
        r.put("ErrorCode", null);
        r.put("ResponseMessage", null);
        return PayFlexCpReply.xml(PayFlexCpMarkup.xml("VposTransactionResponseContract", r))
                .with(PayFlexCpOutcomes.fault(p.amount));
    }

    private static PayFlexCpReply inquiryError(String code, String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ErrorCode", code);
        r.put("ResponseMessage", message);
        return PayFlexCpReply.xml(PayFlexCpMarkup.xml("VposTransactionResponseContract", r));
    }

    /** The approved sale of a merchant with this bank TransactionId, for the VPOS's follow-ups. */
    synchronized Optional<PayFlexCpPayment> approvedSale(String merchantId, String transactionId) {
        return byToken.values().stream()
                .filter(p -> p.state == PayFlexCpPayment.State.DONE
                        && PayFlexCpOutcomes.APPROVED.equals(p.rc)
                        && p.merchant.merchantId().equals(merchantId)
                        && p.transactionId.equals(transactionId))
                .findFirst();
    }

    // ------------------------------------------------------------------------------------------ helpers

    byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    String rrn(OffsetDateTime now) {
        return String.format("%03d", now.getDayOfYear() % 1000) + digits(9);
    }
}
