package dev.vpos.simulator.paymaster;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.hosted.HostedCardRules;
import dev.vpos.simulator.hosted.HostedPages;
import dev.vpos.simulator.hosted.NotificationDelivery;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The simulated PayMaster (LMI protocol): the payment order form at {@code /Payment/Init} (checked, and our SIGN
 * checked when the site sends one), its card page, the Invoice Confirmation pre-request to the site (only "YES"
 * continues), the outcome by {@code LMI_SIM_MODE} (0 success, 1 failure, 2 success for four payments in five) and the
 * shared test cards, the Payment Notification signed with {@code LMI_HASH} and retried until HTTP 200, and the payer
 * sent back to the success or failure page. The REST API is {@link PayMasterApi}. Plain Java.
 */
public final class PayMasterSite {

    public static final String FAMILY = "PAYMASTER";
    public static final String INIT_PATH = "/paymaster/Payment/Init";
    public static final String PAY_PATH = "/paymaster/Payment/Pay";
    public static final String API_PREFIX = "/paymaster/api/v1";
    /** PayMaster's test payment system (documented for PayMaster's Ukrainian platform). */
    static final String TEST_PAYMENT_SYSTEM = "18";

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final DateTimeFormatter PAYMENT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Logger LOG = Logger.getLogger(PayMasterSite.class.getName());
    private static final Duration SESSION_LIFETIME = Duration.ofHours(2);

    private record Session(
            String id,
            PayMasterMerchants.Merchant merchant,
            Map<String, String> form,
            BigDecimal amount,
            String currency,
            OffsetDateTime until) {}

    private final PayMasterMerchants merchants;
    private final Ledger ledger;
    private final NotificationDelivery notifications;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http;
    private final Clock clock;
    private final Duration review;
    private final HostedCardRules cards;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<Long, PayMasterPayment> payments = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(4_000_000L);
    private final PayMasterApi api;

    public PayMasterSite(
            PayMasterMerchants merchants,
            Ledger ledger,
            NotificationDelivery notifications,
            ScheduledExecutorService scheduler,
            HttpClient http,
            Clock clock,
            Duration review) {
        this.merchants = merchants;
        this.ledger = ledger;
        this.notifications = notifications;
        this.scheduler = scheduler;
        this.http = http;
        this.clock = clock;
        this.review = review;
        this.cards = new HostedCardRules(clock);
        this.api = new PayMasterApi(this, merchants);
    }

    public PayMasterApi api() {
        return api;
    }

    // ------------------------------------------------------------------ payment form

    public PayMasterReply init(Map<String, String> f, String base) {
        Optional<PayMasterMerchants.Merchant> m = merchants.byId(f.get("LMI_MERCHANT_ID"));
        if (m.isEmpty()) {
            return error(400, "Unknown site", "LMI_MERCHANT_ID does not name a site of this PayMaster.");
        }
        String amountText = f.getOrDefault("LMI_PAYMENT_AMOUNT", "");
        if (!amountText.matches("\\d{1,9}(\\.\\d{1,2})?") || new BigDecimal(amountText).signum() <= 0) {
            return error(400, "Invalid amount", "LMI_PAYMENT_AMOUNT must be a positive amount with a decimal point.");
        }
        String currency = currency(f.getOrDefault("LMI_CURRENCY", ""));
        if (!currency.matches("[A-Z]{3}")) {
            return error(400, "Invalid currency", "LMI_CURRENCY must be a 3-letter or ISO numeric currency code.");
        }
        if (f.getOrDefault("LMI_PAYMENT_NO", "").isBlank()) {
            return error(400, "Invalid invoice", "LMI_PAYMENT_NO must not be empty.");
        }
        if (f.getOrDefault("LMI_PAYMENT_DESC", "").isBlank()
                && f.getOrDefault("LMI_PAYMENT_DESC_BASE64", "").isBlank()) {
            return error(400, "No description", "LMI_PAYMENT_DESC or LMI_PAYMENT_DESC_BASE64 is required.");
        }
        if (!f.getOrDefault("LMI_SIM_MODE", "").matches("|0|1|2")) {
            return error(400, "Invalid simulation mode", "LMI_SIM_MODE must be 0, 1 or 2.");
        }
        for (String url : List.of(
                "LMI_INVOICE_CONFIRMATION_URL", "LMI_PAYMENT_NOTIFICATION_URL", "LMI_SUCCESS_URL", "LMI_FAILURE_URL")) {
            if (!f.getOrDefault(url, "").matches("|https?://\\S+")) {
                return error(400, "Invalid URL", url + " must be an http(s) URL.");
            }
        }
        if (f.containsKey("SIGN")
                && !PayMasterCrypto.same(
                        f.get("SIGN"),
                        PayMasterCrypto.sign(
                                m.get().merchantId(),
                                f.get("LMI_PAYMENT_NO"),
                                amountText,
                                f.get("LMI_CURRENCY"),
                                m.get().secretKey(),
                                m.get().hashAlgorithm()))) {
            LOG.info(() -> "PayMaster form refused: SIGN does not verify for site "
                    + m.get().merchantId());
            return error(
                    400,
                    "Invalid signature",
                    "The form's SIGN does not match its merchant, invoice, amount and "
                            + "currency: the form was changed.");
        }
        String id = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        Session s = new Session(
                id,
                m.get(),
                Map.copyOf(f),
                new BigDecimal(amountText),
                currency,
                OffsetDateTime.now(clock).plus(SESSION_LIFETIME));
        sessions.put(id, s);
        return PayMasterReply.html(200, cardPage(s, base, null));
    }

