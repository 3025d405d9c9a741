package dev.vpos.simulator.twocheckout;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated REST API 6.0, the three calls the adapter makes: {@code GET /orders/{RefNo}/}, {@code GET
 * /orders/?ExternalRefNo=...[&IncludeTestOrders=YES|NO|ONLY]} and {@code POST /orders/{RefNo}/refund/}. Every call is
 * authenticated by {@code X-Avangate-Authentication: code="..." date="yyyy-MM-dd HH:mm:ss" hash="..." [algo="..."]}:
 * a known merchant, a UTC date within 10 minutes of the simulator's clock, and the HMAC (MD5 without {@code algo},
 * else {@code sha256} or {@code sha3-256}) of the length-prefixed code and date with the merchant's secret key. Errors
 * are JSON {@code {"error_code":"...","message":"..."}} with HTTP 401, 400 or 404.
 */
public final class TwoCheckoutRestApi {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration SKEW = Duration.ofMinutes(10);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)/?");
    private static final Pattern REFUND = Pattern.compile("/orders/([^/]+)/refund/?");

    private final TwoCheckoutShop shop;
    private final TwoCheckoutMerchants merchants;
    private final Clock clock;

    TwoCheckoutRestApi(TwoCheckoutShop shop, TwoCheckoutMerchants merchants, Clock clock) {
        this.shop = shop;
        this.merchants = merchants;
        this.clock = clock;
    }

    /**
     * @param path   below {@code /rest/6.0}, e.g. {@code /orders/}
     * @param query  the raw query string, or null
     * @param header the {@code X-Avangate-Authentication} header, or null
     */
    public TwoCheckoutReply handle(String method, String path, String query, String header, byte[] body) {
        Optional<String> merchant = authenticate(header);
        if (merchant.isEmpty()) {
            return error(401, "AUTHENTICATION_ERROR", "Authentication needed for this resource.");
        }
        Matcher refund = REFUND.matcher(path);
        Matcher order = ORDER.matcher(path);
        if ("POST".equals(method) && refund.matches()) {
            return refund(merchant.get(), refund.group(1), body);
        }
        if ("GET".equals(method) && (path.equals("/orders/") || path.equals("/orders"))) {
            return search(merchant.get(), parameters(query));
        }
        if ("GET".equals(method) && order.matches()) {
            return shop.order(merchant.get(), order.group(1))
                    .map(o -> TwoCheckoutReply.json(200, snapshot(o).toString()))
                    .orElseGet(() -> error(404, "ORDER_NOT_FOUND", "Order " + order.group(1) + " not found."));
        }
        return error(404, "NOT_FOUND", "No such resource: " + method + " " + path);
    }

    private TwoCheckoutReply search(String merchant, Map<String, String> q) {
        String ext = q.getOrDefault("ExternalRefNo", "");
        String tests = q.getOrDefault("IncludeTestOrders", "NO").toUpperCase(java.util.Locale.ROOT);
        JsonArrayBuilder items = Json.createArrayBuilder();
        int count = 0;
        for (TwoCheckoutOrder o : shop.ordersByExternalReference(merchant, ext)) {
            boolean wanted = switch (tests) {
                case "YES" -> true;
                case "ONLY" -> o.testOrder;
                default -> !o.testOrder;
            };
            if (wanted) {
                items.add(snapshot(o));
                count++;
            }
        }
        return TwoCheckoutReply.json(
                200,
                Json.createObjectBuilder()
                        .add("Items", items)
                        .add(
                                "Pagination",
                                Json.createObjectBuilder()
                                        .add("Page", 1)
                                        .add("Limit", 10)
                                        .add("Count", count))
                        .build()
                        .toString());
    }

    private TwoCheckoutReply refund(String merchant, String refNo, byte[] body) {
        Optional<TwoCheckoutOrder> order = shop.order(merchant, refNo);
        if (order.isEmpty()) {
            return error(404, "ORDER_NOT_FOUND", "Order " + refNo + " not found.");
        }
        BigDecimal amount;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body == null ? new byte[0] : body))) {
            JsonObject o = reader.readObject();
            amount = o.get("amount") instanceof JsonNumber n
                    ? n.bigDecimalValue()
                    : o.get("amount") instanceof JsonString s ? new BigDecimal(s.getString()) : null;
        } catch (RuntimeException e) {
            return error(
                    400,
                    "INVALID_REQUEST",
                    "The body must be {\"amount\":...,\"comment\":\"...\",\"reason\":\"...\"}.");
        }
        return shop.refund(order.get(), amount)
                .map(e -> error(400, e[0], e[1]))
                .orElseGet(() -> TwoCheckoutReply.json(200, "true"));
    }

    private static JsonObject snapshot(TwoCheckoutOrder o) {
        synchronized (o) {
            return o.toJson();
        }
    }

    private Optional<String> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(header);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        Optional<TwoCheckoutMerchants.Merchant> merchant = merchants.byCode(a.get("code"));
        String date = a.getOrDefault("date", "");
        String algo = a.getOrDefault("algo", "md5");
        if (merchant.isEmpty() || !algo.matches("md5|sha256|sha3-256")) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(date, DATE);
            if (Duration.between(at.toInstant(ZoneOffset.UTC), clock.instant())
                            .abs()
                            .compareTo(SKEW)
                    > 0) {
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        String expected = TwoCheckoutCrypto.hmac(
                algo,
                merchant.get().secretKey(),
                TwoCheckoutCrypto.serialise(List.of(merchant.get().code(), date)));
        return TwoCheckoutCrypto.same(a.get("hash"), expected)
                ? Optional.of(merchant.get().code())
                : Optional.empty();
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> q = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return q;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            q.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static TwoCheckoutReply error(int status, String code, String message) {
        return TwoCheckoutReply.json(
                status,
                Json.createObjectBuilder()
                        .add("error_code", code)
                        .add("message", message)
                        .build()
                        .toString());
    }
}
