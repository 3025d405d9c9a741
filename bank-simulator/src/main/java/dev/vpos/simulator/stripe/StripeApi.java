package dev.vpos.simulator.stripe;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.json.Json;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated Stripe API (test mode) below {@code /stripe}: authentication by API key, idempotent POSTs, the
 * endpoints the product uses and the test 3-D Secure page. Plain Java so the adapter's contract tests run it in
 * process; {@link StripeServlet} serves it in the simulator WAR. One lock for all state: requests are short.
 *
 * <ul>
 *   <li>{@code POST /v1/payment_methods} (publishable or secret key; what Stripe.js calls from the browser)</li>
 *   <li>{@code GET /v1/refunds?payment_intent=} (the PaymentIntent's refunds, newest first)</li>
 *   <li>{@code POST /v1/payment_intents}, {@code GET /v1/payment_intents/search}, {@code GET /v1/payment_intents/{id}},
 *       {@code POST /v1/payment_intents/{id}/confirm|capture|cancel} (confirm and retrieve also with the publishable
 *       key and the client secret, as Stripe.js does)</li>
 *   <li>{@code POST /v1/refunds}</li>
 *   <li>{@code POST|GET /v1/webhook_endpoints}, {@code DELETE /v1/webhook_endpoints/{id}}</li>
 *   <li>{@code GET|POST /3ds/authenticate/{pi}?client_secret=...}: the test 3-D Secure page</li>
 * </ul>
 */
public final class StripeApi {

    private static final Pattern INTENT =
            Pattern.compile("/v1/payment_intents/(pi_[A-Za-z0-9]+)(?:/(confirm|capture|cancel))?");
    private static final Pattern ENDPOINT = Pattern.compile("/v1/webhook_endpoints/(we_[A-Za-z0-9]+)");
    private static final Pattern THREE_DS = Pattern.compile("/3ds/authenticate/(pi_[A-Za-z0-9]+)");

    private final StripeAccounts accounts;
    private final StripeStore store;
    private final StripeWebhooks webhooks;
    private final StripePayments payments;
    private final StripeFollowUps followUps;
    private final StripeIdempotency idempotency = new StripeIdempotency();

    public StripeApi(
            StripeAccounts accounts,
            Ledger ledger,
            Clock clock,
            Random random,
            ScheduledExecutorService executor,
            StripeWebhooks.Sender sender,
            Duration firstWebhookRetry,
            int webhookAttempts,
            Duration processingTime) {
        this.accounts = accounts;
        this.store = new StripeStore(random);
        Function<String, String> ids = store::newId;
        this.webhooks = new StripeWebhooks(clock, executor, sender, firstWebhookRetry, webhookAttempts, prefix -> {
            synchronized (store) {
                return ids.apply(prefix);
            }
        });
        StripeBook book = new StripeBook(ledger, clock);
        this.payments = new StripePayments(store, webhooks, book, clock, executor, processingTime);
        this.followUps = new StripeFollowUps(store, webhooks, book, clock);
    }

    public StripeWebhooks webhooks() {
        return webhooks;
    }

    public StripeAccounts accounts() {
        return accounts;
    }

    /** Handles one request; {@code base} is the public URL of {@code /stripe} (for the 3-D Secure page's link). */
    public StripeReply handle(StripeCall call, URI base) {
        String path = call.path();
        if (path.startsWith("/3ds/")) {
            synchronized (store) {
                return threeDs(call);
            }
        }
        Optional<StripeAccounts.KeyOwner> owner = call.apiKey().flatMap(accounts::byKey);
        if (owner.isEmpty()) {
            return StripeErrors.unauthorized(
                    call.apiKey().isEmpty()
                            ? "You did not provide an API key. You need to provide your API key in the Authorization header, "
                                    + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
                            : "Invalid API Key provided: "
                                    + masked(call.apiKey().get()));
        }
        StripeForm params = call.params();
        String endpoint = call.method() + " " + path;
        synchronized (store) {
            Optional<String> key = "POST".equals(call.method()) ? call.idempotencyKey() : Optional.empty();
            String accountId = owner.get().account().id();
            if (key.isPresent()) {
                Optional<StripeReply> known = idempotency.lookUp(accountId, key.get(), endpoint, params);
                if (known.isPresent()) {
                    return known.get();
                }
            }
            StripeReply reply = route(call.method(), path, params, owner.get(), base);
            key.ifPresent(k -> idempotency.save(accountId, k, endpoint, params, reply));
            return params.first("amount")
                            .filter(a -> a.equals(String.valueOf(StripePayments.SLOW_AMOUNT)))
                            .isPresent()
                    ? reply.slowly()
                    : reply;
        }
    }

    private StripeReply route(String method, String path, StripeForm p, StripeAccounts.KeyOwner owner, URI base) {
        String accountId = owner.account().id();
        if (path.equals("/v1/payment_methods") && method.equals("POST")) {
            return payments.createMethod(accountId, p);
        }
        Matcher intent = INTENT.matcher(path);
        if (intent.matches()) {
            Optional<StripePaymentIntent> pi = store.intent(accountId, intent.group(1));
            boolean byClient =
                    !owner.secret() && pi.isPresent() && pi.get().clientSecret.equals(p.text("client_secret"));
            if (!owner.secret() && !byClient) {
                return pi.isEmpty() ? StripeErrors.missing("payment_intent", intent.group(1)) : publishableRefused();
            }
            if (pi.isEmpty()) {
                return StripeErrors.missing("payment_intent", intent.group(1));
            }
            String action = intent.group(2);
            if (action == null && method.equals("GET")) {
                return StripeReply.json(200, pi.get().toJson(owner.secret()));
            }
            if ("confirm".equals(action) && method.equals("POST")) {
                return payments.confirm(pi.get(), p, base, owner.secret());
            }
            if (!owner.secret()) {
                return publishableRefused();
            }
            if ("capture".equals(action) && method.equals("POST")) {
                return followUps.capture(pi.get(), p);
            }
            if ("cancel".equals(action) && method.equals("POST")) {
                return followUps.cancel(pi.get(), p);
            }
            return unrecognised(method, path);
        }
        if (!owner.secret()) {
            return publishableRefused();
        }
        if (path.equals("/v1/payment_intents") && method.equals("POST")) {
            return payments.createIntent(accountId, p, base);
        }
        if (path.equals("/v1/payment_intents/search") && method.equals("GET")) {
            return followUps.search(accountId, p);
        }
        if (path.equals("/v1/refunds") && method.equals("POST")) {
            return followUps.refund(accountId, p);
        }
        if (path.equals("/v1/refunds") && method.equals("GET")) {
            return followUps.refunds(accountId, p);
        }
        return webhookEndpoints(method, path, p, accountId);
    }

    private StripeReply webhookEndpoints(String method, String path, StripeForm p, String accountId) {
        if (path.equals("/v1/webhook_endpoints") && method.equals("POST")) {
            if (p.text("url").isBlank()) {
                return StripeErrors.invalidRequest("parameter_missing", "url", "Missing required param: url.");
            }
            List<String> events = p.names().stream()
                    .filter(n -> n.startsWith("enabled_events["))
                    .distinct()
                    .flatMap(n -> p.first(n).stream())
                    .toList();
            return StripeReply.json(
                    200,
                    webhooks.addEndpoint(accountId, p.text("url"), null, events).toJson(true));
        }
        if (path.equals("/v1/webhook_endpoints") && method.equals("GET")) {
            var data = Json.createArrayBuilder();
            webhooks.endpoints(Optional.of(accountId)).forEach(e -> data.add(e.toJson(false)));
            return StripeReply.json(
                    200,
                    Json.createObjectBuilder()
                            .add("object", "list")
                            .add("data", data)
                            .add("has_more", false)
                            .add("url", "/v1/webhook_endpoints")
                            .build());
        }
        Matcher m = ENDPOINT.matcher(path);
        if (m.matches() && method.equals("DELETE")) {
            return webhooks.removeEndpoint(accountId, m.group(1))
                    ? StripeReply.json(
                            200,
                            Json.createObjectBuilder()
                                    .add("id", m.group(1))
                                    .add("object", "webhook_endpoint")
                                    .add("deleted", true)
                                    .build())
                    : StripeErrors.missing("webhook_endpoint", m.group(1));
        }
        return unrecognised(method, path);
    }

    /** The test page: GET shows it, POST applies the payer's choice and sends the browser to the return URL. */
    private StripeReply threeDs(StripeCall call) {
        Matcher m = THREE_DS.matcher(call.path());
        StripeForm p = call.params();
        Optional<StripePaymentIntent> pi = m.matches() ? store.intentById(m.group(1)) : Optional.empty();
        if (pi.isEmpty() || !pi.get().clientSecret.equals(p.text("client_secret"))) {
            return StripeReply.html(404, StripeThreeDsPage.unknown());
        }
        if (call.method().equals("GET")) {
            return StripeReply.html(200, StripeThreeDsPage.render(pi.get()));
        }
        return StripeReply.redirect(payments.authenticated(pi.get(), !"fail".equals(p.text("outcome"))));
    }

    /** The simulator's own view for tests and the control API: every account's intents of one order, oldest first. */
    public List<String> paymentIntentIdsOfOrder(String orderId) {
        synchronized (store) {
            return store.intentsForOrder(orderId).stream().map(pi -> pi.id).toList();
        }
    }

    /** Forgets every object and saved idempotent answer (the control API's reset). */
    public void reset() {
        synchronized (store) {
            store.clear();
            idempotency.clear();
        }
    }

    private static StripeReply publishableRefused() {
        return StripeErrors.unauthorized(
                "This API call cannot be made with a publishable API key. Please use a "
                        + "secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.");
    }

    private static StripeReply unrecognised(String method, String path) {
        return StripeReply.json(
                        404,
                        Json.createObjectBuilder()
                                .add(
                                        "error",
                                        Json.createObjectBuilder()
                                                .add("type", "invalid_request_error")
                                                .add(
                                                        "message",
                                                        "Unrecognized request URL (" + method + ": " + path + ")."))
                                .build())
                .notSaved();
    }

    private static String masked(String key) {
        int cut = key.lastIndexOf('_') + 1;
        return key.length() <= 4
                ? "****"
                : key.substring(0, Math.min(cut, key.length() - 4)) + "****" + key.substring(key.length() - 4);
    }
}