    /** The payer submitted the card page. */
    public PayMasterReply pay(Map<String, String> form, String base) {
        Session s = sessions.get(form.getOrDefault("session", ""));
        if (s == null || s.until().isBefore(OffsetDateTime.now(clock))) {
            return error(404, "Payment not found", "This payment session has expired.");
        }
        String pan = form.getOrDefault("cardNumber", "").replace(" ", "");
        String expiry = form.getOrDefault("expiry", "").trim();
        Optional<String> problem =
                cards.formProblem(pan, expiry, form.getOrDefault("cvv", "").trim());
        if (problem.isPresent()) {
            return PayMasterReply.html(200, cardPage(s, base, problem.get()));
        }
        sessions.remove(s.id());
        Map<String, String> f = s.form();
        OffsetDateTime now = OffsetDateTime.now(clock);
        PayMasterPayment p = new PayMasterPayment(
                ids.incrementAndGet(),
                s.merchant().merchantId(),
                f.get("LMI_PAYMENT_NO"),
                s.amount(),
                s.currency(),
                f.getOrDefault("LMI_PAYMENT_DESC", ""),
                f.getOrDefault("LMI_SIM_MODE", ""),
                CardNumbers.mask(pan),
                f,
                "INITIATED",
                now);
        payments.put(p.paymentId, p);
        if (s.merchant().preRequest()) {
            Optional<String> refused = preRequest(s, p);
            if (refused.isPresent()) {
                finish(p, "CANCELLED");
                return PayMasterReply.html(
                        200,
                        HostedPages.page(
                                "Payment refused",
                                "<h1 id=\"refused\">The shop did not "
                                        + "confirm this payment</h1><p>" + HostedPages.escape(refused.get()) + "</p>"
                                        + backForm(f, "LMI_FAILURE_URL", p, "Back to the shop")));
            }
        }
        HostedCardRules.Outcome card = cards.outcome(pan, expiry, form.getOrDefault("holder", ""), s.amount());
        boolean success = switch (p.simMode) {
            case "1" -> false;
            case "2" -> card.approved() && Math.floorMod(p.invoiceId.hashCode(), 5) != 0;
            default -> card.approved();
        };
        if (!success) {
            finish(p, "CANCELLED");
            ledger.record(new LedgerEntry(
                    FAMILY,
                    p.merchantId,
                    p.invoiceId,
                    p.amount,
                    p.currency,
                    1,
                    p.maskedPan,
                    card.approved() ? "05" : card.code(),
                    "",
                    "",
                    String.valueOf(p.paymentId),
                    "",
                    now,
                    LedgerType.SALE));
            return PayMasterReply.html(200, backPage("Payment failed", f, "LMI_FAILURE_URL", p));
        }
        if (card.review()) {
            finish(p, "PROCESSING");
            scheduler.schedule(() -> completeAfterReview(p), review.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            complete(p);
        }
        return PayMasterReply.html(200, backPage("Payment accepted", f, "LMI_SUCCESS_URL", p));
    }

    private void completeAfterReview(PayMasterPayment p) {
        synchronized (p) {
            if (!"PROCESSING".equals(p.state)) {
                return;
            }
        }
        complete(p);
    }

    private void complete(PayMasterPayment p) {
        finish(p, "COMPLETE");
        ledger.record(new LedgerEntry(
                FAMILY,
                p.merchantId,
                p.invoiceId,
                p.amount,
                p.currency,
                1,
                p.maskedPan,
                LedgerEntry.APPROVED,
                String.format("%06d", random.nextInt(1_000_000)),
                String.valueOf(p.paymentId),
                String.valueOf(p.paymentId),
                String.valueOf(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock),
                LedgerType.SALE));
        notifyPayment(p);
    }

    private void finish(PayMasterPayment p, String state) {
        synchronized (p) {
            p.state = state;
            p.updated = OffsetDateTime.now(clock);
        }
    }

    /** The Invoice Confirmation: empty when the site answered YES, else what it answered (or why it could not). */
    private Optional<String> preRequest(Session s, PayMasterPayment p) {
        Map<String, String> f = s.form();
        String url = firstUrl(
                f.get("LMI_INVOICE_CONFIRMATION_URL"),
                f.get("LMI_PAYMENT_NOTIFICATION_URL"),
                s.merchant().notificationUrl());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> pre = new LinkedHashMap<>();
        pre.put("LMI_PREREQUEST", "1");
        pre.put("LMI_MERCHANT_ID", p.merchantId);
        pre.put("LMI_PAYMENT_NO", p.invoiceId);
        pre.put("LMI_PAYMENT_AMOUNT", f.get("LMI_PAYMENT_AMOUNT"));
        pre.put("LMI_CURRENCY", f.get("LMI_CURRENCY"));
        pre.put("LMI_PAYMENT_DESC", p.description);
        pre.put("LMI_PAYMENT_SYSTEM", p.test() ? TEST_PAYMENT_SYSTEM : "3");
        if (p.test()) {
            pre.put("LMI_SIM_MODE", p.simMode);
        }
        putIfPresent(pre, f, "LMI_PAYER_EMAIL");
        echo(pre, f);
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form(pre)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String answer = r.body() == null ? "" : r.body().trim();
            LOG.info(() -> ("PayMaster pre-request for " + p.invoiceId + ": HTTP " + r.statusCode() + " "
                            + answer.substring(0, Math.min(answer.length(), 80)))
                    .replaceAll("\\p{Cntrl}", "?"));
            return r.statusCode() == 200 && "YES".equals(answer)
                    ? Optional.empty()
                    : Optional.of(answer.isEmpty() ? "HTTP " + r.statusCode() : answer);
        } catch (IOException e) {
            return Optional.of("the shop could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** The Payment Notification to the site, retried until it answers HTTP 200. */
    private void notifyPayment(PayMasterPayment p) {
        Map<String, String> f = p.form;
        PayMasterMerchants.Merchant m = merchants.byId(p.merchantId).orElseThrow();
        String url = firstUrl(f.get("LMI_PAYMENT_NOTIFICATION_URL"), m.notificationUrl(), "");
        if (url.isEmpty()) {
            LOG.info(() -> "PayMaster payment " + p.paymentId + " complete; site " + p.merchantId
                    + " has no notification URL");
            return;
        }
        Map<String, String> n = new LinkedHashMap<>();
        n.put("LMI_MERCHANT_ID", p.merchantId);
        n.put("LMI_PAYMENT_NO", p.invoiceId);
        n.put("LMI_SYS_PAYMENT_ID", String.valueOf(p.paymentId));
        synchronized (p) {
            n.put("LMI_SYS_PAYMENT_DATE", PAYMENT_DATE.format(p.updated.atZoneSameInstant(MOSCOW)));
        }
        n.put("LMI_PAYMENT_AMOUNT", f.get("LMI_PAYMENT_AMOUNT"));
        n.put("LMI_CURRENCY", f.get("LMI_CURRENCY"));
        n.put("LMI_PAID_AMOUNT", f.get("LMI_PAYMENT_AMOUNT"));
        n.put("LMI_PAID_CURRENCY", f.get("LMI_CURRENCY"));
        n.put("LMI_PAYMENT_SYSTEM", p.test() ? TEST_PAYMENT_SYSTEM : "3");
        if (p.test()) {
            n.put("LMI_SIM_MODE", p.simMode);
        }
        n.put("LMI_PAYER_IDENTIFIER", p.maskedPan);
        n.put("LMI_PAYMENT_DESC", p.description);
        putIfPresent(n, f, "LMI_PAYER_EMAIL");
        n.put("LMI_HASH", PayMasterCrypto.lmiHash(n, m.secretKey(), m.hashAlgorithm()));
        echo(n, f);
        notifications.send(
                FAMILY,
                p.invoiceId,
                String.valueOf(p.paymentId),
                URI.create(url),
                "application/x-www-form-urlencoded; charset=UTF-8",
                form(n),
                (status, body) -> status == 200 ? Optional.empty() : Optional.of("HTTP " + status + ", not 200"));
    }

    // ------------------------------------------------------------------ what the API reads

    Optional<PayMasterPayment> payment(String merchantId, long paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).filter(p -> p.merchantId.equals(merchantId));
    }

    /** The invoice's payment: a complete one if there is one, else the latest. */
    Optional<PayMasterPayment> byInvoice(String merchantId, String invoiceId) {
        List<PayMasterPayment> all = payments.values().stream()
                .filter(p -> p.merchantId.equals(merchantId) && p.invoiceId.equals(invoiceId))
                .sorted(Comparator.comparingLong((PayMasterPayment p) -> p.paymentId)
                        .reversed())
                .toList();
        return all.stream()
                .filter(p -> "COMPLETE".equals(p.state))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** Refunds part or all of a complete payment; empty when done, else PayMaster's error code. */
    /** Refunds {@code amount} of a completed payment; the refund, or PayMaster's error code. */
    RefundDone refund(PayMasterPayment p, BigDecimal amount, String externalId) {
        PayMasterPayment.Refund refund;
        synchronized (p) {
            if (!"COMPLETE".equals(p.state)) {
                return RefundDone.error(-1);
            }
            if (amount == null || amount.signum() <= 0 || amount.compareTo(p.amount.subtract(p.refunded)) > 0) {
                return RefundDone.error(-18);
            }
            p.refunded = p.refunded.add(amount);
            p.updated = OffsetDateTime.now(clock);
            refund = new PayMasterPayment.Refund(
                    p.paymentId * 100 + p.refunds.size() + 1, externalId, amount, p.updated);
            p.refunds.add(refund);
        }
        ledger.record(new LedgerEntry(
                FAMILY,
                p.merchantId,
                p.invoiceId,
                amount,
                p.currency,
                1,
                p.maskedPan,
                LedgerEntry.APPROVED,
                "",
                String.valueOf(p.paymentId),
                String.valueOf(p.paymentId),
                String.valueOf(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock),
                LedgerType.REFUND));
        return new RefundDone(Optional.of(refund), 0);
    }

    /** A refund made, or the error code that refused it. */
    record RefundDone(Optional<PayMasterPayment.Refund> refund, int error) {

        static RefundDone error(int code) {
            return new RefundDone(Optional.empty(), code);
        }
    }

    // ------------------------------------------------------------------ pages and helpers

    private String cardPage(Session s, String base, String error) {
        String sim = s.form().getOrDefault("LMI_SIM_MODE", "");
        return HostedPages.page(
                "PayMaster",
                "<h1>PayMaster</h1>"
                        + (sim.isEmpty()
                                ? ""
                                : "<p id=\"test-payment\"><strong>TEST MODE</strong> (LMI_SIM_MODE=" + sim
                                        + ") – no money moves.</p>")
                        + "<p>Pay <strong id=\"total\">" + s.amount().toPlainString() + " " + s.currency()
                        + "</strong> to "
                        + HostedPages.escape(s.merchant().name()) + ": "
                        + HostedPages.escape(s.form().getOrDefault("LMI_PAYMENT_DESC", ""))
                        + "</p>"
                        + (error == null ? "" : "<p class=\"err\" id=\"error\">" + HostedPages.escape(error) + "</p>")
                        + "<form method=\"post\" action=\"" + HostedPages.escape(base + PAY_PATH)
                        + "\" autocomplete=\"off\">"
                        + HostedPages.hidden(Map.of("session", s.id()))
                        + "<label for=\"holder\">Name on card</label><input id=\"holder\" name=\"holder\">"
                        + "<label for=\"cardNumber\">Card number</label><input id=\"cardNumber\" name=\"cardNumber\" inputmode=\"numeric\">"
                        + "<label for=\"expiry\">Expiry (MM/YY)</label><input id=\"expiry\" name=\"expiry\">"
                        + "<label for=\"cvv\">CVV</label><input id=\"cvv\" name=\"cvv\" inputmode=\"numeric\">"
                        + "<p><button id=\"pay\" type=\"submit\">Pay</button></p></form>");
    }

    /** The page that sends the payer back to the site's success or failure page (by POST, GET or a link). */
    private String backPage(String title, Map<String, String> f, String urlField, PayMasterPayment p) {
        return HostedPages.page(
                title,
                "<h1 id=\"result\">" + HostedPages.escape(title) + "</h1>"
                        + backForm(f, urlField, p, "Back to the shop"));
    }

    private String backForm(Map<String, String> f, String urlField, PayMasterPayment p, String label) {
        String url = f.getOrDefault(urlField, "");
        if (url.isEmpty()) {
            return "";
        }
        Map<String, String> back = new LinkedHashMap<>();
        back.put("LMI_MERCHANT_ID", p.merchantId);
        back.put("LMI_PAYMENT_NO", p.invoiceId);
        back.put("LMI_SYS_PAYMENT_ID", String.valueOf(p.paymentId));
        synchronized (p) {
            back.put("LMI_SYS_PAYMENT_DATE", PAYMENT_DATE.format(p.updated.atZoneSameInstant(MOSCOW)));
        }
        echo(back, f);
        String method =
                f.getOrDefault(urlField.replace("_URL", "_METHOD"), "POST").toUpperCase(Locale.ROOT);
        if ("LINK".equals(method)) {
            return "<p><a id=\"back\" href=\"" + HostedPages.escape(url) + "\">" + HostedPages.escape(label)
                    + "</a></p>";
        }
        return "<form id=\"back\" method=\"" + ("GET".equals(method) ? "get" : "post") + "\" action=\""
                + HostedPages.escape(url) + "\">" + HostedPages.hidden(back) + "<button type=\"submit\">"
                + HostedPages.escape(label)
                + "</button></form><script>document.getElementById('back').submit();</script>";
    }

    /** PayMaster hands every form field without the LMI_ prefix back to the site. */
    private static void echo(Map<String, String> out, Map<String, String> form) {
        form.forEach((k, v) -> {
            if (!k.startsWith("LMI_")) {
                out.putIfAbsent(k, v);
            }
        });
    }

    private static void putIfPresent(Map<String, String> out, Map<String, String> form, String name) {
        if (form.containsKey(name)) {
            out.put(name, form.get(name));
        }
    }

    private static String firstUrl(String... urls) {
        for (String u : urls) {
            if (u != null && !u.isBlank()) {
                return u.trim();
            }
        }
        return "";
    }

    static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }

    static String currency(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.matches("\\d{3}")) {
            int numeric = Integer.parseInt(c);
            return java.util.Currency.getAvailableCurrencies().stream()
                    .filter(x -> x.getNumericCode() == numeric)
                    .map(java.util.Currency::getCurrencyCode)
                    .sorted()
                    .findFirst()
                    .orElse(c);
        }
        return c;
    }

    private static PayMasterReply error(int status, String title, String text) {
        return PayMasterReply.html(
                status,
                HostedPages.page(
                        title,
                        "<h1 id=\"error\">" + HostedPages.escape(title) + "</h1><p>" + HostedPages.escape(text)
                                + "</p>"));
    }
}
