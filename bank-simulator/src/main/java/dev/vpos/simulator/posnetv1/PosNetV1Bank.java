package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.posnetv1.PosNetV1Merchants.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated PosNet V1 JSON API without HTTP: {@code POST .../MerchantJSONAPI.svc/<TransactionType>}. Checked first:
 * a JSON object, a known merchant and terminal ({@value PosNetV1Replies#INVALID_MERCHANT}), {@code MACParams} naming
 * at least the fields the operation needs signed and a {@code MAC} that verifies with the store key
 * ({@value PosNetV1Replies#BAD_MAC}), {@code ApiType JSON}, {@code ApiVersion V100}; then the operation's own fields
 * ({@value PosNetV1Replies#FORMAT_ERROR}, naming the field). Sale / Auth with {@code ThreeDSecureData} is the provision
 * of an authenticated 3-D session, booked under {@code TDS_} + the order id.
 */
public final class PosNetV1Bank {

    static final Set<String> CURRENCIES = PosNetV1Books.NUMBER_BY_LETTERS.keySet();

    private final PosNetV1Merchants merchants;
    private final PosNetV1Books books;
    private final PosNetV1Gate gate;
    private final Clock clock;

    public PosNetV1Bank(PosNetV1Merchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.clock = clock;
        this.books = new PosNetV1Books(ledger, clock, random);
        this.gate = new PosNetV1Gate(merchants, books, random);
    }

    public PosNetV1Gate gate() {
        return gate;
    }

    /** A transport fault on top of an answer, asked for by the magic amounts of a signed non-3D authorisation. */
    public enum Fault {
        NONE,
        SLOW_ANSWER,
        MALFORMED_BODY,
        HTTP_500,
        CONNECTION_RESET
    }

    private static final Map<Long, Fault> FAULT_BY_MINOR_UNITS = Map.of(
            777777L,
            Fault.SLOW_ANSWER,
            888888L,
            Fault.MALFORMED_BODY,
            999999L,
            Fault.HTTP_500,
            666666L,
            Fault.CONNECTION_RESET);

    /** The fault a request asks for, before anything is booked. */
    public Fault fault(String transactionType, byte[] body) {
        Optional<JsonObject> r = read(body);
        if (r.isEmpty()
                || !Set.of("Sale", "Auth").contains(transactionType)
                || r.get().get("ThreeDSecureData") instanceof JsonObject
                || signedBy(r.get()).isEmpty()
                || !(r.get().get("Amount") instanceof JsonNumber n)
                || !n.isIntegral()) {
            return Fault.NONE;
        }
        return FAULT_BY_MINOR_UNITS.getOrDefault(n.longValue(), Fault.NONE);
    }

    /** Answers one request to {@code <endpoint>/<transactionType>}. */
    public JsonObject handle(String transactionType, byte[] body) {
        Optional<JsonObject> read = read(body);
        if (read.isEmpty()) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "GECERSIZ ISTEK");
        }
        JsonObject r = read.get();
        Optional<Merchant> m = merchants.find(text(r, "MerchantNo"), text(r, "TerminalNo"));
        if (m.isEmpty()) {
            return PosNetV1Replies.refused(PosNetV1Replies.INVALID_MERCHANT, "INVALID MID TID IP");
        }
        boolean threeD = r.get("ThreeDSecureData") instanceof JsonObject;
        List<String> mustSign = switch (transactionType) {
            case "Sale", "Auth" ->
                threeD
                        ? List.of("MerchantNo", "TerminalNo", "SecureTransactionId", "CavvData", "Eci", "MdStatus")
                        : List.of("MerchantNo", "TerminalNo", "CardNo", "Cvc2", "ExpireDate", "Amount");
            case "Reverse", "Return" -> List.of("MerchantNo", "TerminalNo", "ReferenceCode", "OrderId");
            default -> List.of("MerchantNo", "TerminalNo");
        };
        List<String> signed = Arrays.asList(text(r, "MACParams").split(":"));
        if (!signed.containsAll(mustSign)
                || !PosNetV1Mac.matches(PosNetV1Mac.ofBody(r, m.get().storeKey()), text(r, "MAC"))) {
            return PosNetV1Replies.refused(PosNetV1Replies.BAD_MAC, "MAC HATALI");
        }
        if (!"JSON".equals(text(r, "ApiType")) || !"V100".equals(text(r, "ApiVersion"))) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "ApiType / ApiVersion gecersiz");
        }
        return switch (transactionType) {
            case "Sale", "Auth" ->
                threeD ? provision(m.get(), r, transactionType) : authorize(m.get(), r, transactionType);
            case "Capture", "Reverse", "Return" -> followUp(m.get(), r, transactionType);
            case "TransactionInquiry" -> inquiry(m.get(), r);
            default -> PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "TransactionType gecersiz");
        };
    }

    /** The merchant whose MAC a request carries (for the fault switch). */
    private Optional<Merchant> signedBy(JsonObject r) {
        return merchants
                .find(text(r, "MerchantNo"), text(r, "TerminalNo"))
                .filter(m -> PosNetV1Mac.matches(PosNetV1Mac.ofBody(r, m.storeKey()), text(r, "MAC")));
    }

    private JsonObject authorize(Merchant m, JsonObject r, String type) {
        Optional<String> invalid = payment(r).or(() -> card(r));
        if (invalid.isPresent()) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, invalid.get());
        }
        String orderKey = text(r, "OrderId");
        if (books.hasApproved(m.merchantNo(), orderKey)) {
            return PosNetV1Replies.refused(PosNetV1Replies.ORDER_ID_USED, "ORDERID DAHA ONCE KULLANILMIS");
        }
        BigDecimal amount = minor(r);
        String pan = PosNetV1Mac.find(r, "CardNo");
        LedgerEntry e = books.book(
                m.merchantNo(),
                orderKey,
                amount,
                PosNetV1Books.NUMBER_BY_LETTERS.get(text(r, "CurrencyCode")),
                installments(r),
                CardNumbers.mask(pan),
                books.hostCode(pan, PosNetV1Mac.find(r, "ExpireDate"), amount),
                "Auth".equals(type) ? LedgerType.PRE_AUTH : LedgerType.SALE);
        return e == null
                ? PosNetV1Replies.refused(PosNetV1Replies.ORDER_ID_USED, "ORDERID DAHA ONCE KULLANILMIS")
                : PosNetV1Replies.booked(e);
    }

    private JsonObject provision(Merchant m, JsonObject r, String type) {
        Optional<String> invalid = payment(r);
        if (invalid.isPresent()) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, invalid.get());
        }
        JsonObject secure = r.getJsonObject("ThreeDSecureData");
        Optional<PosNetV1Session> found = gate.authenticated(text(secure, "MD"));
        if (found.isEmpty()
                || !found.get().merchant.equals(m)
                || !found.get().form.get("OrderId").equals(text(r, "OrderId"))
                || !found.get().secureTransactionId.equals(text(secure, "SecureTransactionId"))
                || !found.get().cavv().equals(text(secure, "CavvData"))
                || !found.get().eci().equals(text(secure, "Eci"))
                || !"1".equals(text(secure, "MdStatus"))) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "3D DOGRULAMASI BULUNAMADI (MD)");
        }
        PosNetV1Session s = found.get();
        boolean same = minor(r).compareTo(s.amount) == 0
                && text(r, "CurrencyCode").equals(s.form.get("CurrencyCode"))
                && text(r, "InstallmentCount").equals(s.form.get("InstallmentCount"))
                && type.equals(s.form.get("TransactionType"));
        if (!same) {
            return PosNetV1Replies.refused(
                    PosNetV1Replies.FORMAT_ERROR, "TUTAR, PARA BIRIMI, TAKSIT VEYA ISLEM TIPI 3D ILE AYNI DEGIL");
        }
        String orderKey = "TDS_" + text(r, "OrderId");
        if (books.hasApproved(m.merchantNo(), orderKey) || !s.end()) {
            return PosNetV1Replies.refused(PosNetV1Replies.ORDER_ID_USED, "ORDERID DAHA ONCE KULLANILMIS");
        }
        LedgerEntry e = books.book(
                m.merchantNo(),
                orderKey,
                s.amount,
                PosNetV1Books.NUMBER_BY_LETTERS.get(s.form.get("CurrencyCode")),
                installments(r),
                s.maskedPan(),
                s.hostCode(),
                "Auth".equals(type) ? LedgerType.PRE_AUTH : LedgerType.SALE);
        return e == null
                ? PosNetV1Replies.refused(PosNetV1Replies.ORDER_ID_USED, "ORDERID DAHA ONCE KULLANILMIS")
                : PosNetV1Replies.booked(e);
    }

    private JsonObject followUp(Merchant m, JsonObject r, String type) {
        boolean withAmount = !"Reverse".equals(type);
        String reference = text(r, "ReferenceCode");
        String orderId = text(r, "OrderId");
        if (reference.isEmpty() == orderId.isEmpty() && !"Capture".equals(type)) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "ReferenceCode veya OrderId gerekli");
        }
        if ("Capture".equals(type) && reference.isEmpty()) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "ReferenceCode gerekli");
        }
        if (!"Capture".equals(type) && !Set.of("Sale", "Auth").contains(text(r, "TransactionType"))) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "TransactionType gecersiz");
        }
        if (withAmount && !(r.get("Amount") instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0)) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "Amount gecersiz");
        }
        if (withAmount && !CURRENCIES.contains(text(r, "CurrencyCode"))) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "CurrencyCode gecersiz");
        }
        Optional<String> orderKey =
                reference.isEmpty() ? Optional.of(orderId) : books.orderOf(m.merchantNo(), reference);
        if (orderKey.isEmpty()) {
            return PosNetV1Replies.refused(PosNetV1Replies.NOT_FOUND, "ISLEM BULUNAMADI");
        }
        Object result = books.followUp(
                m.merchantNo(),
                orderKey.get(),
                type,
                withAmount ? minor(r) : null,
                withAmount ? PosNetV1Books.NUMBER_BY_LETTERS.get(text(r, "CurrencyCode")) : null);
        if (result instanceof String[] refusal) {
            return PosNetV1Replies.refused(refusal[0], refusal[1]);
        }
        return PosNetV1Replies.booked((LedgerEntry) result);
    }

    private JsonObject inquiry(Merchant m, JsonObject r) {
        String orderKey = text(r, "OrderId");
        if (orderKey.isEmpty()) {
            return PosNetV1Replies.refused(PosNetV1Replies.FORMAT_ERROR, "OrderId gerekli");
        }
        List<LedgerEntry> entries = books.entries(m.merchantNo(), orderKey);
        return entries.isEmpty()
                ? PosNetV1Replies.refused(PosNetV1Replies.NO_RECORD, "Kayıt Bulunamadı")
                : PosNetV1Replies.inquiry(entries, clock);
    }

    /** An authorisation's order id, amount, currency and installments. */
    private static Optional<String> payment(JsonObject r) {
        if (!text(r, "OrderId").matches("[A-Za-z0-9_]{20}")) {
            return Optional.of("OrderId 20 karakter olmali");
        }
        if (!(r.get("Amount") instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
            return Optional.of("Amount kurus cinsinden tam sayi olmali");
        }
        if (!CURRENCIES.contains(text(r, "CurrencyCode"))) {
            return Optional.of("CurrencyCode gecersiz");
        }
        String installments = text(r, "InstallmentCount");
        if (!installments.matches("0|[2-9]|1[0-2]")) {
            return Optional.of("InstallmentCount gecersiz");
        }
        if (!("0".equals(installments) ? "N" : "Y").equals(text(r, "InstallmentType"))) {
            return Optional.of("InstallmentType gecersiz");
        }
        return Optional.empty();
    }

    private static Optional<String> card(JsonObject r) {
        if (!(r.get("CardInformationData") instanceof JsonObject c)) {
            return Optional.of("CardInformationData gerekli");
        }
        if (!CardNumbers.wellFormed(text(c, "CardNo"))) {
            return Optional.of("CardNo gecersiz");
        }
        if (!text(c, "ExpireDate").matches("\\d{2}(0[1-9]|1[0-2])")) {
            return Optional.of("ExpireDate YYAA olmali");
        }
        if (!text(c, "Cvc2").matches("\\d{3,4}")) {
            return Optional.of("Cvc2 gecersiz");
        }
        return Optional.empty();
    }

    private static BigDecimal minor(JsonObject r) {
        return BigDecimal.valueOf(r.getJsonNumber("Amount").longValue(), 2);
    }

    private static int installments(JsonObject r) {
        return Math.max(1, Integer.parseInt(text(r, "InstallmentCount")));
    }

    static Optional<JsonObject> read(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue v = reader.readValue();
            return v instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static String text(JsonObject o, String name) {
        return PosNetV1Mac.text(o.get(name));
    }
}
