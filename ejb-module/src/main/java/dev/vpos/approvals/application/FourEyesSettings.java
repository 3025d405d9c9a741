package dev.vpos.approvals.application;

import dev.vpos.approvals.domain.FourEyesThreshold;
import dev.vpos.approvals.infrastructure.FourEyesThresholdRepository;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A company's four-eyes thresholds, one per currency (issue #13 item 8). An admin replaces the whole list; an empty
 * list turns four eyes off for the company (the default). Every change goes to the security audit log.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = BusinessException.class)
public class FourEyesSettings {

    static final Logger AUDIT = Logger.getLogger("dev.vpos.security.audit");

    @Inject
    FourEyesThresholdRepository thresholds;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    /** One threshold as an admin writes it: an ISO 4217 currency and a plain decimal amount. */
    public record ThresholdInput(String currency, String amount) {}

    /** One threshold as it is kept: the amount at the currency's scale, who set it and when. */
    public record Threshold(String currency, BigDecimal amount, String updatedBy, OffsetDateTime updatedAt) {}

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<Threshold> of(long companyId) {
        requireCompany(companyId);
        return rows(companyId).stream()
                .map(t -> new Threshold(
                        t.getCurrency(),
                        Money.of(t.getThreshold(), t.getCurrency()).amount(),
                        t.getUpdatedBy(),
                        t.getUpdatedAt()))
                .toList();
    }

    /** The company's threshold in the currency, when four eyes is on for it. */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<Money> threshold(long companyId, String currency) {
        return thresholds.find(companyId, currency).map(t -> Money.of(t.getThreshold(), t.getCurrency()));
    }

    /** Replaces the company's thresholds; 400 with every bad entry ({@code thresholds[i].currency|amount}). */
    public List<Threshold> replace(long companyId, List<ThresholdInput> given, String actor) {
        requireCompany(companyId);
        List<FieldError> errors = new ArrayList<>();
        List<Money> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ThresholdInput> inputs = given == null ? List.of() : given;
        for (int i = 0; i < inputs.size(); i++) {
            ThresholdInput in = inputs.get(i);
            String at = "thresholds[" + i + "].";
            Optional<Currency> currency = currency(in == null ? null : in.currency());
            if (currency.isEmpty()) {
                errors.add(FieldError.of(
                        at + "currency", "currency.unknown", in == null ? "" : String.valueOf(in.currency())));
                continue;
            }
            if (!seen.add(currency.get().getCurrencyCode())) {
                errors.add(FieldError.of(at + "currency", "fourEyes.currencyTwice", currency.get()));
                continue;
            }
            Optional<BigDecimal> amount = Money.parsePlain(in.amount());
            int scale = Money.currencyScale(currency.get());
            if (amount.isEmpty()) {
                errors.add(FieldError.of(at + "amount", "definition.decimal"));
            } else if (amount.get().stripTrailingZeros().scale() > scale) {
                errors.add(FieldError.of(
                        at + "amount", "amount.scale", scale, currency.get().getCurrencyCode()));
            } else {
                valid.add(Money.of(amount.get(), currency.get().getCurrencyCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = describe(rows(companyId).stream()
                .map(t -> Money.of(t.getThreshold(), t.getCurrency()))
                .toList());
        thresholds.removeAll(rows(companyId));
        OffsetDateTime now = OffsetDateTimes.now(clock);
        thresholds.addAll(valid.stream()
                .map(m -> new FourEyesThreshold(companyId, m.currencyCode(), m.amount(), actor, now))
                .toList());
        String after = describe(valid);
        AUDIT.info(() -> "four eyes of company " + companyId + " set by " + actor + ": " + before + " -> " + after);
        return of(companyId);
    }

    private List<FourEyesThreshold> rows(long companyId) {
        return thresholds.ofCompany(companyId);
    }

    private static String describe(List<Money> thresholds) {
        return thresholds.isEmpty() ? "off" : thresholds.toString();
    }

    private static Optional<Currency> currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency c = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return c.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(c);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void requireCompany(long companyId) {
        if (erp.company(companyId).isEmpty()) {
            throw new NotFoundException("company.notFoundById", "company " + companyId);
        }
    }
}
