package dev.vpos.simulator.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stripe's request parameters: {@code application/x-www-form-urlencoded}, nested objects written with brackets
 * ({@code metadata[order_id]=42}, {@code card[number]=...}), arrays with empty brackets
 * ({@code payment_method_types[]=card}). Kept flat, in the order received.
 */
public final class StripeForm {

    private final List<Map.Entry<String, String>> pairs;

    private StripeForm(List<Map.Entry<String, String>> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public static StripeForm parse(String encoded) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String part : encoded.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = decode(eq < 0 ? part : part.substring(0, eq));
                String value = eq < 0 ? "" : decode(part.substring(eq + 1));
                pairs.add(Map.entry(name, value));
            }
        }
        return new StripeForm(pairs);
    }

    StripeForm plus(StripeForm other) {
        List<Map.Entry<String, String>> all = new ArrayList<>(pairs);
        all.addAll(other.pairs);
        return new StripeForm(all);
    }

    public Optional<String> first(String name) {
        return pairs.stream()
                .filter(e -> e.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public String text(String name) {
        return first(name).orElse("");
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    /** The children of a nested object, e.g. {@code nested("metadata")} for {@code metadata[order_id]=42}. */
    public Map<String, String> nested(String object) {
        Map<String, String> out = new LinkedHashMap<>();
        String prefix = object + "[";
        for (Map.Entry<String, String> e : pairs) {
            String k = e.getKey();
            if (k.startsWith(prefix) && k.endsWith("]") && k.indexOf('[', prefix.length()) < 0) {
                out.put(k.substring(prefix.length(), k.length() - 1), e.getValue());
            }
        }
        return out;
    }

    /**
     * The parameters as Stripe compares them for an idempotent replay: the same names and values, whatever their
     * order ({@code key}, the publishable key of Stripe.js, is authentication, not a parameter).
     */
    public String canonical() {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : pairs) {
            if (!e.getKey().equals("key")) {
                sorted.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        return sorted.toString();
    }

    /** Parameter names only, for the log (values may be card data). */
    public List<String> names() {
        return pairs.stream().map(Map.Entry::getKey).toList();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
