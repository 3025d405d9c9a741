package dev.vpos.reconciliation.application;

import dev.vpos.batches.application.BatchService;
import dev.vpos.batches.domain.BatchFacts;
import dev.vpos.batches.domain.CardBatch;
import dev.vpos.batches.domain.Settlement;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.reconciliation.domain.MaskedCards;
import dev.vpos.reconciliation.domain.MissingAtBank;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.ReconciliationAudit.Action;
import dev.vpos.reconciliation.domain.ReconciliationDay;
import dev.vpos.reconciliation.domain.StatementLine;
import dev.vpos.reconciliation.domain.TransactionKind;
import dev.vpos.reconciliation.infrastructure.ReconciledRecordQueries;
import dev.vpos.reconciliation.infrastructure.ReconciliationDayRepository;
import dev.vpos.reconciliation.infrastructure.StatementImportRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.CardBrand;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Finance's work on a day: explain a difference (with a reason), enter the batch the ERP lacks from the bank's line
 * (a MANUAL record), reopen either, close the day when nothing is open; an admin may reopen a closed day. Each change
 * locks the day row, is refused on a closed day or while an import of the day runs, and goes into the trail.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class Resolutions {

    static final int MAX_REASON = 500;

    @Inject
    ReconciliationDayRepository days;

    @Inject
    StatementImportRepository statementImports;

    @Inject
    ReconciledRecordQueries records;

    @Inject
    ImportRegistry imports;

    @Inject
    Reconciliations reconciliations;

    @Inject
    BatchService batches;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    public Views.Item explainLine(long dayId, long lineId, String reason, String actor) {
        String why = reason(reason, true);
        ReconciliationDay day = openDay(dayId);
        StatementLine line = line(day, lineId);
        requireOpen(line);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        line.explain(why, actor, now);
        if (line.ownsBatch()) {
            batchStatus(line.getBatchId(), "EXPLAINED");
        }
        audit(day, line.getId(), line.getBatchId(), Action.EXPLAINED, actor, why, describe(line), now);
        return Reconciliations.item(line);
    }

    /**
     * The bank has it, the ERP does not: a MANUAL batch record from the line (the bank's amount, commission and codes,
     * the customer account finance names), matched to the line at once.
     */
    public Views.Item enterManualBatch(long dayId, long lineId, Long customerAccountId, String reason, String actor) {
        String why = reason(reason, false);
        if (customerAccountId == null) {
            throw new InvalidInputException(FieldError.of("customerAccountId", "field.required"));
        }
        ReconciliationDay day = openDay(dayId);
        if (erp.customerAccount(day.getCompanyId(), customerAccountId).isEmpty()) {
            throw new InvalidInputException(
                    FieldError.of("customerAccountId", "customerAccount.notFound", Long.toString(customerAccountId)));
        }
        StatementLine line = line(day, lineId);
        requireOpen(line);
        if (!line.isMissingInErp()) {
            throw new RuleViolationException("reconciliation.onlyMissingInErp", Integer.toString(line.getLineNo()));
        }
        int scale = Money.currencyScale(java.util.Currency.getInstance(line.getCurrency()));
        if (line.getAmount().stripTrailingZeros().scale() > scale) {
            throw new RuleViolationException(
                    "reconciliation.amountScale", line.getAmount().toPlainString(), line.getCurrency());
        }
        VposDefinition definition = records.definition(day.getDefinitionId());
        OffsetDateTime now = OffsetDateTimes.now(clock);
        CardBatch batch =
                batches.createManual(facts(day, line, customerAccountId), settlement(definition, line), actor);
        batchStatus(batch.getId(), "MATCHED");
        line.enteredAs(batch.getId(), why, actor, now);
        audit(
                day,
                line.getId(),
                batch.getId(),
                Action.MANUAL_BATCH,
                actor,
                why,
                "batch " + batch.getId() + " "
                        + line.getKind() + " " + batch.gross() + ", commission " + batch.getCommission()
                        + ", customer account "
                        + customerAccountId + ", order " + batch.getBankOrderId(),
                now);
        return Reconciliations.item(line);
    }

    /** An explained line is open again; a manual batch entered from it is removed (the trail keeps what it was). */
    public Views.Item reopenLine(long dayId, long lineId, String reason, String actor) {
        String why = reason(reason, false);
        ReconciliationDay day = openDay(dayId);
        StatementLine line = line(day, lineId);
        if (line.getResolution() == null) {
            throw new RuleViolationException("reconciliation.notResolved", Integer.toString(line.getLineNo()));
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        boolean manual = StatementLine.MANUAL_BATCH.equals(line.getResolution());
        Long batchId = line.getBatchId();
        if (manual) {
            long others = days.otherLinesOfBatch(batchId, line.getId());
            if (others > 0) {
                throw new RuleViolationException("reconciliation.manualBatchInUse", Long.toString(batchId));
            }
        }
        line.reopen();
        days.flush();
        if (manual) {
            CardBatch b = records.batch(batchId);
            String what = "batch " + batchId + " " + b.getKind() + " " + b.gross() + ", commission " + b.getCommission()
                    + ", customer account " + b.getCustomerAccountId() + ", entered by " + b.getEnteredBy();
            batches.removeManual(batchId);
            audit(day, line.getId(), batchId, Action.MANUAL_BATCH_REMOVED, actor, why, what, now);
        } else if (line.ownsBatch()) {
            batchStatus(batchId, "DIFFERENCE");
        }
        audit(day, line.getId(), manual ? null : batchId, Action.REOPENED, actor, why, describe(line), now);
        return Reconciliations.item(line);
    }

    public void explainMissing(long dayId, long batchId, String reason, String actor) {
        String why = reason(reason, true);
        ReconciliationDay day = openDay(dayId);
        MissingAtBank m = missing(day, batchId);
        if (!m.isOpen()) {
            throw new RuleViolationException("reconciliation.batchResolved", Long.toString(batchId), m.getResolvedBy());
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        m.explain(why, actor, now);
        batchStatus(batchId, "EXPLAINED");
        audit(day, null, batchId, Action.EXPLAINED, actor, why, "missing at the bank: batch " + batchId, now);
    }

    public void reopenMissing(long dayId, long batchId, String reason, String actor) {
        String why = reason(reason, false);
        ReconciliationDay day = openDay(dayId);
        MissingAtBank m = missing(day, batchId);
        if (m.isOpen()) {
            throw new RuleViolationException("reconciliation.batchNotResolved", Long.toString(batchId));
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        m.reopen();
        batchStatus(batchId, "DIFFERENCE");
        audit(day, null, batchId, Action.REOPENED, actor, why, "missing at the bank: batch " + batchId, now);
    }

    /** Closes the day when something was imported, nothing runs and every difference is resolved. */
    public Views.DayView close(long dayId, String actor) {
        ReconciliationDay day = openDay(dayId);
        long done = statementImports.doneOfDay(dayId);
        if (done == 0) {
            throw new RuleViolationException(
                    "reconciliation.nothingImported", day.getStatementDate().toString());
        }
        Views.DayView view = reconciliations.view(day);
        if (view.open() > 0) {
            throw new RuleViolationException("reconciliation.openDifferences", Long.toString(view.open()));
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        day.close(actor, now);
        audit(
                day,
                null,
                null,
                Action.DAY_CLOSED,
                actor,
                null,
                view.lines() + " lines, " + view.matched() + " matched, " + view.resolved() + " differences resolved",
                now);
        days.flush();
        return reconciliations.view(day);
    }

    /** An admin opens a closed day again (a reason is required). */
    public Views.DayView reopenDay(long dayId, String reason, String actor) {
        String why = reason(reason, true);
        ReconciliationDay day = lock(dayId);
        if (!day.isClosed()) {
            throw new RuleViolationException(
                    "reconciliation.dayNotClosed", day.getStatementDate().toString());
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        String closed = "closed by " + day.getClosedBy() + " at " + day.getClosedAt();
        day.reopen();
        audit(day, null, null, Action.DAY_REOPENED, actor, why, closed, now);
        days.flush();
        return reconciliations.view(day);
    }

    private ReconciliationDay lock(long dayId) {
        ReconciliationDay day = days.lock(dayId);
        if (day == null) {
            throw new NotFoundException("reconciliation.dayNotFound", "day " + dayId);
        }
        return day;
    }

    private ReconciliationDay openDay(long dayId) {
        ReconciliationDay day = lock(dayId);
        if (day.isClosed()) {
            throw new RuleViolationException(
                    "reconciliation.dayClosed", day.getStatementDate().toString(), day.getClosedBy());
        }
        imports.requireNoRunningImport(dayId, OffsetDateTimes.now(clock));
        return day;
    }

    private StatementLine line(ReconciliationDay day, long lineId) {
        StatementLine line = days.line(lineId);
        if (line == null || line.getDayId() != day.getId()) {
            throw new NotFoundException("reconciliation.lineNotFound", "line " + lineId);
        }
        return line;
    }

    private MissingAtBank missing(ReconciliationDay day, long batchId) {
        MissingAtBank m = days.missing(batchId);
        if (m == null || m.getDayId() != day.getId()) {
            throw new NotFoundException("reconciliation.missingNotFound", "batch " + batchId);
        }
        return m;
    }

    private static void requireOpen(StatementLine line) {
        if (!line.isOpen()) {
            throw new RuleViolationException(
                    line.getResolution() == null ? "reconciliation.lineMatched" : "reconciliation.lineResolved",
                    Integer.toString(line.getLineNo()),
                    String.valueOf(line.getResolvedBy()));
        }
    }

    private static String reason(String reason, boolean required) {
        String r = reason == null ? null : reason.strip();
        if ((required && (r == null || r.isEmpty())) || (r != null && r.length() > MAX_REASON)) {
            throw new InvalidInputException(FieldError.of("reason", "reconciliation.reason", MAX_REASON));
        }
        return r == null || r.isEmpty() ? null : r;
    }

    private void batchStatus(long batchId, String status) {
        batches.markReconciliation(batchId, status);
    }

    private BatchFacts facts(ReconciliationDay day, StatementLine line, long customerAccountId) {
        LocalTime time =
                line.getTransactionClock() == null ? LocalTime.NOON : LocalTime.parse(line.getTransactionClock());
        OffsetDateTime at =
                line.getTransactionDate().atTime(time).atZone(clock.getZone()).toOffsetDateTime();
        String masked = line.getMaskedPan() == null ? "****" : line.getMaskedPan();
        String key = MaskedCards.key(masked);
        String brand = key == null
                ? CardBrand.UNKNOWN.name()
                : CardBrand.of(key.substring(0, 6)).name();
        String order = line.getOrderId() != null ? line.getOrderId() : "MANUAL-L" + line.getId();
        return new BatchFacts(
                null,
                day.getCompanyId(),
                day.getDefinitionId(),
                customerAccountId,
                at,
                Money.of(line.getAmount(), line.getCurrency()),
                line.getInstallments(),
                masked,
                brand,
                order,
                line.getAuthCode(),
                line.getRrn(),
                line.getTransId(),
                "MANUAL",
                line.getKind(),
                null,
                "",
                "");
    }

    /**
     * The bank's own commission when its file says it, otherwise the definition's plan; the value date from the
     * plan's blocked days. A refund keeps no commission and is valued on its day.
     */
    private static Settlement settlement(VposDefinition definition, StatementLine line) {
        Money gross = Money.of(line.getAmount(), line.getCurrency());
        boolean refund = TransactionKind.REFUND.name().equals(line.getKind());
        InstallmentPlan plan = definition == null
                ? null
                : definition.plan(line.getInstallments()).orElse(null);
        Money commission;
        if (refund) {
            commission = Money.of(BigDecimal.ZERO, line.getCurrency());
        } else if (line.getCommission() != null) {
            commission = Money.of(
                    line.getCommission()
                            .setScale(Money.currencyScale(gross.currency()), java.math.RoundingMode.HALF_UP),
                    line.getCurrency());
        } else {
            commission = plan == null
                    ? Money.of(BigDecimal.ZERO, line.getCurrency())
                    : Settlement.of(gross, plan.commissionRate(), plan.fixedFee(), line.getTransactionDate(), 0)
                            .commission();
        }
        int blocked = refund || plan == null ? 0 : plan.blockedDays();
        return new Settlement(
                commission, gross.minus(commission), line.getTransactionDate().plusDays(blocked));
    }

    private static String describe(StatementLine l) {
        return "line " + l.getLineNo() + " " + l.getKind() + " "
                + l.getAmount().stripTrailingZeros().toPlainString() + " "
                + l.getCurrency() + (l.getOrderId() == null ? "" : " order " + l.getOrderId())
                + (l.getDifferenceKind() == null ? "" : " (" + l.getDifferenceKind() + ")");
    }

    private void audit(
            ReconciliationDay day,
            Long lineId,
            Long batchId,
            Action action,
            String actor,
            String reason,
            String details,
            OffsetDateTime now) {
        days.addAudit(new ReconciliationAudit(day.getId(), null, lineId, batchId, action, actor, reason, details, now));
    }
}
