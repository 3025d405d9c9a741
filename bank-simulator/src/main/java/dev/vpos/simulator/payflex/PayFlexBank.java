package dev.vpos.simulator.payflex;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.XmlRequestBody;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payflex.PayFlexReply.Fault;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The simulated VakıfBank VPOS 7/24 without HTTP: the provision service ({@code prmstr=<VposRequest>}: Sale, Auth,
 * Capture, Cancel, Refund, and the 3-D provision with ECI/CAVV/MpiTransactionId) and the search service
 * ({@code prmstr=<SearchRequest>}). Approved and declined authorisations and approved follow-ups are booked in the
 * {@link Ledger} under {@link #FAMILY}; requests refused by a check are answered with a short error and not booked.
 *
 * <p>Follow-up rules: Capture closes an uncaptured pre-authorisation for at most its amount (partial allowed, once);
 * Cancel voids any transaction of the order while the authorisation's batch is open (day end not yet done);
 * Refund needs the authorisation's batch closed (same day: use Cancel), partial refunds allowed up to what was
 * captured. A follow-up's {@code ReferenceTransactionId} may name any of the order's transactions.
 */
public final class PayFlexBank {

    public static final String FAMILY = "PAYFLEX";
    public static final String API_PATH = "/payflex/VposService/v3/Vposreq.aspx";
    public static final String SEARCH_PATH = "/payflex/UIService/Search.aspx";
    static final Set<String> CURRENCIES = Set.of("949", "840", "978", "826");
    private static final Set<String> TYPES = Set.of("Sale", "Auth", "Capture", "Cancel", "Refund");
    private static final DateTimeFormatter HOST_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PayFlexMerchants merchants;
    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final PayFlexOutcomes outcomes;
    private final PayFlexMpi mpi;

    public PayFlexBank(PayFlexMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
        this.outcomes = new PayFlexOutcomes(clock);
        this.mpi = new PayFlexMpi(merchants, random);
    }

    public PayFlexMpi mpi() {
        return mpi;
    }

    /** A refusal before anything is booked: code and message. */
    private record Refusal(String code, String message) {}

    // ------------------------------------------------------------------------------------------ provision service

    public PayFlexReply vpos(byte[] body, String contentType) {
        Optional<Map<String, String>> fields = flat(body, contentType, "VposRequest");
        if (fields.isEmpty()) {
            return refusal(new Refusal("0030", "Format hatası (üye işyeri): VposRequest okunamadı"));
        }
        Map<String, String> f = fields.get();
        Optional<PayFlexMerchants.Merchant> merchant = merchants.byId(f.getOrDefault("MerchantId", ""));
        if (merchant.isEmpty()) {
            return refusal(new Refusal("9039", "Üye işyeri bulunamadı."));
        }
        PayFlexMerchants.Merchant m = merchant.get();
        if (!m.password().equals(f.getOrDefault("Password", ""))) {
            return refusal(new Refusal("9065", "Üye işyeri bulunamadı (şifre hatalı)."));
        }
        String type = f.getOrDefault("TransactionType", "");
        if (!TYPES.contains(type)) {
            return refusal(new Refusal("1082", "Geçersiz işlem tipi"));
        }
        String terminal = f.getOrDefault("TerminalNo", "");
        boolean terminalRequired = !type.equals("Cancel") && !type.equals("Refund");
        if ((terminalRequired || !terminal.isEmpty()) && !m.terminalNo().equals(terminal)) {
            return refusal(new Refusal("1125", "Terminal bulunamadı"));
        }
        if (!f.getOrDefault("ClientIp", "").matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:]{2,39}")) {
            return refusal(new Refusal("1096", "Provizyon talep mesajına ClientIp değerini gönderiniz."));
        }
        String transactionId = f.getOrDefault("TransactionId", "");
        if (!transactionId.isEmpty() && !transactionId.matches("[A-Za-z0-9_-]{1,40}")) {
            return refusal(new Refusal("1054", "İşlem numarası hatalı."));
        }
        synchronized (this) {
            if (!transactionId.isEmpty()
                    && byTransactionId(m.merchantId(), transactionId).isPresent()) {
                return refusal(new Refusal("1006", "Bu işlem numarası ile daha önce bir işlem gerçekleştirilmiş"));
            }
            String id = transactionId.isEmpty() ? HexFormat.of().formatHex(bytes(16)) : transactionId;
            return switch (type) {
                case "Sale", "Auth" ->
                    authorization(m, f, id, type.equals("Auth") ? LedgerType.PRE_AUTH : LedgerType.SALE);
                case "Capture" -> capture(m, f, id);
                case "Cancel" -> cancel(m, f, id);
                default -> refund(m, f, id);
            };
        }
    }

    private PayFlexReply authorization(
            PayFlexMerchants.Merchant m, Map<String, String> f, String transactionId, LedgerType type) {
        if (f.getOrDefault("TransactionDeviceSource", "").isEmpty()) {
            return refusal(new Refusal("1121", "TransactionDeviceSource alanının gönderilmesi zorunludur."));
        }
        String orderId = f.getOrDefault("OrderId", "");
        if (!orderId.matches("[A-Za-z0-9_-]{1,64}")) {
            return refusal(new Refusal("1078", "Geçersiz sipariş numarası"));
        }
        Optional<Refusal> money = moneyRefusal(f);
        if (money.isPresent()) {
            return refusal(money.get());
        }
        String installments = f.getOrDefault("NumberOfInstallments", "");
        if (!validInstallments(installments)) {
            return refusal(new Refusal("1060", "Hatalı taksit sayısı."));
        }
        String pan = f.getOrDefault("Pan", "");
        if (!CardNumbers.wellFormed(pan)) {
            return refusal(new Refusal("1051", "Kredi kartı numarası hatalı."));
        }
        String expiry = f.getOrDefault("Expiry", "");
        if (!expiry.matches("20\\d{2}(0[1-9]|1[0-2])")) {
            return refusal(new Refusal("1052", "Kart vadesi hatalı veya vade formatı hatalı"));
        }
        BigDecimal amount = new BigDecimal(f.get("CurrencyAmount"));
        int count = installments.isEmpty() ? 0 : Integer.parseInt(installments);
        boolean threeD = f.containsKey("MpiTransactionId") || f.containsKey("ECI") || f.containsKey("CAVV");
        PayFlexMpi.Session session = null;
        if (threeD) {
            Optional<Refusal> mpiRefusal = mpiRefusal(m, f, pan, expiry, amount, count);
            if (mpiRefusal.isPresent()) {
                return refusal(mpiRefusal.get());
            }
            session = mpi.session(m.merchantId(), f.get("MpiTransactionId")).orElseThrow();
        } else if (!f.getOrDefault("Cvv", "").matches("\\d{3,4}")) {
            return refusal(new Refusal("1050", "CVV hatalı."));
        }
        if (ledger.hasApproved(FAMILY, m.merchantId(), orderId)) {
            return refusal(new Refusal("1061", "Aynı sipariş numarasıyla daha önceden başarılı işlem yapılmış"));
        }
        PayFlexOutcomes.Outcome outcome = outcomes.outcome(pan, expiry, amount);
        if (outcome.fault() == Fault.HTTP_500) {
            return new PayFlexReply(500, PayFlexReply.HTML, new byte[0], Fault.HTTP_500);
        }
        if (session != null) {
            mpi.use(session);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String authCode = outcome.approved() ? digits(6) : "000000";
        String rrn = rrn(now);
        String batch = Integer.toString(ledger.openBatch(FAMILY));
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                m.merchantId(),
                orderId,
                amount,
                f.get("CurrencyCode"),
                count,
                CardNumbers.mask(pan),
                outcome.approved() ? LedgerEntry.APPROVED : outcome.code(),
                outcome.approved() ? authCode : "",
                rrn,
                transactionId,
                batch,
                now,
                type);
        if (!ledger.record(entry)) {
            return refusal(new Refusal("1061", "Aynı sipariş numarasıyla daha önceden başarılı işlem yapılmış"));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("MerchantId", m.merchantId());
        r.put("TransactionType", type == LedgerType.PRE_AUTH ? "Auth" : "Sale");
        r.put("TransactionId", transactionId);
        r.put("ResultCode", outcome.code());
        r.put("ResultDetail", outcome.message());
        r.put("InstallmentTable", "");
        r.put("AuthCode", authCode);
        r.put("HostDate", HOST_DATE.format(now.atZoneSameInstant(clock.getZone())));
        r.put("Rrn", rrn);
        r.put("TerminalNo", m.terminalNo());
        r.put("CurrencyAmount", f.get("CurrencyAmount"));
        r.put("CurrencyCode", f.get("CurrencyCode"));
        r.put("OrderId", orderId);
        if (threeD) {
            r.put("ECI", f.get("ECI"));
        }
        r.put("ThreeDSecureType", threeD ? "2" : "1");
        r.put("TransactionDeviceSource", f.get("TransactionDeviceSource"));
        r.put("BatchNo", batch);
        r.put("TLAmount", f.get("CurrencyAmount"));
        return PayFlexReply.xml(PayFlexMarkup.xml("VposResponse", r)).with(outcome.fault());
    }

    /** The 3-D provision's MPI data must be those of an authenticated, unspent enrollment for the same card and amount. */
    private Optional<Refusal> mpiRefusal(
            PayFlexMerchants.Merchant m,
            Map<String, String> f,
            String pan,
            String expiry,
            BigDecimal amount,
            int installments) {
        String mpiId = f.getOrDefault("MpiTransactionId", "");
        if (mpiId.isEmpty()) {
            return Optional.of(new Refusal("1114", "MpiTransactionId alanı boş gönderilmiş"));
        }
        if (f.getOrDefault("ECI", "").isEmpty() || f.getOrDefault("CAVV", "").isEmpty()) {
            return Optional.of(new Refusal("0581", "ECI veya CAVV bilgisi eksik"));
        }
        Optional<PayFlexMpi.Session> found = mpi.session(m.merchantId(), mpiId);
        if (found.isEmpty()) {
            return Optional.of(new Refusal("1115", "MpiTransactionId bulunamıyor"));
        }
        PayFlexMpi.Session s = found.get();
        if (s.used) {
            return Optional.of(new Refusal("1128", "MpiTransactionId daha önce başka bir işlem için kullanılmış"));
        }
        if (!s.authenticated()) {
            return Optional.of(new Refusal(PayFlexMpi.AUTHENTICATION_FAILED, "3D Secure şifre doğrulaması yapılamadı"));
        }
        if (!s.eci.equals(f.get("ECI"))) {
            return Optional.of(new Refusal("1116", "ECI değeri MPI ile uyumsuz"));
        }
        if (!s.cavv.equals(f.get("CAVV"))) {
            return Optional.of(new Refusal("1117", "CAVV değeri MPI ile uyumsuz"));
        }
        if (!s.pan.equals(pan)
                || !s.expiryYyMm.equals(expiry.substring(2))
                || s.amount.compareTo(amount) != 0
                || !s.currency.equals(f.get("CurrencyCode"))
                || Math.max(s.installments, 1) != Math.max(installments, 1)) {
            return Optional.of(new Refusal("1126", "MPI işlemindeki veriler ile uyumsuz"));
        }
        return Optional.empty();
    }

    private PayFlexReply capture(PayFlexMerchants.Merchant m, Map<String, String> f, String transactionId) {
        Optional<Refusal> money = moneyRefusal(f);
        if (money.isPresent()) {
            return refusal(money.get());
        }
        Optional<LedgerOrder> order = referencedOrder(m, f);
        if (order.isEmpty() || !order.get().isPreAuthorization()) {
            return refusal(new Refusal("0320", "Önprovizyon yok"));
        }
        LedgerOrder o = order.get();
        LedgerEntry auth = o.authorization().orElseThrow();
        if (o.voided()) {
            return refusal(new Refusal("1088", "Önprovizyon iptal edilmiş"));
        }
        if (!o.capturable()) {
            return refusal(new Refusal("1065", "Ön provizyon daha önceden kapatılmış"));
        }
        BigDecimal amount = new BigDecimal(f.get("CurrencyAmount"));
        if (amount.compareTo(auth.amount()) > 0 || !auth.currency().equals(f.get("CurrencyCode"))) {
            return refusal(new Refusal("0323", "Önprovizyon kapama tutarı eşlenmedi"));
        }
        return followUp(m, f, transactionId, auth, amount, LedgerType.POST_AUTH, "Capture");
    }

    private PayFlexReply cancel(PayFlexMerchants.Merchant m, Map<String, String> f, String transactionId) {
        Optional<LedgerOrder> order = referencedOrder(m, f);
        if (order.isEmpty()) {
            return refusal(new Refusal("1007", "Referans transaction alınamadı"));
        }
        LedgerOrder o = order.get();
        if (o.voided()) {
            return refusal(new Refusal("1083", "Referans işlem daha önceden iptal edilmiş."));
        }
        if (!o.authorizationInOpenBatch()) {
            return refusal(new Refusal("2202", "İşlem iptal edilemez. (Batch kapalı) İade yapınız."));
        }
        if (!o.voidable()) {
            return refusal(new Refusal("1123", "Kayıt iade durumda"));
        }
        LedgerEntry auth = o.authorization().orElseThrow();
        return followUp(m, f, transactionId, auth, auth.amount(), LedgerType.VOID, "Cancel");
    }

    private PayFlexReply refund(PayFlexMerchants.Merchant m, Map<String, String> f, String transactionId) {
        if (!validAmount(f.getOrDefault("CurrencyAmount", ""))) {
            return refusal(new Refusal("1049", "Geçersiz tutar."));
        }
        Optional<LedgerOrder> order = referencedOrder(m, f);
        if (order.isEmpty()) {
            return refusal(new Refusal("0540", "İade edilecek işlemin orijinali bulunamadı"));
        }
        LedgerOrder o = order.get();
        if (o.voided()) {
            return refusal(new Refusal("0982", "İşlem iptal durumda. İade edilemez"));
        }
        if (o.authorizationInOpenBatch()) {
            return refusal(new Refusal("1089", "Gün sonu yapılmamış işlem iade edilemez; iptal (Cancel) yapınız"));
        }
        if (o.captured().signum() == 0) {
            return refusal(new Refusal("1089", "Kapatılmamış önprovizyon iade edilemez"));
        }
        if (o.refundable().signum() == 0) {
            return refusal(new Refusal("1059", "İşlemin tamamı iade edilmiş."));
        }
        BigDecimal amount = new BigDecimal(f.get("CurrencyAmount"));
        if (amount.compareTo(o.refundable()) > 0) {
            return refusal(new Refusal("1046", "Toplam iade tutarı orijinal tutarı aştı."));
        }
        return followUp(m, f, transactionId, o.authorization().orElseThrow(), amount, LedgerType.REFUND, "Refund");
    }

    private PayFlexReply followUp(
            PayFlexMerchants.Merchant m,
            Map<String, String> f,
            String transactionId,
            LedgerEntry auth,
            BigDecimal amount,
            LedgerType type,
            String typeName) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String authCode = digits(6);
        String rrn = rrn(now);
        String batch = Integer.toString(ledger.openBatch(FAMILY));
        ledger.record(new LedgerEntry(
                FAMILY,
                m.merchantId(),
                auth.orderId(),
                amount,
                auth.currency(),
                auth.installments(),
                auth.maskedPan(),
                LedgerEntry.APPROVED,
                authCode,
                rrn,
                transactionId,
                batch,
                now,
                type));
        String formatted =
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("MerchantId", m.merchantId());
        r.put("TransactionType", typeName);
        r.put("TransactionId", transactionId);
        r.put("ReferenceTransactionId", f.get("ReferenceTransactionId"));
        r.put("ResultCode", PayFlexOutcomes.APPROVED);
        r.put("ResultDetail", PayFlexOutcomes.MESSAGES.get(PayFlexOutcomes.APPROVED));
        r.put("InstallmentTable", "");
        r.put("AuthCode", authCode);
        r.put("HostDate", HOST_DATE.format(now.atZoneSameInstant(clock.getZone())));
        r.put("Rrn", rrn);
        r.put("TerminalNo", m.terminalNo());
        r.put("CurrencyAmount", formatted);
        r.put("CurrencyCode", auth.currency());
        r.put("OrderId", auth.orderId());
        r.put("BatchNo", batch);
        r.put("TLAmount", formatted);
        return PayFlexReply.xml(PayFlexMarkup.xml("VposResponse", r));
    }

    // ------------------------------------------------------------------------------------------ search service

    public PayFlexReply search(byte[] body, String contentType) {
        Optional<Document> doc = XmlRequestBody.read(body, contentType, "prmstr");
        if (doc.isEmpty()
                || !"SearchRequest".equals(doc.get().getDocumentElement().getNodeName())) {
            return searchError("4007", "Arama kriteri hatalı");
        }
        Element root = doc.get().getDocumentElement();
        Map<String, String> merchant = children(child(root, "MerchantCriteria"));
        Map<String, String> criteria = children(child(root, "TransactionCriteria"));
        Optional<PayFlexMerchants.Merchant> m = merchants
                .byId(merchant.getOrDefault("HostMerchantId", ""))
                .filter(x -> x.password().equals(merchant.getOrDefault("MerchantPassword", "")));
        if (m.isEmpty()) {
            return searchError("9065", "Üye isyeri bulunamadi");
        }
        String transactionId = criteria.getOrDefault("TransactionId", "");
        String orderId = criteria.getOrDefault("OrderId", "");
        if (transactionId.isEmpty() && orderId.isEmpty()) {
            return searchError("4005", "En az bir sorgu kriteri zorunlu");
        }
        Optional<LedgerEntry> found;
        synchronized (this) {
            found = transactionId.isEmpty()
                    ? byOrderId(m.get().merchantId(), orderId)
                    : byTransactionId(m.get().merchantId(), transactionId);
        }
        Map<String, Object> root2 = new LinkedHashMap<>();
        root2.put("ResponseInfo", responseInfo("Success", "0000", "Succeeded."));
        root2.put("PageIndex", "1");
        root2.put("PageSize", "10");
        root2.put("TotalItemCount", found.isPresent() ? "1" : "0");
        found.ifPresent(e -> root2.put("TransactionSearchResultInfo", Map.of("TransactionSearchResultInfo", info(e))));
        return PayFlexReply.xml(PayFlexMarkup.xml("SearchResponse", root2));
    }

    private Map<String, Object> info(LedgerEntry e) {
        LedgerOrder o = ledger.order(FAMILY, e.clientId(), e.orderId());
        boolean approved = e.isApproved();
        String code = approved ? PayFlexOutcomes.APPROVED : e.resultCode();
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("MerchantId", e.clientId());
        i.put(
                "TransactionType",
                switch (e.type()) {
                    case SALE -> "Sale";
                    case PRE_AUTH -> "Auth";
                    case POST_AUTH -> "Capture";
                    case VOID -> "Cancel";
                    case REFUND -> "Refund";
                });
        i.put("TransactionId", e.transId());
        i.put("OrderId", e.orderId());
        i.put("ResultCode", code);
        i.put("ResponseMessage", PayFlexOutcomes.MESSAGES.getOrDefault(code, "RED"));
        i.put("HostResultCode", code.substring(1));
        i.put("AuthCode", e.authCode());
        i.put("HostDate", HOST_DATE.format(e.timestamp().atZoneSameInstant(clock.getZone())));
        i.put("Rrn", e.hostRefNum());
        i.put(
                "CurrencyAmount",
                e.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
        i.put("AmountCode", e.currency());
        i.put("CurrencyCode", "");
        i.put("ThreeDSecureType", "1");
        i.put("IsReversed", "false");
        i.put("IsCanceled", Boolean.toString(approved && o.voided()));
        i.put(
                "IsRefunded",
                Boolean.toString(
                        approved && o.refunded().signum() > 0 && o.refundable().signum() == 0));
        return i;
    }

    private static Map<String, Object> responseInfo(String status, String code, String message) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("Status", status);
        info.put("ResponseCode", code);
        info.put("ResponseMessage", message);
        info.put("ResponseDateTime", OffsetDateTime.now().toString());
        info.put("IsIdempotent", "false");
        return info;
    }

    private static PayFlexReply searchError(String code, String message) {
        return PayFlexReply.xml(
                PayFlexMarkup.xml("SearchResponse", Map.of("ResponseInfo", responseInfo("Error", code, message))));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The order a follow-up refers to: the approved transaction with that TransactionId, then its whole order. */
    private Optional<LedgerOrder> referencedOrder(PayFlexMerchants.Merchant m, Map<String, String> f) {
        return byTransactionId(m.merchantId(), f.getOrDefault("ReferenceTransactionId", ""))
                .filter(LedgerEntry::isApproved)
                .map(e -> ledger.order(FAMILY, m.merchantId(), e.orderId()))
                .filter(LedgerOrder::exists);
    }

    private Optional<LedgerEntry> byTransactionId(String merchantId, String transactionId) {
        if (transactionId.isEmpty()) {
            return Optional.empty();
        }
        return ledger.newestFirst(Optional.empty()).stream()
                .filter(e -> e.family().equals(FAMILY)
                        && e.clientId().equals(merchantId)
                        && transactionId.equals(e.transId()))
                .findFirst();
    }

    /** The order's approved authorisation, else its latest authorisation attempt. */
    private Optional<LedgerEntry> byOrderId(String merchantId, String orderId) {
        List<LedgerEntry> entries = ledger.entriesOf(FAMILY, merchantId, orderId);
        return entries.stream()
                .filter(LedgerEntry::isApprovedAuthorization)
                .findFirst()
                .or(() ->
                        entries.stream().filter(e -> e.type().isAuthorization()).findFirst());
    }

    private static Optional<Refusal> moneyRefusal(Map<String, String> f) {
        if (!validAmount(f.getOrDefault("CurrencyAmount", ""))) {
            return Optional.of(new Refusal("1049", "Geçersiz tutar."));
        }
        if (!CURRENCIES.contains(f.getOrDefault("CurrencyCode", ""))) {
            return Optional.of(new Refusal("1077", "Para kodu hatalı"));
        }
        return Optional.empty();
    }

    /** "1.01", "100.00": digits, a dot and two decimals, more than zero. */
    static boolean validAmount(String text) {
        return text.matches("\\d{1,10}\\.\\d{2}") && new BigDecimal(text).signum() > 0;
    }

    /** Absent, "0" (single payment) or 2–36. */
    static boolean validInstallments(String text) {
        if (text.isEmpty() || text.equals("0")) {
            return true;
        }
        return text.matches("\\d{1,2}") && Integer.parseInt(text) >= 2 && Integer.parseInt(text) <= 36;
    }

    private static PayFlexReply refusal(Refusal r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ResultCode", r.code());
        fields.put("ResultDetail", r.message());
        fields.put("InstallmentTable", "");
        return PayFlexReply.xml(PayFlexMarkup.xml("VposResponse", fields));
    }

    private static Optional<Map<String, String>> flat(byte[] body, String contentType, String root) {
        Optional<Document> doc = XmlRequestBody.read(body, contentType, "prmstr");
        if (doc.isEmpty() || !root.equals(doc.get().getDocumentElement().getNodeName())) {
            return Optional.empty();
        }
        return Optional.of(children(doc.get().getDocumentElement()));
    }

    private static Map<String, String> children(Element parent) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                values.putIfAbsent(e.getNodeName(), e.getTextContent().trim());
            }
        }
        return values;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    /** 12 digits: year digit, day of year, then 8 random digits (as Turkish hosts' RRNs look). */
    private String rrn(OffsetDateTime now) {
        return (now.getYear() % 10) + String.format("%03d", now.getDayOfYear()) + digits(8);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
