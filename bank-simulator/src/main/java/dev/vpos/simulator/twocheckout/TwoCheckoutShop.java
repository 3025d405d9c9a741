package dev.vpos.simulator.twocheckout;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.hosted.HostedCardRules;
import dev.vpos.simulator.hosted.HostedPages;
import dev.vpos.simulator.hosted.NotificationDelivery;
import dev.vpos.simulator.hosted.ProviderTexts;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The simulated 2Checkout's shop side: ConvertPlus buy links (checked as 2Checkout checks them), its card page, the
 * orders it makes, the IPNs it sends for them (with retries until a valid read receipt), the return to the merchant,
 * and what the REST API ({@link TwoCheckoutRestApi}) reads and refunds. Plain Java: the servlet and the adapter's
 * contract tests drive the same object.
 */
public final class TwoCheckoutShop {

    public static final String FAMILY = "TWOCHECKOUT";
    public static final String BUY_PATH = "/twocheckout/checkout/buy";
    public static final String PAY_PATH = "/twocheckout/checkout/pay";
    public static final String API_PREFIX = "/twocheckout/rest/6.0";
    private static final Logger LOG = Logger.getLogger(TwoCheckoutShop.class.getName());
    private static final Set<String> SIGNED = Set.of(
            "return-url",
            "return-type",
            "expiration",
            "order-ext-ref",
            "item-ext-ref",
            "customer-ref",
            "customer-ext-ref",
            "lock",
            "currency",
            "prod",
            "price",
            "qty",
            "tangible",
            "type",
            "opt",
            "coupon",
            "description",
            "recurrence",
            "duration",
            "renewal-price");
    private static final Duration CART_LIFETIME = Duration.ofHours(2);

    /** A validated buy link waiting for the payer's card. */
    private record Cart(
            String id,
            TwoCheckoutMerchants.Merchant merchant,
            Map<String, String> link,
            BigDecimal total,
            String currency,
            boolean test,
            OffsetDateTime until) {}

    private final TwoCheckoutMerchants merchants;
    private final Ledger ledger;
    private final NotificationDelivery notifications;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration review;
    private final HostedCardRules cards;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cart> carts = new ConcurrentHashMap<>();
    private final Map<String, TwoCheckoutOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, String> ipnUrls = new ConcurrentHashMap<>();
    private final AtomicLong refNos = new AtomicLong(200_000_000L);
    private final AtomicLong orderNos = new AtomicLong(1000);
    private final TwoCheckoutRestApi api;

