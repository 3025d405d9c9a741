package dev.vpos.simulator.mypos;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.hosted.ProviderTexts;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated myPOS Checkout (IPC v1.4), plain Java: the checkout page a shop's IPCPurchase form opens (signature
 * checked with the store's certificate for its {@code KeyIndex}), the card page and its outcome (payment, card
 * storage with the payer's consent, IPCPurchaseNotify to {@code URL_Notify} with retries, the payer's return with
 * IPCPurchaseOK or IPCPurchaseCancel), and the server-to-server calls IPCGetTxnStatus, IPCGetTxnLog (the order's
 * log, {@link MyPosTxnLog}), IPCIAPurchase (pay with a stored card), IPCRefund and IPCReversal. Everything myPOS sends is signed with the simulator's key
 * ({@link MyPosKeys}). Approved payments, refunds and reversals go into the shared ledger (family {@code MYPOS},
 * merchant = SID), whose batches decide reversal (open batch) or refund.
 */
public final class MyPosCheckout {

    public static final String FAMILY = "MYPOS";
    static final int MAX_ORDERS = 100_000;
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the payer's browser gets. */
    public record Page(
            Kind kind,
            int httpStatus,
            String html,
            String sessionId,
            String returnUrl,
            Map<String, String> returnFields) {

        public enum Kind {
            CARD_FORM,
            RETURN,
            ERROR
        }
    }

    private record Session(String id, MyPosMerchants.Store store, IpcForm purchase, Instant expiresAt) {

        boolean asksToKeepCard() {
            return "2".equals(purchase.get("CardTokenRequest"));
        }
    }

