package dev.vpos.simulator.stripe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Stripe's search query language the simulator understands for payment intents: clauses
 * {@code metadata['key']:'value'}, {@code status:'value'}, {@code currency:'value'} and {@code amount:123}, joined
 * by {@code AND}. Anything else is refused as Stripe refuses a query it cannot parse.
 */
final class StripeSearchQuery {

    private static final Pattern CLAUSE =
            Pattern.compile("\\s*(?:metadata\\[(['\"])(?<key>[^'\"]+)\\1]|(?<field>status|currency|amount))\\s*:\\s*"
                    + "(?:(['\"])(?<value>[^'\"]*)\\4|(?<number>\\d+))\\s*");

    private StripeSearchQuery() {}

    static Optional<Predicate<StripePaymentIntent>> parse(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        List<Predicate<StripePaymentIntent>> clauses = new ArrayList<>();
        for (String part : query.split("\\s+AND\\s+")) {
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            String value = m.group("value") != null ? m.group("value") : m.group("number");
            if (m.group("key") != null) {
                String key = m.group("key");
                clauses.add(pi -> value.equals(pi.metadata.get(key)));
            } else {
                switch (m.group("field")) {
                    case "status" -> clauses.add(pi -> pi.status.equals(value));
                    case "currency" -> clauses.add(pi -> pi.currency.equalsIgnoreCase(value));
                    default -> clauses.add(pi -> String.valueOf(pi.amount).equals(value));
                }
            }
        }
        return Optional.of(clauses.stream().reduce(pi -> true, Predicate::and));
    }
}
