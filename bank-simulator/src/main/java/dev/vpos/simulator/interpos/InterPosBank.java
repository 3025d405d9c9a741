package dev.vpos.simulator.interpos;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.interpos.InterPosMerchants.Merchant;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The simulated Denizbank InterPOS API without HTTP: a form posted to {@code .../mpi/Default.aspx} with
 * {@code SecureType=NonSecure}. Checked first: the shop, its API user and password ({@value InterPosReplies#BAD_CREDENTIALS}),
 * then {@code TxnType} and its own fields ({@value InterPosReplies#INVALID_FIELD}, naming the field). Auth / PreAuth
 * with an {@code MD} is the provision of an authenticated 3D-model session (amount, currency, installments, kind and
 * the authentication values must be the session's).
 */
public final class InterPosBank {

    static final Set<String> CURRENCIES = Set.of("949", "840", "978", "826");
    private static final Set<String> TXN_TYPES =
            Set.of("Auth", "PreAuth", "PostAuth", "Void", "Refund", "StatusHistory");

    private final InterPosMerchants merchants;
    private final Clock clock;
    private final InterPosBooks books;
    private final InterPosGate gate;

    public InterPosBank(InterPosMerchants merchants, Ledger ledger, Clock clock, RandomGenerator random) {
        this.merchants = merchants;
        this.clock = clock;
        this.books = new InterPosBooks(ledger, clock, random);
        this.gate = new InterPosGate(merchants, books, clock, random);
    }

    public InterPosGate gate() {
        return gate;
    }

    /** A transport fault on top of an answer, asked for by the magic amounts of a signed-in non-3D authorisation. */
    public enum Fault {
        NONE,
        SLOW_ANSWER,
        MALFORMED_BODY,
        HTTP_500,
        CONNECTION_RESET
    }

    private static final Map<BigDecimal, Fault> FAULT_BY_AMOUNT = Map.of(
            new BigDecimal("7777.77"), Fault.SLOW_ANSWER,
            new BigDecimal("8888.88"), Fault.MALFORMED_BODY,
            new BigDecimal("9999.99"), Fault.HTTP_500,
            new BigDecimal("6666.66"), Fault.CONNECTION_RESET);

    /** The fault a request asks for, before anything is booked. */
    public Fault fault(Map<String, String> form) {
        if (!Set.of("Auth", "PreAuth").contains(form.get("TxnType"))
                || form.containsKey("MD")
                || merchants
                        .signedIn(form.get("ShopCode"), form.get("UserCode"), form.get("UserPass"))
                        .isEmpty()
                || !amount(form.get("PurchAmount"))) {
            return Fault.NONE;
        }
        BigDecimal amount = new BigDecimal(form.get("PurchAmount"));
        return FAULT_BY_AMOUNT.entrySet().stream()
                .filter(e -> e.getKey().compareTo(amount) == 0)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Fault.NONE);
    }

    /** Whether a form posted to {@code Default.aspx} is a 3-D form for the gate rather than an API request. */
    public static boolean isThreeDsForm(Map<String, String> form) {
        return Set.of("3DModel", "3DPay").contains(form.get("SecureType"));
    }

    /** Answers one API request with the answer's fields (joined by {@link InterPosReplies#text}). */
    public Map<String, String> handle(Map<String, String> form) {
        String orderId = form.getOrDefault("OrderId", "");
        Optional<Merchant> m = merchants.signedIn(form.get("ShopCode"), form.get("UserCode"), form.get("UserPass"));
        if (m.isEmpty()) {
            return InterPosReplies.refused(
                    orderId, InterPosReplies.BAD_CREDENTIALS, "Kullanici adi veya sifre hatali", clock);
        }
        String txnType = form.getOrDefault("TxnType", "");
        Optional<String> invalid = !TXN_TYPES.contains(txnType)
                ? Optional.of("TxnType gecersiz")
                : !"NonSecure".equals(form.get("SecureType")) ? Optional.of("SecureType gecersiz") : common(form);
        if (invalid.isPresent()) {
            return InterPosReplies.refused(orderId, InterPosReplies.INVALID_FIELD, invalid.get(), clock);
        }
        return switch (txnType) {
            case "Auth", "PreAuth" -> form.containsKey("MD") ? provision(m.get(), form) : authorize(m.get(), form);
            case "StatusHistory" ->
                orgOrderId(form).isPresent()
                        ? InterPosReplies.refused(
                                orderId,
                                InterPosReplies.INVALID_FIELD,
                                orgOrderId(form).get(),
                                clock)
                        : books.status(m.get().shopCode(), form.get("orgOrderId"));
            default -> followUp(m.get(), form, txnType);
        };
    }

    private Map<String, String> authorize(Merchant m, Map<String, String> form) {
        String orderId = form.getOrDefault("OrderId", "");
        Optional<String> invalid = payment(form).or(() -> card(form));
        if (invalid.isPresent()) {
            return InterPosReplies.refused(orderId, InterPosReplies.INVALID_FIELD, invalid.get(), clock);
        }
        if (books.hasApproved(m.shopCode(), orderId)) {
            return usedOrderId(orderId);
        }
        BigDecimal amount = new BigDecimal(form.get("PurchAmount"));
        String pan = form.get("Pan");
        LedgerEntry e = books.book(
                m.shopCode(),
                orderId,
                amount,
                form.get("Currency"),
                installments(form.get("InstallmentCount")),
                CardNumbers.mask(pan),
                books.hostCode(pan, form.get("Expiry"), amount),
                "PreAuth".equals(form.get("TxnType")) ? LedgerType.PRE_AUTH : LedgerType.SALE);
        return e == null ? usedOrderId(orderId) : InterPosReplies.booked(orderId, e, clock);
    }

    private Map<String, String> provision(Merchant m, Map<String, String> form) {
        String orderId = form.getOrDefault("OrderId", "");
        Optional<String> invalid = payment(form);
        if (invalid.isPresent()) {
            return InterPosReplies.refused(orderId, InterPosReplies.INVALID_FIELD, invalid.get(), clock);
        }
        if (books.hasApproved(m.shopCode(), orderId)) {
            return usedOrderId(orderId);
        }
        Optional<InterPosSession> found = gate.authenticated(form.get("MD"));
        if (found.isEmpty()
                || !found.get().orderId().equals(orderId)
                || !found.get().merchant.equals(m)
                || !found.get().cavv().equals(form.get("PayerAuthenticationCode"))
                || !found.get().xid().equals(form.get("PayerTxnId"))
                || !found.get().eci().equals(form.get("Eci"))) {
            return InterPosReplies.refused(
                    orderId, InterPosReplies.INVALID_FIELD, "3D dogrulamasi bulunamadi (MD)", clock);
        }
        InterPosSession s = found.get();
        boolean same = new BigDecimal(form.get("PurchAmount")).compareTo(s.amount) == 0
                && form.get("Currency").equals(s.form.get("Currency"))
                && installments(form.get("InstallmentCount")) == installments(s.form.get("InstallmentCount"))
                && form.get("TxnType").equals(s.form.get("TxnType"));
        if (!same) {
            return InterPosReplies.refused(
                    orderId,
                    InterPosReplies.INVALID_FIELD,
                    "Tutar, para birimi, taksit veya islem tipi 3D dogrulamasiyla ayni degil",
                    clock);
        }
        if (!s.move(InterPosSession.Stage.AUTHENTICATED, InterPosSession.Stage.ENDED)) {
            return usedOrderId(orderId);
        }
        LedgerEntry e = books.book(
                m.shopCode(),
                orderId,
                s.amount,
                s.form.get("Currency"),
                installments(s.form.get("InstallmentCount")),
                s.maskedPan(),
                s.hostCode(),
                s.preAuth() ? LedgerType.PRE_AUTH : LedgerType.SALE);
        return e == null ? usedOrderId(orderId) : InterPosReplies.booked(orderId, e, clock);
    }

    private Map<String, String> followUp(Merchant m, Map<String, String> form, String txnType) {
        boolean withAmount = !"Void".equals(txnType);
        Optional<String> invalid = orgOrderId(form)
                .or(() -> withAmount && !amount(form.get("PurchAmount"))
                        ? Optional.of("PurchAmount gecersiz")
                        : Optional.empty())
                .or(() -> "PostAuth".equals(txnType) && !CURRENCIES.contains(form.getOrDefault("Currency", ""))
                        ? Optional.of("Currency gecersiz")
                        : Optional.empty());
        String answeredId = books.systemOrderId();
        if (invalid.isPresent()) {
            return InterPosReplies.refused(answeredId, InterPosReplies.INVALID_FIELD, invalid.get(), clock);
        }
        Object result = books.followUp(
                m.shopCode(),
                form.get("orgOrderId"),
                txnType,
                withAmount ? new BigDecimal(form.get("PurchAmount")) : null,
                form.get("Currency"));
        if (result instanceof String[] refusal) {
            return InterPosReplies.refused(answeredId, refusal[0], refusal[1], clock);
        }
        return InterPosReplies.booked(answeredId, (LedgerEntry) result, clock);
    }

    private Map<String, String> usedOrderId(String orderId) {
        return InterPosReplies.refused(
                orderId, InterPosReplies.ORDER_ID_USED, "Siparis numarasi daha once kullanilmis", clock);
    }

    /** Fields any request may carry: Lang tr/en, MOTO 0/1, CardType 0-3. */
    private static Optional<String> common(Map<String, String> form) {
        if (form.containsKey("Lang") && !form.get("Lang").matches("(?i)tr|en")) {
            return Optional.of("Lang gecersiz");
        }
        if (form.containsKey("MOTO") && !form.get("MOTO").matches("[01]")) {
            return Optional.of("MOTO gecersiz");
        }
        if (form.containsKey("CardType") && !form.get("CardType").matches("[0-3]?")) {
            return Optional.of("CardType gecersiz");
        }
        return Optional.empty();
    }

    /** An authorisation's order, amount, currency and installments. */
    static Optional<String> payment(Map<String, String> form) {
        if (!form.getOrDefault("OrderId", "").matches("[A-Za-z0-9_-]{1,64}")) {
            return Optional.of("OrderId gecersiz");
        }
        if (!amount(form.get("PurchAmount"))) {
            return Optional.of("PurchAmount gecersiz");
        }
        if (!CURRENCIES.contains(form.getOrDefault("Currency", ""))) {
            return Optional.of("Currency gecersiz");
        }
        if (!form.containsKey("InstallmentCount")
                || !form.get("InstallmentCount").matches("|0|1|[2-9]|1[0-2]")) {
            return Optional.of("InstallmentCount gecersiz");
        }
        return Optional.empty();
    }

    private static Optional<String> card(Map<String, String> form) {
        if (!CardNumbers.wellFormed(form.get("Pan"))) {
            return Optional.of("Pan gecersiz");
        }
        if (!form.getOrDefault("Expiry", "").matches("(0[1-9]|1[0-2])\\d{2}")) {
            return Optional.of("Expiry AAYY olmali");
        }
        if (!form.getOrDefault("Cvv2", "").matches("\\d{3,4}")) {
            return Optional.of("Cvv2 gecersiz");
        }
        return Optional.empty();
    }

    private static Optional<String> orgOrderId(Map<String, String> form) {
        return form.getOrDefault("orgOrderId", "").matches("[A-Za-z0-9_-]{1,64}")
                ? Optional.empty()
                : Optional.of("orgOrderId gecersiz");
    }

    static boolean amount(String text) {
        return text != null && text.matches("\\d{1,10}(\\.\\d{1,2})?") && new BigDecimal(text).signum() > 0;
    }

    static int installments(String text) {
        return text == null || text.isEmpty() ? 1 : Math.max(1, Integer.parseInt(text));
    }
}