    private final MyPosMerchants merchants;
    private final Ledger ledger;
    private final MyPosNotifier notifier;
    private final Clock clock;
    private final SecureRandom random;
    private final PrivateKey key;
    private final MyPosCardVault vault;
    private final MyPosTxnLog log;
    private final Map<String, Session> sessions = new HashMap<>();
    /** Orders by SID and OrderID; beyond {@link #MAX_ORDERS} the oldest are forgotten (a long load test). */
    private final Map<String, MyPosOrder> orders = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MyPosOrder> eldest) {
            return size() > MAX_ORDERS;
        }
    };

    private int stan;

    public MyPosCheckout(
            MyPosMerchants merchants,
            Ledger ledger,
            MyPosNotifier notifier,
            Clock clock,
            SecureRandom random,
            PrivateKey key) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.notifier = notifier;
        this.clock = clock;
        this.random = random;
        this.key = key;
        this.vault = new MyPosCardVault(random);
        this.log = new MyPosTxnLog(clock);
    }

    public MyPosNotifier notifier() {
        return notifier;
    }

    // ---- the browser: checkout page, card page, cancel ------------------------------------------------------------

    /** The shop's IPCPurchase form, posted by the payer's browser. */
    public synchronized Page open(IpcForm f) {
        if (!"IPCPurchase".equals(f.get("IPCmethod"))) {
            return error(10, "Unsupported call '" + f.get("IPCmethod") + "' on the checkout page");
        }
        for (String required : List.of(
                "IPCVersion",
                "SID",
                "WalletNumber",
                "KeyIndex",
                "Currency",
                "Amount",
                "OrderID",
                "URL_OK",
                "URL_Cancel",
                "URL_Notify",
                "CartItems",
                "Signature")) {
            if (!f.has(required)) {
                return error(1, "Missing required parameter " + required);
            }
        }
        Optional<Refusal> refused = refusal(f);
        if (refused.isPresent()) {
            return error(refused.get().status(), refused.get().message());
        }
        MyPosMerchants.Store store = merchants.find(f.get("SID")).orElseThrow();
        Optional<String> amountProblem = amountProblem(f, store);
        if (amountProblem.isPresent()) {
            return error(9, amountProblem.get());
        }
        if (!List.of("0", "2", "").contains(f.get("CardTokenRequest"))) {
            return error(10, "CardTokenRequest " + f.get("CardTokenRequest") + " is not supported by the simulator");
        }
        for (String url : List.of("URL_OK", "URL_Cancel", "URL_Notify")) {
            if (!f.get(url).matches("https?://\\S+")) {
                return error(5, "Invalid " + url);
            }
        }
        if (ledger.hasApproved(FAMILY, store.sid(), f.get("OrderID"))) {
            return error(20, "OrderID " + f.get("OrderID") + " is already paid");
        }
        Instant now = clock.instant();
        sessions.values().removeIf(old -> now.isAfter(old.expiresAt()));
        long expiresIn = parseLong(f.get("expires_in"), 86_400L);
        Session s = new Session(
                UUID.randomUUID().toString(), store, f, clock.instant().plusSeconds(expiresIn));
        sessions.put(s.id(), s);
        log.add(store.sid(), f.get("OrderID"), MyPosTxnLog.RECEIVED, f.fields());
        return cardPage(s, "");
    }

    /** The payer submitted the card page. */
    public Page pay(Map<String, String> p) {
        Session s;
        Notification notify;
        Page back;
        synchronized (this) {
            Optional<Session> found = session(p.get("session"));
            if (found.isEmpty()) {
                return error(5, "This payment session is unknown or has expired");
            }
            s = found.get();
            String pan = p.getOrDefault("cardNumber", "").replace(" ", "");
            String cvc = p.getOrDefault("cvc", "").trim();
            Optional<String> invalid = MyPosCards.invalid(pan, p.get("expiry"), cvc, YearMonth.now(clock));
            if (invalid.isPresent()) {
                return cardPage(s, invalid.get());
            }
            IpcForm f = s.purchase();
            String masked = CardNumbers.mask(pan);
            Optional<MyPosCards.Decline> decline = MyPosCards.decline(masked, cvc);
            if (decline.isPresent()) {
                record(
                        s.store().sid(),
                        f.get("OrderID"),
                        f.get("Amount"),
                        f.get("Currency"),
                        masked,
                        String.valueOf(decline.get().status()),
                        null,
                        LedgerType.SALE);
                log.add(
                        s.store().sid(),
                        f.get("OrderID"),
                        MyPosTxnLog.PAYMENT_STATUS,
                        String.valueOf(decline.get().status()));
                return cardPage(
                        s,
                        "Status " + decline.get().status() + ": "
                                + decline.get().message() + ". Please try another card.");
            }
            sessions.remove(s.id());
            YearMonth exp = MyPosCards.expiry(p.get("expiry")).orElseThrow();
            String expYymm = String.format("%02d%02d", exp.getYear() % 100, exp.getMonthValue());
            MyPosOrder order = new MyPosOrder(
                    s.store().sid(), f.get("OrderID"), f.get("Amount"), f.get("Currency"), f.get("URL_Notify"));
            order.state = MyPosOrder.State.PAID;
            order.trnref = newTrnref();
            orders.put(key(order.sid, order.orderId), order);
            record(
                    order.sid,
                    order.orderId,
                    order.amount,
                    order.currency,
                    masked,
                    LedgerEntry.APPROVED,
                    order.trnref,
                    LedgerType.SALE);
            String requestStan = String.valueOf(nextStan());
            String when = DATE_TIME.format(OffsetDateTime.now(clock));
            Optional<MyPosCardVault.StoredCard> kept = s.asksToKeepCard() && "1".equals(p.get("storeCard"))
                    ? Optional.of(vault.store(order.sid, masked, expYymm, MyPosCards.cardType(pan)))
                    : Optional.empty();
            IpcForm notifyForm = purchaseResult("IPCPurchaseNotify", order, requestStan, when, kept);
            order.lastMessage = purchaseResult("IPCPurchaseNotify", order, requestStan, when, Optional.empty())
                    .fields();
            log.add(order.sid, order.orderId, MyPosTxnLog.PAYMENT_STATUS, "0");
            log.add(order.sid, order.orderId, MyPosTxnLog.SENT_TO_MERCHANT, order.lastMessage);
            log.add(order.sid, order.orderId, MyPosTxnLog.ORDER_DONE, MyPosTxnLog.PAID);
            Map<String, String> okFields = purchaseResult("IPCPurchaseOK", order, requestStan, when, Optional.empty())
                    .asMap();
            notify = new Notification(order, notifyForm);
            back = new Page(
                    Page.Kind.RETURN,
                    200,
                    MyPosPages.toShop(f.get("URL_OK"), okFields),
                    null,
                    f.get("URL_OK"),
                    okFields);
        }
        // myPOS confirms the payment with the shop (first try now, retries later) before it sends the payer back
        notifier.send(
                notify.order().orderId,
                URI.create(notify.order().notifyUrl),
                notify.form(),
                () -> rollBack(notify.order()));
        return back;
    }

    private record Notification(MyPosOrder order, IpcForm form) {}

    /** The payer gave up on the card page. */
    public synchronized Page cancel(Map<String, String> p) {
        Optional<Session> found = session(p.get("session"));
        if (found.isEmpty()) {
            return error(5, "This payment session is unknown or has expired");
        }
        Session s = found.get();
        sessions.remove(s.id());
        IpcForm f = s.purchase();
        MyPosOrder order = new MyPosOrder(
                s.store().sid(), f.get("OrderID"), f.get("Amount"), f.get("Currency"), f.get("URL_Notify"));
        order.state = MyPosOrder.State.CANCELLED;
        IpcForm cancel = IpcForm.empty()
                .add("IPCmethod", "IPCPurchaseCancel")
                .add("SID", order.sid)
                .add("OrderID", order.orderId)
                .sign(key);
        order.lastMessage = cancel.fields();
        orders.putIfAbsent(key(order.sid, order.orderId), order);
        log.add(order.sid, order.orderId, MyPosTxnLog.CANCEL_URL, "OK");
        log.add(order.sid, order.orderId, MyPosTxnLog.ORDER_DONE, MyPosTxnLog.CANCELLED);
        return new Page(
                Page.Kind.RETURN,
                200,
                MyPosPages.toShop(f.get("URL_Cancel"), cancel.asMap()),
                null,
                f.get("URL_Cancel"),
                cancel.asMap());
    }

    // ---- server to server -------------------------------------------------------------------------------------------

    /** An IPC call posted server to server; always a signed JSON answer. */
    public byte[] api(IpcForm f) {
        String method = f.get("IPCmethod");
        for (String required : List.of("IPCVersion", "SID", "WalletNumber", "KeyIndex", "Signature")) {
            if (!f.has(required)) {
                return answer(method, 1, "Missing required parameter " + required);
            }
        }
        Optional<Refusal> refused = refusal(f);
        if (refused.isPresent()) {
            return answer(method, refused.get().status(), refused.get().message());
        }
        MyPosMerchants.Store store = merchants.find(f.get("SID")).orElseThrow();
        synchronized (this) {
            return switch (method) {
                case "IPCGetTxnStatus" -> status(store, f);
                case "IPCGetTxnLog" -> transactionLog(store, f);
                case "IPCIAPurchase" -> purchaseWithToken(store, f);
                case "IPCRefund" -> refund(store, f);
                case "IPCReversal" -> reversal(store, f);
                default -> answer(method, 10, "Unsupported call");
            };
        }
    }

    private byte[] status(MyPosMerchants.Store store, IpcForm f) {
        MyPosOrder order = orders.get(key(store.sid(), f.get("OrderID")));
        if (order == null) {
            return new IpcJsonAnswer()
                    .text("IPCMethod", "IPCGetTxnStatus")
                    .text("OrderID", f.get("OrderID"))
                    .number("Status", 5)
                    .text("StatusMsg", "Invalid OrderID: no transaction for this OrderID")
                    .signedJson(key);
        }
        return new IpcJsonAnswer()
                .text("IPCMethod", "IPCGetTxnStatus")
                .text("OrderID", order.orderId)
                .object("OrderStatus", order.lastMessage)
                .number("Status", 0)
                .text("StatusMsg", "Success")
                .signedJson(key);
    }

    /** IPCGetTxnLog: the order's log; Status 5 for an order myPOS never heard of (*assumed*, as for the status). */
    private byte[] transactionLog(MyPosMerchants.Store store, IpcForm f) {
        String method = "IPCGetTxnLog";
        if (!f.has("OrderID")) {
            return answer(method, 1, "Missing required parameter OrderID");
        }
        Optional<IpcJsonAnswer.Items> items = log.of(store.sid(), f.get("OrderID"));
        if (items.isEmpty()) {
            return new IpcJsonAnswer()
                    .text("IPCmethod", method)
                    .text("OrderID", f.get("OrderID"))
                    .number("Status", 5)
                    .text("StatusMsg", "Invalid OrderID: no transaction for this OrderID")
                    .signedJson(key);
        }
        return new IpcJsonAnswer()
                .text("IPCmethod", method)
                .text("OrderID", f.get("OrderID"))
                .array("log", items.get())
                .number("Status", 0)
                .text("StatusMsg", "Success")
                .signedJson(key);
    }

    private byte[] purchaseWithToken(MyPosMerchants.Store store, IpcForm f) {
        String method = "IPCIAPurchase";
        if (!f.has("OrderID") || !f.has("Amount") || !f.has("Currency") || !f.has("CardToken")) {
            return answer(method, 1, "Missing OrderID, Amount, Currency or CardToken");
        }
        Optional<String> amountProblem = amountProblem(f, store);
        if (amountProblem.isPresent()) {
            return answer(method, 9, amountProblem.get());
        }
        Optional<MyPosCardVault.StoredCard> card = vault.find(store.sid(), f.get("CardToken"));
        if (card.isEmpty()) {
            return answer(method, 5, "Invalid CardToken");
        }
        String orderId = f.get("OrderID");
        log.add(store.sid(), orderId, MyPosTxnLog.RECEIVED, f.fields());
        if (ledger.hasApproved(FAMILY, store.sid(), orderId)) {
            return logged(store.sid(), orderId, answerOf(method, 20, "OrderID " + orderId + " is already paid"));
        }
        MyPosOrder order = new MyPosOrder(store.sid(), orderId, f.get("Amount"), f.get("Currency"), null);
        order.trnref = newTrnref();
        String requestStan = String.valueOf(nextStan());
        String when = DATE_TIME.format(OffsetDateTime.now(clock));
        Optional<MyPosCards.Decline> decline = MyPosCards.decline(card.get().maskedPan(), "");
        int status = decline.map(MyPosCards.Decline::status).orElse(0);
        String message = decline.map(MyPosCards.Decline::message).orElse("Success");
        order.state = status == 0 ? MyPosOrder.State.PAID : MyPosOrder.State.DECLINED;
        record(
                store.sid(),
                orderId,
                order.amount,
                order.currency,
                card.get().maskedPan(),
                status == 0 ? LedgerEntry.APPROVED : String.valueOf(status),
                status == 0 ? order.trnref : null,
                LedgerType.SALE);
        order.lastMessage = IpcForm.empty()
                .add("IPCmethod", method)
                .add("SID", store.sid())
                .add("OrderID", orderId)
                .add("Amount", order.amount)
                .add("Currency", order.currency)
                .add("IPC_Trnref", order.trnref)
                .add("RequestSTAN", requestStan)
                .add("RequestDateTime", when)
                .add("Status", String.valueOf(status))
                .add("StatusMsg", message)
                .sign(key)
                .fields();
        orders.put(key(store.sid(), orderId), order);
        log.add(store.sid(), orderId, MyPosTxnLog.PAYMENT_STATUS, String.valueOf(status));
        byte[] answer = logged(
                store.sid(),
                orderId,
                new IpcJsonAnswer()
                        .text("IPCmethod", method)
                        .text("SID", store.sid())
                        .text("OrderID", orderId)
                        .text("Amount", order.amount)
                        .text("Currency", order.currency)
                        .text("IPC_Trnref", order.trnref)
                        .text("RequestSTAN", requestStan)
                        .text("RequestDateTime", when)
                        .number("Status", status)
                        .text("StatusMsg", message));
        if (status == 0) {
            log.add(store.sid(), orderId, MyPosTxnLog.ORDER_DONE, MyPosTxnLog.PAID);
        }
        return answer;
    }

    private byte[] refund(MyPosMerchants.Store store, IpcForm f) {
        String method = "IPCRefund";
        if (!f.has("IPC_Trnref") || !f.has("Amount") || !f.has("Currency")) {
            return answer(method, 1, "Missing IPC_Trnref, Amount or Currency");
        }
        Optional<MyPosOrder> order = byTrnref(store.sid(), f.get("IPC_Trnref"));
        if (order.isEmpty() || (f.has("OrderID") && !f.get("OrderID").equals(order.get().orderId))) {
            return answer(method, 5, "Invalid IPC_Trnref");
        }
        String sid = store.sid();
        String orderId = order.get().orderId;
        log.add(sid, orderId, MyPosTxnLog.RECEIVED, f.fields());
        LedgerOrder booked = ledger.order(FAMILY, sid, orderId);
        BigDecimal amount = decimal(f.get("Amount"));
        if (order.get().state != MyPosOrder.State.PAID || !booked.exists()) {
            return logged(
                    sid,
                    orderId,
                    answerOf(method, 14, "Transaction not permitted: the payment is not in a refundable state"));
        }
        if (!order.get().currency.equals(f.get("Currency"))
                || amount == null
                || amount.signum() <= 0
                || amount.compareTo(booked.refundable()) > 0) {
            return logged(
                    sid,
                    orderId,
                    answerOf(
                            method,
                            9,
                            "Wrong amount: at most " + booked.refundable().toPlainString() + " " + order.get().currency
                                    + " can be refunded"));
        }
        String refundRef = newTrnref();
        record(
                store.sid(),
                order.get().orderId,
                f.get("Amount"),
                order.get().currency,
                booked.authorization().map(LedgerEntry::maskedPan).orElse("****"),
                LedgerEntry.APPROVED,
                refundRef,
                LedgerType.REFUND);
        return logged(
                sid,
                orderId,
                new IpcJsonAnswer()
                        .text("IPCmethod", method)
                        .text("SID", sid)
                        .text("OrderID", orderId)
                        .text("Amount", f.get("Amount"))
                        .text("Currency", f.get("Currency"))
                        .text("IPC_Trnref", refundRef)
                        .text("RequestSTAN", String.valueOf(nextStan()))
                        .text("RequestDateTime", DATE_TIME.format(OffsetDateTime.now(clock)))
                        .number("Status", 0)
                        .text("StatusMsg", "Success"));
    }

    private byte[] reversal(MyPosMerchants.Store store, IpcForm f) {
        String method = "IPCReversal";
        if (!f.has("IPC_Trnref")) {
            return answer(method, 1, "Missing IPC_Trnref");
        }
        Optional<MyPosOrder> order = byTrnref(store.sid(), f.get("IPC_Trnref"));
        if (order.isEmpty()) {
            return answer(method, 5, "Invalid IPC_Trnref");
        }
        String sid = store.sid();
        String orderId = order.get().orderId;
        log.add(sid, orderId, MyPosTxnLog.RECEIVED, f.fields());
        LedgerOrder booked = ledger.order(FAMILY, sid, orderId);
        if (order.get().state != MyPosOrder.State.PAID || !booked.voidable()) {
            return logged(
                    sid,
                    orderId,
                    answerOf(
                            method,
                            14,
                            "Transaction not permitted: only a payment of today's open batch without"
                                    + " refunds can be reversed; refund it instead"));
        }
        order.get().state = MyPosOrder.State.REVERSED;
        record(
                store.sid(),
                order.get().orderId,
                order.get().amount,
                order.get().currency,
                booked.authorization().map(LedgerEntry::maskedPan).orElse("****"),
                LedgerEntry.APPROVED,
                order.get().trnref,
                LedgerType.VOID);
        order.get().lastMessage = IpcForm.empty()
                .add("IPCmethod", method)
                .add("SID", store.sid())
                .add("OrderID", order.get().orderId)
                .add("Amount", order.get().amount)
                .add("Currency", order.get().currency)
                .add("IPC_Trnref", order.get().trnref)
                .sign(key)
                .fields();
        byte[] answer = logged(
                sid,
                orderId,
                new IpcJsonAnswer()
                        .text("IPCmethod", method)
                        .text("SID", sid)
                        .text("IPC_Trnref", order.get().trnref)
                        .text("Amount", order.get().amount)
                        .text("Currency", order.get().currency)
                        .number("Status", 0)
                        .text("StatusMsg", "Success"));
        log.add(sid, orderId, MyPosTxnLog.ORDER_DONE, MyPosTxnLog.REVERSED);
        return answer;
    }

    // ---- shared ----------------------------------------------------------------------------------------------------

    /** myPOS could not confirm the payment with the shop: it takes the payment back and says so. */
    private void rollBack(MyPosOrder order) {
        IpcForm rollback;
        synchronized (this) {
            LedgerOrder booked = ledger.order(FAMILY, order.sid, order.orderId);
            if (order.state != MyPosOrder.State.PAID || booked.refunded().signum() > 0) {
                return;
            }
            order.state = MyPosOrder.State.ROLLED_BACK;
            record(
                    order.sid,
                    order.orderId,
                    order.amount,
                    order.currency,
                    booked.authorization().map(LedgerEntry::maskedPan).orElse("****"),
                    LedgerEntry.APPROVED,
                    order.trnref,
                    LedgerType.VOID);
            rollback = IpcForm.empty()
                    .add("IPCmethod", "IPCPurchaseRollback")
                    .add("SID", order.sid)
                    .add("Amount", order.amount)
                    .add("Currency", order.currency)
                    .add("OrderID", order.orderId)
                    .sign(key);
            order.lastMessage = rollback.fields();
            log.add(order.sid, order.orderId, MyPosTxnLog.SENT_TO_MERCHANT, rollback.fields());
            log.add(order.sid, order.orderId, MyPosTxnLog.ORDER_DONE, MyPosTxnLog.REVERSED);
        }
        notifier.send(order.orderId, URI.create(order.notifyUrl), rollback, () -> {});
    }

    private record Refusal(int status, String message) {}

    /** SID, wallet, key index and signature: the refusal, or empty when all hold. */
    private Optional<Refusal> refusal(IpcForm f) {
        Optional<MyPosMerchants.Store> store = merchants.find(f.get("SID"));
        if (store.isEmpty() || !store.get().walletNumber().equals(f.get("WalletNumber"))) {
            return Optional.of(new Refusal(4, "Invalid SID (or the SID does not belong to WalletNumber)"));
        }
        Optional<PublicKey> key = store.get().key(f.get("KeyIndex"));
        if (key.isEmpty() || !f.signedBy(key.get())) {
            return Optional.of(new Refusal(2, "Signature failed"));
        }
        return Optional.empty();
    }

    private static Optional<String> amountProblem(IpcForm f, MyPosMerchants.Store store) {
        if (!store.currencies().contains(f.get("Currency"))) {
            return Optional.of("Currency " + f.get("Currency") + " is not approved for this store");
        }
        BigDecimal amount = decimal(f.get("Amount"));
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            return Optional.of("Wrong amount '" + f.get("Amount") + "'");
        }
        if (f.has("CartItems")) {
            BigDecimal cart = BigDecimal.ZERO;
            int items = (int) parseLong(f.get("CartItems"), 0);
            for (int i = 1; i <= items; i++) {
                BigDecimal row = decimal(f.get("Amount_" + i));
                if (row == null) {
                    return Optional.of("Cart row " + i + " has no amount");
                }
                cart = cart.add(row);
            }
            if (items < 1 || cart.compareTo(amount) != 0) {
                return Optional.of(
                        "The cart (" + cart.toPlainString() + ") does not add up to Amount " + f.get("Amount"));
            }
        }
        return Optional.empty();
    }

    private IpcForm purchaseResult(
            String method,
            MyPosOrder order,
            String requestStan,
            String when,
            Optional<MyPosCardVault.StoredCard> kept) {
        IpcForm r = IpcForm.empty()
                .add("IPCmethod", method)
                .add("SID", order.sid)
                .add("Amount", order.amount)
                .add("Currency", order.currency)
                .add("OrderID", order.orderId)
                .add("IPC_Trnref", order.trnref)
                .add("RequestDateTime", when)
                .add("RequestSTAN", requestStan);
        kept.ifPresent(c -> r.add("CardToken", c.token())
                .add("PAN", c.last4())
                .add("ExpDate", c.expiryYymm())
                .add("CardType", c.cardType()));
        return r.add("BillingDescriptor", "MYPOS *VPOSDEMO").sign(key);
    }

    private byte[] answer(String method, int status, String message) {
        return answerOf(method, status, message).signedJson(key);
    }

    private static IpcJsonAnswer answerOf(String method, int status, String message) {
        return new IpcJsonAnswer()
                .text("IPCmethod", method)
                .number("Status", status)
                .text("StatusMsg", message);
    }

    /** The answer, written into the order's log ("Display output data") and signed. */
    private byte[] logged(String sid, String orderId, IpcJsonAnswer answer) {
        log.add(sid, orderId, MyPosTxnLog.OUTPUT, answer.fields());
        return answer.signedJson(key);
    }

    private void record(
            String sid,
            String orderId,
            String amount,
            String currency,
            String maskedPan,
            String code,
            String trnref,
            LedgerType type) {
        ledger.record(new LedgerEntry(
                FAMILY,
                sid,
                orderId,
                new BigDecimal(amount),
                currency,
                1,
                maskedPan,
                code,
                null,
                trnref,
                trnref,
                null,
                OffsetDateTime.now(clock),
                type));
    }

    private Optional<Session> session(String id) {
        Session s = id == null ? null : sessions.get(id);
        if (s != null && clock.instant().isAfter(s.expiresAt())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(s);
    }

    private Page cardPage(Session s, String error) {
        IpcForm f = s.purchase();
        return new Page(
                Page.Kind.CARD_FORM,
                200,
                MyPosPages.card(
                        s.id(),
                        s.store(),
                        f.get("Amount"),
                        f.get("Currency"),
                        f.get("OrderID"),
                        s.asksToKeepCard(),
                        error,
                        ProviderTexts.of(f.get("IPCLanguage"))),
                s.id(),
                null,
                Map.of());
    }

    private static Page error(int status, String message) {
        return new Page(Page.Kind.ERROR, 400, MyPosPages.error(status, message), null, null, Map.of());
    }

    private Optional<MyPosOrder> byTrnref(String sid, String trnref) {
        return orders.values().stream()
                .filter(o -> o.sid.equals(sid) && trnref.equals(o.trnref))
                .findFirst();
    }

    private String newTrnref() {
        String ref;
        do {
            ref = String.valueOf(10_000_000L + random.nextInt(89_999_999));
        } while (trnrefTaken(ref));
        return ref;
    }

    private boolean trnrefTaken(String ref) {
        return orders.values().stream().anyMatch(o -> ref.equals(o.trnref));
    }

    private int nextStan() {
        stan = stan % 999_999 + 1;
        return stan;
    }

    private static String key(String sid, String orderId) {
        return sid + "|" + orderId;
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null || !s.matches("\\d+(\\.\\d+)?") ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long parseLong(String s, long fallback) {
        try {
            return Long.parseLong(s.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
