package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.reconciliation.domain.LineProblem;
import dev.vpos.reconciliation.domain.MappingSpec;
import dev.vpos.reconciliation.domain.SettlementMapping;
import dev.vpos.reconciliation.domain.StatementParser;
import dev.vpos.reconciliation.infrastructure.ReconciledRecordQueries;
import dev.vpos.reconciliation.infrastructure.StatementRun;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An upload of a bank's settlement file: checked at once and completely (definition, mapping, every line; a
 * malformed file is refused with its lines and reasons and nothing is stored), registered, then stored and matched in
 * the background while the caller polls the import's progress.
 */
@ApplicationScoped
public class StatementImports {

    private static final Logger LOG = Logger.getLogger(StatementImports.class.getName());

    @Inject
    ReconciledRecordQueries records;

    @Inject
    Meters meters;

    @Inject
    MappingAdmin mappings;

    @Inject
    ImportRegistry registry;

    @Inject
    ImportJob job;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "vpos.reconciliation.maxFileBytes", defaultValue = "67108864")
    long maxFileBytes;

    /** The largest file an upload takes (bytes). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** What the caller sent: {@code date} (yyyy-MM-dd) may be absent when every line has the same day. */
    public record Upload(Long definitionId, Long mappingId, String date, String fileName, byte[] content) {}

    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
    public Views.ImportView start(Upload u, String actor) {
        List<FieldError> errors = new ArrayList<>();
        VposDefinition definition = u.definitionId() == null ? null : definition(u.definitionId());
        if (definition == null) {
            errors.add(FieldError.of(
                    "definitionId", u.definitionId() == null ? "field.required" : "reconciliation.definition"));
        }
        SettlementMapping mapping = null;
        if (u.mappingId() == null) {
            errors.add(FieldError.of("mappingId", "field.required"));
        } else {
            try {
                mapping = mappings.find(u.mappingId());
            } catch (NotFoundException e) {
                errors.add(FieldError.of("mappingId", "reconciliation.mapping"));
            }
        }
        LocalDate date = null;
        if (u.date() != null && !u.date().isBlank()) {
            try {
                date = LocalDate.parse(u.date().trim());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("date", "batches.date"));
            }
        }
        String fileName = fileName(u.fileName());
        byte[] content = u.content() == null ? new byte[0] : u.content();
        if (content.length == 0) {
            errors.add(FieldError.of("file", "field.required"));
        } else if (content.length > maxFileBytes) {
            errors.add(FieldError.of("file", "reconciliation.fileTooLarge", Long.toString(maxFileBytes >> 20)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MappingSpec spec = mapping.spec();
        StatementParser.Result check = new StatementParser(spec).parse(content, line -> {});
        if (!check.ok()) {
            throw new InvalidInputException(
                    check.problems().stream().map(LineProblem::toFieldError).toList());
        }
        if (check.merchants().size() > 1) {
            throw new InvalidInputException(
                    FieldError.of("file", "reconciliation.severalMerchants", String.join(", ", check.merchants())));
        }
        if (date == null) {
            if (check.dates().size() != 1) {
                throw new InvalidInputException(FieldError.of(
                        "date",
                        "reconciliation.dateNeeded",
                        check.dates().isEmpty()
                                ? "-"
                                : check.dates().first() + " … " + check.dates().last()));
            }
            date = check.dates().first();
        }
        ImportRegistry.Registered r = registry.register(
                definition, mapping.getId(), date, fileName, sha256(content), content.length, check.lines(), actor);
        ImportJob.Work work =
                new ImportJob.Work(r.importId(), r.dayId(), definition.getId(), date, spec, content, fileName, actor);
        try {
            executor.submit(() -> runNow(work));
        } catch (RejectedExecutionException e) {
            registry.fail(r.importId(), "the server is shutting down", actor);
        }
        return registry.view(r.importId());
    }

    private void runNow(ImportJob.Work w) {
        long started = System.nanoTime();
        String result = "FAILED";
        try {
            StatementRun.Outcome o = job.run(w);
            result = "DONE";
            LOG.info(() -> "Import " + w.importId() + " (" + w.fileName() + "): " + o.millis());
        } catch (StatementRun.DayClosedException e) {
            registry.fail(w.importId(), "the day was closed while the file was being imported", w.actor());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Import " + w.importId() + " (" + w.fileName() + ") failed", e);
            registry.fail(w.importId(), "could not be stored: " + e, w.actor());
        } finally {
            meters.time(
                    "vpos_statement_import_duration", Duration.ofNanos(System.nanoTime() - started), "result", result);
        }
    }

    /** Read with no transaction (the upload runs without one): the entity comes back detached. */
    private VposDefinition definition(long id) {
        return records.definition(id);
    }

    private static String fileName(String raw) {
        String name = raw == null || raw.isBlank() ? "statement.csv" : raw.trim();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.isEmpty() ? "statement.csv" : name.substring(0, Math.min(200, name.length()));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
