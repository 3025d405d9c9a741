package dev.vpos.reconciliation.application;

import dev.vpos.reconciliation.domain.MappingDraft;
import dev.vpos.reconciliation.domain.MappingSpec;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.SettlementMapping;
import dev.vpos.reconciliation.infrastructure.ReconciliationDayRepository;
import dev.vpos.reconciliation.infrastructure.SettlementMappingRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Settlement-file mappings: list, read, create and edit (admins), each change in the reconciliation trail. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class MappingAdmin {

    @Inject
    SettlementMappingRepository mappings;

    @Inject
    ReconciliationDayRepository days;

    @Inject
    Clock clock;

    public List<Views.MappingView> list() {
        return mappings.byCode().stream().map(MappingAdmin::view).toList();
    }

    public Views.MappingView get(long id) {
        return view(find(id));
    }

    public SettlementMapping find(long id) {
        SettlementMapping m = mappings.find(id);
        if (m == null) {
            throw new NotFoundException("reconciliation.mappingNotFound", "mapping " + id);
        }
        return m;
    }

    public Views.MappingView create(MappingDraft draft, String actor) {
        MappingSpec spec = MappingSpec.of(draft);
        requireFreeCode(spec.code(), null);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        SettlementMapping m = new SettlementMapping(spec, actor, now);
        mappings.addNow(m);
        days.addAudit(new ReconciliationAudit(
                null,
                m.getId(),
                null,
                null,
                ReconciliationAudit.Action.MAPPING_CREATED,
                actor,
                null,
                "created " + spec.code(),
                now));
        return view(m);
    }

    /** Edits a mapping; {@code version} must be the one the admin read (409 otherwise). */
    public Views.MappingView update(long id, MappingDraft draft, Long version, String actor) {
        SettlementMapping m = find(id);
        if (version == null) {
            throw new InvalidInputException(FieldError.of("version", "field.required"));
        }
        if (version != m.getVersion()) {
            throw new RuleViolationException("reconciliation.mappingStale", m.getVersion());
        }
        MappingSpec spec = MappingSpec.of(draft);
        requireFreeCode(spec.code(), id);
        MappingDraft before = m.draft();
        OffsetDateTime now = OffsetDateTimes.now(clock);
        m.apply(spec, actor, now);
        mappings.flush();
        String changes = changes(before, m.draft());
        days.addAudit(new ReconciliationAudit(
                null,
                id,
                null,
                null,
                ReconciliationAudit.Action.MAPPING_UPDATED,
                actor,
                null,
                changes.isEmpty() ? "no change" : changes,
                now));
        return view(m);
    }

    private void requireFreeCode(String code, Long self) {
        List<Long> taken = mappings.idsWithCode(code);
        if (taken.stream().anyMatch(t -> !t.equals(self))) {
            throw new InvalidInputException(FieldError.of("code", "mapping.codeTaken", code));
        }
    }

    private static String changes(MappingDraft a, MappingDraft b) {
        List<String> lines = new ArrayList<>();
        diff(lines, "name", a.name(), b.name());
        diff(lines, "code", a.code(), b.code());
        diff(lines, "family", a.family(), b.family());
        diff(lines, "separator", a.separator(), b.separator());
        diff(lines, "header", a.header(), b.header());
        diff(lines, "charset", a.charset(), b.charset());
        diff(lines, "decimalSeparator", a.decimalSeparator(), b.decimalSeparator());
        diff(lines, "signConvention", a.signConvention(), b.signConvention());
        diff(lines, "datePattern", a.datePattern(), b.datePattern());
        diff(lines, "timePattern", a.timePattern(), b.timePattern());
        diff(lines, "columns", a.columns(), b.columns());
        diff(lines, "saleCodes", a.saleCodes(), b.saleCodes());
        diff(lines, "refundCodes", a.refundCodes(), b.refundCodes());
        diff(lines, "ignoreCodes", a.ignoreCodes(), b.ignoreCodes());
        diff(lines, "defaultCurrency", a.defaultCurrency(), b.defaultCurrency());
        diff(lines, "currencyAliases", a.currencyAliases(), b.currencyAliases());
        diff(lines, "dateToleranceDays", a.dateToleranceDays(), b.dateToleranceDays());
        diff(lines, "amountTolerance", a.amountTolerance(), b.amountTolerance());
        return String.join("\n", lines);
    }

    private static void diff(List<String> lines, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            lines.add(field + ": " + before + " -> " + after);
        }
    }

    static Views.MappingView view(SettlementMapping m) {
        MappingDraft d = m.draft();
        return new Views.MappingView(
                m.getId(),
                d.code(),
                d.name(),
                d.family(),
                d.separator(),
                d.header(),
                d.charset(),
                d.decimalSeparator(),
                d.signConvention(),
                d.datePattern(),
                d.timePattern(),
                d.columns(),
                d.saleCodes(),
                d.refundCodes(),
                d.ignoreCodes(),
                d.defaultCurrency(),
                d.currencyAliases(),
                d.dateToleranceDays(),
                d.amountTolerance(),
                m.isShipped(),
                m.getVersion(),
                m.getUpdatedBy(),
                m.getUpdatedAt());
    }
}
