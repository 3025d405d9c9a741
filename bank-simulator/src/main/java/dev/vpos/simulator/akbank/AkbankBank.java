package dev.vpos.simulator.akbank;

import dev.vpos.simulator.akbank.AkbankMerchants.Merchant;
import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated Akbank virtual POS API without HTTP: {@code POST .../transaction/process}, a JSON body signed in the
 * {@code auth-hash} header (HMAC-SHA512 of the exact body with the terminal's secret key). Checked first: a known
 * {@code terminal} (merchant + terminal safe ids) and the signature ({@code VPS-1099}), {@code version 1.00}, a
 * 128-hex {@code randomNumber}, a {@code requestDateTime} within {@value #MINUTES} minutes ({@code VPS-1073}); then the
 * {@code txnCode}'s own fields ({@code VPS-1001}). 1000/1004 with a {@code secureTransaction} block is the provision
 * of an authenticated 3D-model session (its amount, currency and installments must be the session's).
 */
public final class AkbankBank {

    static final long MINUTES = 10;
    private static final Set<Integer> CURRENCIES = Set.of(949, 840, 978);

    private final AkbankMerchants merchants;
    private final Clock clock;
    private final AkbankBooks books;
    private final AkbankGate gate;

    public AkbankBank(AkbankMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.clock = clock;
        this.books = new AkbankBooks(ledger, clock, random);
        this.gate = new AkbankGate(merchants, books, clock, random);
    }

    public AkbankGate gate() {
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

    private static final java.util.Map<BigDecimal, Fault> FAULT_BY_AMOUNT = java.util.Map.of(
            new BigDecimal("7777.77"), Fault.SLOW_ANSWER,
            new BigDecimal("8888.88"), Fault.MALFORMED_BODY,
            new BigDecimal("9999.99"), Fault.HTTP_500,
            new BigDecimal("6666.66"), Fault.CONNECTION_RESET);

    /** The fault a request asks for, before anything is booked (so the servlet can fail or pause first). */
    public Fault fault(byte[] body, String authHash) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            if (!(reader.readValue() instanceof JsonObject r)
                    || !Set.of("1000", "1004").contains(text(r, "txnCode"))
                    || r.containsKey("secureTransaction")) {
                return Fault.NONE;
            }
            Optional<Merchant> m =
                    merchants.find(text(r, "terminal.merchantSafeId"), text(r, "terminal.terminalSafeId"));
            if (m.isEmpty() || !AkbankHmac.matches(AkbankHmac.of(body, m.get().secretKey()), authHash)) {
                return Fault.NONE;
            }
            BigDecimal amount = new BigDecimal(text(r, "transaction.amount"));
            return FAULT_BY_AMOUNT.entrySet().stream()
                    .filter(e -> e.getKey().compareTo(amount) == 0)
                    .map(java.util.Map.Entry::getValue)
                    .findFirst()
                    .orElse(Fault.NONE);
        } catch (JsonException | IllegalStateException | NumberFormatException e) {
            return Fault.NONE;
        }
    }

    /** Answers one API request ({@code authHash}: the {@code auth-hash} header, null when absent). */
    public JsonObject handle(byte[] body, String authHash) {
        JsonObject r;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue v = reader.readValue();
            if (!(v instanceof JsonObject o)) {
                return AkbankReplies.refused("", AkbankReplies.INVALID_FIELD, "Geçersiz istek", null, clock);
            }
            r = o;
        } catch (JsonException | IllegalStateException e) {
            return AkbankReplies.refused("", AkbankReplies.INVALID_FIELD, "Geçersiz istek", null, clock);
        }
        String txnCode = text(r, "txnCode");
        String orderId = text(r, "order.orderId");
        Optional<Merchant> m = merchants.find(text(r, "terminal.merchantSafeId"), text(r, "terminal.terminalSafeId"));
        if (m.isEmpty() || !AkbankHmac.matches(AkbankHmac.of(body, m.get().secretKey()), authHash)) {
            return AkbankReplies.refused(txnCode, AkbankReplies.BAD_HASH, "Hash doğrulanamadı", orderId, clock);
        }
        if (!"1.00".equals(text(r, "version")) || !text(r, "randomNumber").matches("[0-9A-Fa-f]{128}")) {
            return AkbankReplies.refused(
                    txnCode, AkbankReplies.INVALID_FIELD, "version veya randomNumber geçersiz", orderId, clock);
        }
        if (!fresh(text(r, "requestDateTime"))) {
            return AkbankReplies.refused(
                    txnCode, AkbankReplies.BAD_TIME, "Geçerli talep tarihi giriniz.", orderId, clock);
        }
        if (!orderId.matches("[A-Za-z0-9_-]{1,64}")) {
            return AkbankReplies.refused(
                    txnCode, AkbankReplies.INVALID_FIELD, "Sipariş numarası geçersiz", orderId, clock);
        }
        return switch (txnCode) {
            case "1000", "1004" ->
                r.containsKey("secureTransaction") ? provision(m.get(), r, txnCode) : authorize(m.get(), r, txnCode);
            case "1005", "1002", "1003" -> followUp(m.get(), r, txnCode);
            case "1010" -> books.history(m.get().merchantSafeId(), orderId);
            default -> AkbankReplies.refused(txnCode, AkbankReplies.INVALID_FIELD, "txnCode geçersiz", orderId, clock);
        };
    }

    private JsonObject authorize(Merchant m, JsonObject r, String txnCode) {
        String orderId = text(r, "order.orderId");
        Optional<String> invalid = transaction(r, true).or(() -> card(r));
        if (invalid.isPresent()) {
            return AkbankReplies.refused(txnCode, AkbankReplies.INVALID_FIELD, invalid.get(), orderId, clock);
        }
        if (books.hasApproved(m.merchantSafeId(), orderId)) {
            return AkbankReplies.refused(
                    txnCode,
                    AkbankReplies.ORDER_ID_USED,
                    "Sipariş Numarası : " + orderId + " tekil olmalıdır",
                    orderId,
                    clock);
        }
        BigDecimal amount = new BigDecimal(text(r, "transaction.amount"));
        String pan = text(r, "card.cardNumber");
        LedgerEntry e = books.book(
                m.merchantSafeId(),
                orderId,
                amount,
                text(r, "transaction.currencyCode"),
                Integer.parseInt(text(r, "transaction.installCount")),
                CardNumbers.mask(pan),
                books.hostCode(pan, text(r, "card.expireDate"), amount),
                "1004".equals(txnCode) ? LedgerType.PRE_AUTH : LedgerType.SALE);
        return e == null
                ? AkbankReplies.refused(
                        txnCode,
                        AkbankReplies.ORDER_ID_USED,
                        "Sipariş Numarası : " + orderId + " tekil olmalıdır",
                        orderId,
                        clock)
                : AkbankReplies.booked(txnCode, e, clock);
    }

    private JsonObject provision(Merchant m, JsonObject r, String txnCode) {
        String orderId = text(r, "order.orderId");
        Optional<String> invalid = transaction(r, true);
        if (invalid.isPresent()) {
            return AkbankReplies.refused(txnCode, AkbankReplies.INVALID_FIELD, invalid.get(), orderId, clock);
        }
        if (books.hasApproved(m.merchantSafeId(), orderId)) {
            return AkbankReplies.refused(
                    txnCode,
                    AkbankReplies.ORDER_ID_USED,
                    "Sipariş Numarası : " + orderId + " tekil olmalıdır",
                    orderId,
                    clock);
        }
        Optional<AkbankSession> found = gate.authenticated(text(r, "secureTransaction.secureMd"));
        if (found.isEmpty()
                || !found.get().orderId().equals(orderId)
                || !found.get().merchant.equals(m)
                || !text(r, "secureTransaction.secureId").equals(found.get().id)) {
            return AkbankReplies.refused(
                    txnCode, AkbankReplies.THREE_D_FAILED, "3D doğrulaması bulunamadı", orderId, clock);
        }
        AkbankSession s = found.get();
        boolean same = new BigDecimal(text(r, "transaction.amount")).compareTo(s.amount) == 0
                && text(r, "transaction.currencyCode").equals(s.form.get("currencyCode"))
                && text(r, "transaction.installCount").equals(s.form.get("installCount"))
                && ("1004".equals(txnCode) == s.preAuth);
        if (!same) {
            return AkbankReplies.refused(
                    txnCode,
                    AkbankReplies.INVALID_FIELD,
                    "Tutar, para birimi, taksit veya işlem tipi 3D doğrulamasıyla aynı değil",
                    orderId,
                    clock);
        }
        if (!s.move(AkbankSession.Stage.AUTHENTICATED, AkbankSession.Stage.ENDED)) {
            return AkbankReplies.refused(
                    txnCode,
                    AkbankReplies.ORDER_ID_USED,
                    "Sipariş Numarası : " + orderId + " tekil olmalıdır",
                    orderId,
                    clock);
        }
        LedgerEntry e = books.book(
                m.merchantSafeId(),
                orderId,
                s.amount,
                s.form.get("currencyCode"),
                Integer.parseInt(s.form.get("installCount")),
                s.maskedPan(),
                s.hostCode(),
                s.preAuth ? LedgerType.PRE_AUTH : LedgerType.SALE);
        return e == null
                ? AkbankReplies.refused(
                        txnCode,
                        AkbankReplies.ORDER_ID_USED,
                        "Sipariş Numarası : " + orderId + " tekil olmalıdır",
                        orderId,
                        clock)
                : AkbankReplies.booked(txnCode, e, clock);
    }

    private JsonObject followUp(Merchant m, JsonObject r, String txnCode) {
        String orderId = text(r, "order.orderId");
        boolean withAmount = !"1003".equals(txnCode);
        Optional<String> invalid = withAmount ? transaction(r, false) : Optional.empty();
        if (invalid.isPresent()) {
            return AkbankReplies.refused(txnCode, AkbankReplies.INVALID_FIELD, invalid.get(), orderId, clock);
        }
        Object result = books.followUp(
                m.merchantSafeId(),
                orderId,
                txnCode,
                withAmount ? new BigDecimal(text(r, "transaction.amount")) : null,
                withAmount ? text(r, "transaction.currencyCode") : null);
        if (result instanceof String[] refusal) {
            return AkbankReplies.refused(txnCode, refusal[0], refusal[1], orderId, clock);
        }
        return AkbankReplies.booked(txnCode, (LedgerEntry) result, clock);
    }

    /** The transaction block: amount as text with two decimals, currency and (for payments) installments as integers. */
    private static Optional<String> transaction(JsonObject r, boolean payment) {
        if (!(r.get("transaction") instanceof JsonObject t)) {
            return Optional.of("transaction alanı zorunludur");
        }
        if (!(t.get("amount") instanceof JsonString a)
                || !a.getString().matches("\\d{1,10}\\.\\d{2}")
                || new BigDecimal(a.getString()).signum() <= 0) {
            return Optional.of("transaction.amount 0.00 biçiminde olmalıdır");
        }
        if (!(t.get("currencyCode") instanceof JsonNumber c) || !c.isIntegral() || !CURRENCIES.contains(c.intValue())) {
            return Optional.of("transaction.currencyCode geçersiz");
        }
        if (payment
                && (!(t.get("installCount") instanceof JsonNumber i)
                        || !i.isIntegral()
                        || i.intValue() < 1
                        || i.intValue() > 12)) {
            return Optional.of("transaction.installCount 1-12 olmalıdır");
        }
        return Optional.empty();
    }

    private static Optional<String> card(JsonObject r) {
        if (!CardNumbers.wellFormed(text(r, "card.cardNumber"))) {
            return Optional.of("card.cardNumber geçersiz");
        }
        if (!text(r, "card.expireDate").matches("(0[1-9]|1[0-2])\\d{2}")) {
            return Optional.of("card.expireDate AAYY olmalıdır");
        }
        if (!text(r, "card.cvv2").matches("\\d{3,4}")) {
            return Optional.of("card.cvv2 geçersiz");
        }
        return Optional.empty();
    }

    private boolean fresh(String requestDateTime) {
        try {
            LocalDateTime sent = LocalDateTime.parse(requestDateTime, AkbankReplies.TIME);
            return Duration.between(sent, LocalDateTime.now(clock)).abs().toMinutes() < MINUTES;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A field or {@code block.field} as text; empty when absent. */
    static String text(JsonObject o, String path) {
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(o.get(parts[i]) instanceof JsonObject nested)) {
                return "";
            }
            o = nested;
        }
        JsonValue v = o.get(parts[parts.length - 1]);
        return v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : "";
    }
}
