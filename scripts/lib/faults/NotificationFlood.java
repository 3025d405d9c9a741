import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A flood of provider notifications over two nodes: orders of the ERP paid on our hosted page with Stripe while the
 * simulated Stripe withholds its webhooks, the payments still processing when the payer comes back (so a webhook or
 * the janitor must settle them); then every webhook released at once to both nodes, each event resent three more
 * times, newest first (out of order: "processing" after "succeeded"), while the janitor asks Stripe too. Each order
 * must be paid once: one approved collection, one batch record, one payment in the ERP, the order closed, one
 * PaymentIntent at Stripe, and no notification answered 500.
 */
final class NotificationFlood {

    static final String ACCOUNT = "acct_1VposDemoAccount";
    static final String SECRET = "whsec_VposDemoWebhookSigningSecret000000";
    /** Stripe keeps this amount "processing" for a few seconds and then succeeds on its own. */
    static final String PROCESSING_AMOUNT = "8888.88";

    private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|button)([^>]*)>");

    private final FaultSuite suite;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    NotificationFlood(FaultSuite suite) {
        this.suite = suite;
    }

    /** Runs the flood with {@code orders} orders; answers the table row's result. */
    String run(int orders, int resends) throws Exception {
        String[] nodes = {suite.node, suite.node2};
        long stripe = stripeDefinition();
        for (String n : nodes) {
            webhookEndpoint(n + "/vpos/notify/" + stripe);
        }
        String run = "FLOOD-" + System.currentTimeMillis();
        List<String> documents = orders(run, orders);
        control("/control/notifications", "{\"all\":true,\"withhold\":true}");
        Map<String, String> orderIdByDocument = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService payers = Executors.newFixedThreadPool(8);
        List<Future<?>> paid = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String document = documents.get(i);
            String node = nodes[i % 2];
            paid.add(payers.submit(() -> {
                orderIdByDocument.put(document, pay(node, stripe, document));
                return null;
            }));
        }
        for (Future<?> f : paid) {
            f.get(5, TimeUnit.MINUTES);
        }
        payers.shutdown();

        // the flood: everything withheld released to both nodes, then each order's events resent, newest first
        control("/control/notifications", "{\"all\":true,\"withhold\":false}");
        control("/control/notifications/release", "{}");
        ExecutorService resenders = Executors.newFixedThreadPool(16);
        List<Future<?>> resent = new ArrayList<>();
        for (String order : orderIdByDocument.values()) {
            List<String> events = events(order);
            Collections.reverse(events);
            for (int r = 0; r < resends; r++) {
                for (String event : events) {
                    resent.add(resenders.submit(() -> {
                        control("/control/notifications/resend", "{\"eventId\":\"" + event + "\"}");
                        return null;
                    }));
                }
            }
        }
        for (Future<?> f : resent) {
            f.get(5, TimeUnit.MINUTES);
        }
        resenders.shutdown();

        Outcome o = check(orderIdByDocument, Duration.ofSeconds(120));
        return o.summary(orders, resends, resent.size());
    }

    /** Stripe's deliveries settle, then each order is checked. */
    Outcome check(Map<String, String> orderIdByDocument, Duration max) throws Exception {
        Outcome o = new Outcome();
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until && pendingDeliveries(orderIdByDocument) > 0) {
            FaultSuite.pause(1000);
        }
        FaultSuite.pause(2000); // the inbox processes what it acknowledged in the background
        try (Connection c = DriverManager.getConnection(suite.jdbc, "vpos", "vpos")) {
            for (Map.Entry<String, String> e : orderIdByDocument.entrySet()) {
                String document = e.getKey();
                String order = e.getValue();
                awaitSettled(c, order, until);
                String state = one(c, "select state from collection where bank_order_id = ?", order);
                long collections = count(c, "select count(*) from collection c join erp_document d on"
                        + " c.document_id = d.id where d.document_no = ?", document);
                long batches = count(c, "select count(*) from card_batch b join collection c on b.collection_id = c.id"
                        + " where c.bank_order_id = ?", order);
                long payments = count(c, "select count(*) from erp_document_payment p join erp_document d on"
                        + " p.document_id = d.id where d.document_no = ?", document);
                String open = one(c, "select open_amount from erp_document where document_no = ?", document);
                long intents = paymentIntents(order);
                o.notifications += count(c, "select count(*) from provider_notification where bank_order_id = ?", order);
                long unsettled = count(c, "select count(*) from provider_notification where bank_order_id = ? and"
                        + " status in ('RECEIVED', 'DEFERRED', 'MISMATCH', 'UNMATCHED', 'REJECTED')", order);
                if (unsettled > 0) {
                    problems.add(order + ": " + unsettled + " notifications received, deferred, mismatched, unmatched"
                            + " or rejected");
                }
                if (!"APPROVED".equals(state) || collections != 1 || batches != 1 || payments != 1
                        || open == null || new java.math.BigDecimal(open).signum() != 0 || intents != 1) {
                    problems.add(document + " (" + order + "): " + state + ", " + collections + " collections, "
                            + batches + " batch records, " + payments + " ERP payments, open " + open + ", "
                            + intents + " PaymentIntents");
                } else {
                    o.paidOnce++;
                }
            }
        }
        o.status500 = deliveries500(orderIdByDocument);
        if (o.status500 > 0) {
            problems.add(o.status500 + " notifications answered 500");
        }
        return o;
    }

    final class Outcome {
        int paidOnce;
        long notifications;
        int status500;

        String summary(int orders, int resends, int resent) {
            String counts = orders + " orders: " + paidOnce + " paid once (one collection, one batch record, one ERP"
                    + " payment, closed, one PaymentIntent); " + notifications + " notifications received (" + resent
                    + " resends asked for), " + status500 + " answered 500";
            if (problems.isEmpty()) {
                return "PASS · " + counts;
            }
            return "FAIL · " + counts + " · "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? " (+" + (problems.size() - 5) + " more)" : "");
        }
    }

    // ------------------------------------------------------------------------------------------------- the payer

    /** Pays one ERP order on the node's hosted page with Stripe; answers our order id at Stripe. */
    String pay(String node, long stripe, String document) throws Exception {
        String json = "{\"companyId\":" + suite.companyId + ",\"customerAccountId\":" + suite.accountId
                + ",\"purpose\":\"ORDER\",\"reference\":\"" + document + "\",\"amount\":\"" + PROCESSING_AMOUNT
                + "\",\"currency\":\"TRY\",\"returnUrl\":\"http://portal.example/back\"}";
        FaultSuite.Reply created = suite.post(node, FaultSuite.API + "/checkout-sessions", "portal", json, null);
        if (created.status() != 201) {
            throw new IllegalStateException("checkout session for " + document + ": " + created);
        }
        String session = FaultSuite.field(created.body(), "id");
        URI page = URI.create(node + "/vpos/pay/" + session + "?method=" + stripe);
        Form chosen = Form.first(page, send(HttpRequest.newBuilder(page).GET().build(), 200));
        String cardPageHtml = send(chosen.post(), 200);
        Form card = Form.first(page, cardPageHtml);
        Matcher pk = Pattern.compile("Stripe\\('(pk_test_[A-Za-z0-9]+)'\\)").matcher(cardPageHtml);
        if (!pk.find()) {
            throw new IllegalStateException("no publishable key on our Stripe page");
        }
        String method = FaultSuite.field(send(HttpRequest.newBuilder(URI.create(suite.bank + "/stripe/v1/payment_methods"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("type=card&card%5Bnumber%5D=4242424242424242"
                                + "&card%5Bexp_month%5D=12&card%5Bexp_year%5D=30&card%5Bcvc%5D=123"
                                + "&billing_details%5Bname%5D=Flood+Payer&key=" + pk.group(1)))
                        .build(), 200), "id");
        card.fields.put("payment_method", method);
        HttpResponse<String> back = http.send(card.post(), HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 302) {
            problems.add(document + ": our callback answered " + back.statusCode());
        }
        String reference = FaultSuite.field(
                suite.get(node + FaultSuite.API + "/checkout-sessions/" + session, "portal"), "collectionReference");
        return FaultSuite.field(suite.get(node + FaultSuite.API + "/collections/" + reference, "finance"), "bankOrderId");
    }

    String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** The first form of a page, as a browser without JavaScript would post it. */
    static final class Form {
        final URI action;
        final Map<String, String> fields = new LinkedHashMap<>();

        Form(URI action) {
            this.action = action;
        }

        static Form first(URI page, String html) {
            Matcher m = FORM.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no form on " + page);
            }
            String action = attr(m.group(1), "action");
            Form form = new Form(action == null ? page : page.resolve(unescape(action)));
            boolean submitTaken = false;
            Matcher f = FIELD.matcher(m.group(2));
            while (f.find()) {
                String name = attr(f.group(2), "name");
                if (name == null) {
                    continue;
                }
                boolean submit = "submit".equals(attr(f.group(2), "type")) || "button".equals(f.group(1));
                if (submit && submitTaken) {
                    continue;
                }
                submitTaken |= submit;
                String value = attr(f.group(2), "value");
                form.fields.put(name, value == null ? "" : unescape(value));
            }
            return form;
        }

        HttpRequest post() {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }

        static String attr(String attrs, String name) {
            Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(attrs);
            return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
        }

        static String unescape(String s) {
            return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
        }
    }

    // ------------------------------------------------------------------------------------ the ERP and Stripe

    /** New open orders of the DEMO company's first customer in the reference ERP (what the host ERP would hold). */
    List<String> orders(String run, int n) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(suite.jdbc, "vpos", "vpos");
                PreparedStatement s = c.prepareStatement("insert into erp_document (id, company_id, customer_account_id,"
                        + " document_type, document_no, currency, total_amount, open_amount)"
                        + " values ((select coalesce(max(id), 0) + 1 from erp_document), ?, ?, 'ORDER', ?, 'TRY', ?, ?)")) {
            for (int i = 0; i < n; i++) {
                String number = run + "-" + i;
                s.setLong(1, suite.companyId);
                s.setLong(2, suite.accountId);
                s.setString(3, number);
                s.setBigDecimal(4, new java.math.BigDecimal(PROCESSING_AMOUNT));
                s.setBigDecimal(5, new java.math.BigDecimal(PROCESSING_AMOUNT));
                s.executeUpdate();
                numbers.add(number);
            }
        }
        return numbers;
    }

    long stripeDefinition() throws Exception {
        String definitions = suite.get(suite.node + FaultSuite.API + "/companies/" + suite.companyId
                + "/vpos-definitions", "admin");
        int code = definitions.indexOf("\"code\":\"STRIPE-DEMO\"");
        Matcher m = Pattern.compile("\"family\":\"STRIPE\",\"id\":(\\d+)").matcher(definitions);
        if (code < 0 || !m.find(code)) {
            throw new IllegalStateException("no STRIPE-DEMO definition");
        }
        return Long.parseLong(m.group(1));
    }

    void webhookEndpoint(String url) throws Exception {
        String known = suite.get(suite.bank + "/control/stripe/webhook-endpoints?account=" + ACCOUNT, null);
        if (known.contains("\"url\":\"" + url + "\"")) {
            return;
        }
        control("/control/stripe/webhook-endpoints", "{\"account\":\"" + ACCOUNT + "\",\"url\":\"" + url
                + "\",\"secret\":\"" + SECRET + "\"}");
    }

    List<String> events(String order) throws Exception {
        String json = suite.get(suite.bank + "/control/stripe/events?orderId=" + order, null);
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"(evt_[^\"]+)\"").matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    long paymentIntents(String order) throws Exception {
        String json = suite.get(suite.bank + "/control/stripe/payment-intents?orderId=" + order, null);
        Matcher m = Pattern.compile("\"(pi_[^\"]+)\"").matcher(json);
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids.size();
    }

    /** Deliveries still to be tried (pending or retrying) of the flood's orders. */
    long pendingDeliveries(Map<String, String> orders) throws Exception {
        long pending = 0;
        for (String order : orders.values()) {
            String json = suite.get(suite.bank + "/control/notifications?family=STRIPE&orderId=" + order, null);
            Matcher m = Pattern.compile("\"state\":\"(PENDING|RETRYING)\"").matcher(json);
            while (m.find()) {
                pending++;
            }
        }
        return pending;
    }

    int deliveries500(Map<String, String> orders) throws Exception {
        int n = 0;
        for (String order : orders.values()) {
            String json = suite.get(suite.bank + "/control/notifications?family=STRIPE&orderId=" + order, null);
            Matcher m = Pattern.compile("\"(lastStatus|status)\":500\\b").matcher(json);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    void awaitSettled(Connection c, String order, long until) throws SQLException {
        while (System.nanoTime() < until) {
            String state = one(c, "select state from collection where bank_order_id = ?", order);
            if (state != null && !state.equals("INITIATED") && !state.equals("UNKNOWN")
                    && !state.equals("PENDING_3DS")) {
                return;
            }
            FaultSuite.pause(500);
        }
    }

    /**
     * A call to the simulator's notification control. Each of them (withhold, release, resend an event) may be sent again:
     * a pooled connection the server closed as the request left ("header parser received no bytes", seen under load)
     * is retried on a new one, up to three times.
     */
    void control(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.bank + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> r = null;
        for (int attempt = 1; r == null; attempt++) {
            try {
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closed) {
                if (attempt == 3) {
                    throw closed;
                }
                FaultSuite.pause(200);
            }
        }
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " " + json + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static String one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long count(Connection c, String sql, String value) throws SQLException {
        String n = one(c, sql, value);
        return n == null ? 0 : Long.parseLong(n);
    }
}
