package dev.vpos.simulator.tosla;

import dev.vpos.simulator.card.CardNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The field rules of the simulated Tosla API and 3-D pages; each answers the validation errors it finds. */
final class ToslaChecks {

    static final Set<Long> CURRENCIES = Set.of(949L, 840L, 978L, 826L);

    private ToslaChecks() {}

    /** orderId, amount, currency and installmentCount of an authorisation or a 3-D registration. */
    static List<String> order(ToslaRequest r) throws ToslaRequest.NotAnInteger {
        List<String> errors = new ArrayList<>();
        orderId(r).ifPresent(errors::add);
        Optional<Long> amount = r.integer("amount");
        if (amount.isEmpty() || amount.get() <= 0) {
            errors.add("The field amount must be a positive integer (minor units).");
        }
        Optional<Long> currency = r.integer("currency");
        if (currency.isEmpty() || !CURRENCIES.contains(currency.get())) {
            errors.add("The field currency must be one of 949, 840, 978, 826.");
        }
        Optional<Long> installments = r.integer("installmentCount");
        if (installments.isPresent()
                && (installments.get() == 1 || installments.get() < 0 || installments.get() > 12)) {
            errors.add("The field installmentCount must be 0 (single payment) or 2-12.");
        }
        return errors;
    }

    static Optional<String> orderId(ToslaRequest r) {
        return r.text("orderId").matches("[A-Za-z0-9_-]{1,50}")
                ? Optional.empty()
                : Optional.of("The orderId field is required (1-50 letters, digits, - or _).");
    }

    /** cardNo, expireDate (MMYY) and cvv of a non-3D sale. */
    static List<String> card(String pan, String expiryMmYy, String cvv) {
        List<String> errors = new ArrayList<>();
        if (!CardNumbers.wellFormed(pan)) {
            errors.add("The field cardNo is not a valid card number.");
        }
        if (expiryMmYy == null || !expiryMmYy.matches("(0[1-9]|1[0-2])\\d{2}")) {
            errors.add("The field expireDate must be MMYY.");
        }
        if (cvv == null || !cvv.matches("\\d{3,4}")) {
            errors.add("The field cvv must be 3 or 4 digits.");
        }
        return errors;
    }

    static boolean isWebUrl(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
