package dev.vpos.gateway.testing;

import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.simulator.http.FormParameters;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Helpers for contract tests of hosted payments: read a page's first form, encode fields, wait for a condition. */
public final class HostedFlow {

    private static final Pattern FORM =
            Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);

    private HostedFlow() {}

    /** The first form of a page: action, method and its inputs with their values. */
    public record Form(String action, String method, Map<String, String> fields) {}

    public static Form firstForm(String html) {
        Matcher m = FORM.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form in:\n" + html);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher i = INPUT.matcher(m.group(2));
        while (i.find()) {
            String name = attr(i.group(1), "name");
            if (name != null) {
                String value = attr(i.group(1), "value");
                fields.put(name, value == null ? "" : value);
            }
        }
        String method = attr(m.group(1), "method");
        return new Form(attr(m.group(1), "action"), method == null ? "get" : method.toLowerCase(Locale.ROOT), fields);
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The query of a redirect's location, first value of each name. */
    public static Map<String, String> query(String location) {
        return FormParameters.firstValues(URI.create(location).getRawQuery(), null);
    }

    /** What the simulator posted to our inbox, as the notification servlet would hand it to the adapter. */
    public static InboundNotification notification(SimulatedBankServer.Request r) {
        List<Map.Entry<String, String>> form = FormParameters.entries(new String(r.body(), StandardCharsets.UTF_8));
        return new InboundNotification(
                Map.of("content-type", List.of(String.valueOf(r.contentType()))),
                r.body(),
                r.contentType(),
                form,
                Instant.now());
    }

    public static void await(BooleanSupplier condition, long millis, String what) {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(attrs);
        return m.find()
                ? m.group(1)
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&")
                : null;
    }
}
