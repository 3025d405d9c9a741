package dev.vpos.txlog.application;

import dev.vpos.erp.domain.CompanyRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.domain.LogRetention;
import dev.vpos.txlog.infrastructure.LogRetentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long each company keeps its return-code log: the default ({@code vpos.logRetention.defaultMonths}, 13) unless
 * an admin set the company's own number of months (1–120).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class LogRetentionPolicy {

    static final int FALLBACK_MONTHS = 13;
    private static final Logger LOG = Logger.getLogger(LogRetentionPolicy.class.getName());

    @Inject
    LogRetentionRepository retentions;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.logRetention.defaultMonths", defaultValue = "13")
    int configuredDefault;

    /** A company's retention; {@code companyDefault} when the company has no months of its own. */
    public record RetentionView(
            long companyId,
            String companyCode,
            String companyName,
            int months,
            boolean companyDefault,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    public int defaultMonths() {
        if (configuredDefault < LogRetention.MIN_MONTHS || configuredDefault > LogRetention.MAX_MONTHS) {
            LOG.severe(() -> "vpos.logRetention.defaultMonths=" + configuredDefault + " is outside 1..120; using "
                    + FALLBACK_MONTHS);
            return FALLBACK_MONTHS;
        }
        return configuredDefault;
    }

    /** Every company the ERP knows, with its retention. */
    public List<RetentionView> all() {
        Map<Long, LogRetention> own = own();
        return erp.companies().stream().map(c -> view(c, own.get(c.id()))).toList();
    }

    public RetentionView of(long companyId) {
        CompanyRef company = company(companyId);
        return view(company, retentions.find(companyId).orElse(null));
    }

    /** Sets the company's own retention; {@code months} must be 1–120. */
    public RetentionView set(long companyId, Integer months, String actor) {
        if (months == null) {
            throw new InvalidInputException(FieldError.of("months", "field.required"));
        }
        if (months < LogRetention.MIN_MONTHS || months > LogRetention.MAX_MONTHS) {
            throw new InvalidInputException(
                    FieldError.of("months", "field.range", LogRetention.MIN_MONTHS, LogRetention.MAX_MONTHS));
        }
        CompanyRef company = company(companyId);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        LogRetention row = retentions.find(companyId).orElse(null);
        if (row == null) {
            row = new LogRetention(companyId, months, actor, now);
            retentions.add(row);
        } else {
            row.change(months, actor, now);
        }
        LOG.info(() -> "Return-code log retention of company " + company.code() + " set to " + months + " month(s) by "
                + actor);
        return view(company, row);
    }

    /** The company goes back to the default retention. */
    public RetentionView reset(long companyId, String actor) {
        CompanyRef company = company(companyId);
        LogRetention row = retentions.find(companyId).orElse(null);
        if (row != null) {
            retentions.remove(row);
            LOG.info(() ->
                    "Return-code log retention of company " + company.code() + " back to the default by " + actor);
        }
        return view(company, null);
    }

    /** The months in force per company id, for every company that has its own. */
    public Map<Long, Integer> overrides() {
        Map<Long, Integer> months = new HashMap<>();
        own().forEach((id, r) -> months.put(id, r.getMonths()));
        return months;
    }

    private Map<Long, LogRetention> own() {
        Map<Long, LogRetention> rows = new HashMap<>();
        retentions.all().forEach(r -> rows.put(r.getCompanyId(), r));
        return rows;
    }

    private CompanyRef company(long companyId) {
        return erp.company(companyId)
                .orElseThrow(() -> new NotFoundException("company.notFoundById", "company " + companyId));
    }

    private RetentionView view(CompanyRef c, LogRetention own) {
        return own == null
                ? new RetentionView(c.id(), c.code(), c.name(), defaultMonths(), true, null, null)
                : new RetentionView(
                        c.id(), c.code(), c.name(), own.getMonths(), false, own.getUpdatedBy(), own.getUpdatedAt());
    }
}