    public TwoCheckoutShop(
            TwoCheckoutMerchants merchants,
            Ledger ledger,
            NotificationDelivery notifications,
            ScheduledExecutorService scheduler,
            Clock clock,
            Duration review) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.notifications = notifications;
        this.scheduler = scheduler;
        this.clock = clock;
        this.review = review;
        this.cards = new HostedCardRules(clock);
        this.api = new TwoCheckoutRestApi(this, merchants, clock);
    }

    public TwoCheckoutRestApi api() {
        return api;
    }

    /** The merchant's IPN URL (control-panel setting); null or blank stops its IPNs. */
    public void ipnUrl(String merchantCode, String url) {
        if (url == null || url.isBlank()) {
            ipnUrls.remove(merchantCode);
        } else {
            ipnUrls.put(merchantCode, url.trim());
        }
    }

    public Optional<String> ipnUrl(String merchantCode) {
        return Optional.ofNullable(ipnUrls.get(merchantCode))
                .or(() -> merchants
                        .byCode(merchantCode)
                        .map(TwoCheckoutMerchants.Merchant::ipnUrl)
                        .filter(u -> !u.isBlank()));
    }

    public boolean knows(String merchantCode) {
        return merchants.byCode(merchantCode).isPresent();
    }

    // ------------------------------------------------------------------ ConvertPlus

    /** The buy link opened by the payer's browser (GET or POST); {@code base} is the simulator's own URL. */
    public TwoCheckoutReply buyLink(Map<String, String> p, String base) {
        Optional<TwoCheckoutMerchants.Merchant> m = merchants.byCode(p.get("merchant"));
        if (m.isEmpty()) {
            return error(400, "Unknown merchant", "The merchant code of this link is not known.");
        }
        String signature = p.getOrDefault("signature", "");
        Map<String, String> signed = new HashMap<>();
        p.forEach((k, v) -> {
            if (SIGNED.contains(k)) {
                signed.put(k, v);
            }
        });
        if (signature.isBlank()
                || !TwoCheckoutCrypto.same(
                        signature, TwoCheckoutCrypto.convertPlus(signed, m.get().buyLinkSecretWord()))) {
            LOG.info(() -> "2CO buy link refused: bad signature for merchant "
                    + m.get().code());
            return error(
                    400,
                    "Invalid signature",
                    "The buy-link signature is not valid: the link was changed or "
                            + "signed with another secret word.");
        }
        String expiration = p.getOrDefault("expiration", "");
        if (!expiration.isEmpty()
                && (!expiration.matches("\\d{1,12}")
                        || Long.parseLong(expiration) < clock.instant().getEpochSecond())) {
            return error(400, "Link expired", "This buy link has expired.");
        }
        if (!"1".equals(p.get("dynamic"))) {
            return error(400, "Unknown products", "Only dynamic products are sold by this simulator (dynamic=1).");
        }
        Optional<BigDecimal> total = total(p.getOrDefault("price", ""), p.getOrDefault("qty", "1"));
        String currency = p.getOrDefault("currency", "").toUpperCase(Locale.ROOT);
        if (total.isEmpty() || p.getOrDefault("prod", "").isBlank() || !currency.matches("[A-Z]{3}")) {
            return error(
                    400,
                    "Invalid cart",
                    "prod, price, qty and currency are required; prices are positive "
                            + "amounts with at most two decimals.");
        }
        String returnUrl = p.getOrDefault("return-url", "");
        if (!returnUrl.isEmpty() && !returnUrl.matches("https?://\\S+")) {
            return error(400, "Invalid return URL", "return-url must be an http(s) URL.");
        }
        String id = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        Map<String, String> link = new LinkedHashMap<>(p);
        link.remove("signature");
        Cart cart = new Cart(
                id,
                m.get(),
                link,
                total.get(),
                currency,
                "1".equals(p.get("test")),
                OffsetDateTime.now(clock).plus(CART_LIFETIME));
        carts.put(id, cart);
        return TwoCheckoutReply.html(200, cardPage(cart, base, null));
    }

    /** The payer submitted the card page. */
    public TwoCheckoutReply pay(Map<String, String> form, String base) {
        Cart cart = carts.get(form.getOrDefault("cart", ""));
        if (cart == null || cart.until().isBefore(OffsetDateTime.now(clock))) {
            return error(404, "Cart not found", "This payment session has expired. Please return to the shop.");
        }
        String pan = form.getOrDefault("cardNumber", "").replace(" ", "");
        String expiry = form.getOrDefault("expiry", "").trim();
        String holder = form.getOrDefault("holder", "").trim();
        Optional<String> problem =
                cards.formProblem(pan, expiry, form.getOrDefault("cvv", "").trim());
        if (problem.isEmpty() && holder.isEmpty()) {
            problem = Optional.of("The name on the card is required.");
        }
        if (problem.isPresent()) {
            return TwoCheckoutReply.html(200, cardPage(cart, base, problem.get()));
        }
        HostedCardRules.Outcome outcome = cards.outcome(pan, expiry, holder, cart.total());
        String extRef = cart.link().getOrDefault("order-ext-ref", "");
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!outcome.approved()) {
            ledger.record(new LedgerEntry(
                    FAMILY,
                    cart.merchant().code(),
                    extRef,
                    cart.total(),
                    cart.currency(),
                    1,
                    CardNumbers.mask(pan),
                    outcome.code(),
                    "",
                    "",
                    "",
                    "",
                    now,
                    LedgerType.SALE));
            return TwoCheckoutReply.html(
                    200,
                    cardPage(
                            cart,
                            base,
                            "Your card was declined: " + outcome.message() + " (" + outcome.code()
                                    + "). You can try another card."));
        }
        carts.remove(cart.id());
        TwoCheckoutOrder order = new TwoCheckoutOrder(
                String.valueOf(refNos.incrementAndGet()),
                orderNos.incrementAndGet(),
                cart.merchant().code(),
                extRef,
                cart.link().getOrDefault("prod", ""),
                cart.total(),
                cart.currency(),
                cart.test(),
                holder,
                cart.link().getOrDefault("email", ""),
                CardNumbers.mask(pan),
                now,
                outcome.review() ? "PENDING" : "COMPLETE",
                outcome.review() ? "WAITING" : "OK");
        orders.put(order.refNo, order);
        if (outcome.review()) {
            notify(order);
            scheduler.schedule(() -> approveAfterReview(order.refNo), review.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            synchronized (order) {
                order.finished = now;
            }
            book(order, LedgerType.SALE, order.amount);
            notify(order);
        }
        return returnTo(cart, order);
    }

    private void approveAfterReview(String refNo) {
        TwoCheckoutOrder order = orders.get(refNo);
        synchronized (order) {
            if (!"PENDING".equals(order.status)) {
                return;
            }
            order.status = "COMPLETE";
            order.approveStatus = "OK";
            order.finished = OffsetDateTime.now(clock);
        }
        book(order, LedgerType.SALE, order.amount);
        notify(order);
    }

    /** The header redirect to {@code return-url}, carrying the link's parameters and the order's, signed. */
    private TwoCheckoutReply returnTo(Cart cart, TwoCheckoutOrder order) {
        String returnUrl = cart.link().getOrDefault("return-url", "");
        if (returnUrl.isEmpty() || !"redirect".equals(cart.link().get("return-type"))) {
            ProviderTexts t = texts(cart);
            String link = returnUrl.isEmpty()
                    ? ""
                    : "<p><a id=\"back\" href=\"" + HostedPages.escape(returnUrl) + "\">" + t.html("2co.back")
                            + "</a></p>";
            return TwoCheckoutReply.html(
                    200,
                    HostedPages.page(
                            t,
                            t.text("2co.thanksTitle"),
                            "<h1>" + t.html("2co.thanksHeading") + "</h1><p>"
                                    + t.htmlWith("2co.reference", HostedPages.escape(order.refNo)) + "</p>" + link));
        }
        Map<String, String> back = new LinkedHashMap<>(cart.link());
        back.put("refno", order.refNo);
        back.put("total", order.amount.toPlainString());
        back.put("total-currency", order.currency);
        back.put(
                "signature", TwoCheckoutCrypto.convertPlus(back, cart.merchant().buyLinkSecretWord()));
        String query = back.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TwoCheckoutReply.redirect(returnUrl + (returnUrl.contains("?") ? "&" : "?") + query);
    }

    // ------------------------------------------------------------------ orders, IPNs, ledger

    Optional<TwoCheckoutOrder> order(String merchant, String refNo) {
        return Optional.ofNullable(orders.get(refNo)).filter(o -> o.merchant.equals(merchant));
    }

    List<TwoCheckoutOrder> ordersByExternalReference(String merchant, String externalRef) {
        return orders.values().stream()
                .filter(o -> o.merchant.equals(merchant) && o.externalReference.equals(externalRef))
                .sorted(java.util.Comparator.comparing(o -> o.refNo))
                .toList();
    }

    /** A full refund of a complete order: status REFUND, booked, notified. Empty when done, else the error code. */
    Optional<String[]> refund(TwoCheckoutOrder order, BigDecimal amount) {
        synchronized (order) {
            if ("REFUND".equals(order.status)) {
                return Optional.of(
                        new String[] {"ORDER_ALREADY_REFUNDED", "Order " + order.refNo + " is already refunded."});
            }
            if (!"COMPLETE".equals(order.status)) {
                return Optional.of(new String[] {
                    "INVALID_ORDER_STATUS",
                    "Order " + order.refNo + " is " + order.status + "; only complete orders can be refunded."
                });
            }
            if (amount == null || amount.compareTo(order.amount) != 0) {
                return Optional.of(new String[] {
                    "INVALID_REFUND_AMOUNT",
                    "This simulator refunds whole orders only (" + order.amount.toPlainString()
                            + "); partial refunds name order lines."
                });
            }
            order.status = "REFUND";
        }
        book(order, LedgerType.REFUND, amount);
        notify(order);
        return Optional.empty();
    }

    private void book(TwoCheckoutOrder o, LedgerType type, BigDecimal amount) {
        ledger.record(new LedgerEntry(
                FAMILY,
                o.merchant,
                o.externalReference,
                amount,
                o.currency,
                1,
                o.maskedPan,
                LedgerEntry.APPROVED,
                type == LedgerType.SALE ? authCode() : "",
                o.refNo,
                o.refNo,
                String.valueOf(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock),
                type));
    }

    private String authCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** The IPN of the order's current status, to the merchant's IPN URL (none configured: none sent). */
    private void notify(TwoCheckoutOrder order) {
        Optional<String> url = ipnUrl(order.merchant);
        if (url.isEmpty()) {
            LOG.info(() -> "2CO order " + order.refNo + " is " + order.status + "; merchant " + order.merchant
                    + " has no IPN URL, no IPN sent");
            return;
        }
        TwoCheckoutMerchants.Merchant m = merchants.byCode(order.merchant).orElseThrow();
        List<Map.Entry<String, String>> ipn;
        synchronized (order) {
            ipn = TwoCheckoutIpnMessage.fields(order, m, OffsetDateTime.now(clock));
        }
        notifications.send(
                FAMILY,
                order.externalReference,
                order.refNo + ":" + order.status,
                URI.create(url.get()),
                "application/x-www-form-urlencoded; charset=UTF-8",
                TwoCheckoutIpnMessage.form(ipn),
                (status, body) -> TwoCheckoutIpnMessage.receiptProblem(status, body, ipn, m));
    }

    // ------------------------------------------------------------------ pages

    /** The page's language: the buy link's {@code language} (2Checkout's pages speak the payers' six), else English. */
    private static ProviderTexts texts(Cart cart) {
        return ProviderTexts.of(cart.link().get("language"));
    }

    private String cardPage(Cart cart, String base, String error) {
        ProviderTexts t = texts(cart);
        String total = "<strong id=\"total\" dir=\"ltr\">" + cart.total().toPlainString() + " " + cart.currency()
                + "</strong>";
        return HostedPages.page(
                t,
                t.text("2co.title"),
                "<h1>" + t.html("2co.heading") + "</h1>"
                        + (cart.test()
                                ? "<p id=\"test-order\"><strong>" + t.html("2co.testOrder") + "</strong></p>"
                                : "")
                        + "<p id=\"pay-line\">"
                        + t.htmlWith(
                                "2co.pay",
                                total,
                                HostedPages.escape(cart.merchant().name()),
                                HostedPages.escape(cart.link().getOrDefault("prod", "")))
                        + "</p>"
                        + (error == null ? "" : "<p class=\"err\" id=\"error\">" + HostedPages.escape(error) + "</p>")
                        + "<form method=\"post\" action=\"" + HostedPages.escape(base + PAY_PATH)
                        + "\" autocomplete=\"off\">"
                        + HostedPages.hidden(Map.of("cart", cart.id()))
                        + "<label for=\"holder\">" + t.html("2co.holder")
                        + "</label><input id=\"holder\" name=\"holder\" value=\"John Doe\">"
                        + "<label for=\"cardNumber\">" + t.html("2co.cardNumber")
                        + "</label><input id=\"cardNumber\" name=\"cardNumber\" inputmode=\"numeric\" dir=\"ltr\">"
                        + "<label for=\"expiry\">" + t.html("2co.expiry")
                        + "</label><input id=\"expiry\" name=\"expiry\" dir=\"ltr\">"
                        + "<label for=\"cvv\">" + t.html("2co.cvv")
                        + "</label><input id=\"cvv\" name=\"cvv\" inputmode=\"numeric\" dir=\"ltr\">"
                        + "<p><button id=\"place-order\" type=\"submit\">" + t.html("2co.placeOrder")
                        + "</button></p></form>"
                        + "<p class=\"muted\">" + t.html("2co.testCards") + "</p>");
    }

    private static TwoCheckoutReply error(int status, String title, String text) {
        return TwoCheckoutReply.html(
                status,
                HostedPages.page(
                        title,
                        "<h1 id=\"error\">" + HostedPages.escape(title) + "</h1><p>" + HostedPages.escape(text)
                                + "</p>"));
    }

    /** Sum of price × qty over {@code ;}-separated lists; empty unless every part is a valid amount and count. */
    static Optional<BigDecimal> total(String prices, String quantities) {
        String[] price = prices.split(";", -1);
        String[] qty = quantities.isBlank() ? new String[] {"1"} : quantities.split(";", -1);
        if (price.length == 0 || (qty.length != price.length && qty.length != 1)) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < price.length; i++) {
            String q = qty.length == 1 ? qty[0] : qty[i];
            if (!price[i].matches("\\d{1,9}(\\.\\d{1,2})?") || !q.matches("[1-9]\\d{0,3}")) {
                return Optional.empty();
            }
            sum = sum.add(new BigDecimal(price[i]).multiply(new BigDecimal(q)));
        }
        return sum.signum() > 0 ? Optional.of(sum.setScale(2)) : Optional.empty();
    }
}
