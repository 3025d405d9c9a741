package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.reconciliation.domain.FetchSchedule;
import dev.vpos.reconciliation.domain.ReconciliationAudit;
import dev.vpos.reconciliation.domain.SettlementFetch;
import dev.vpos.reconciliation.domain.SettlementFetchedFile;
import dev.vpos.reconciliation.domain.SettlementSource;
import dev.vpos.reconciliation.domain.SourceSettings;
import dev.vpos.reconciliation.domain.StatementImport;
import dev.vpos.reconciliation.infrastructure.ReconciledRecordQueries;
import dev.vpos.reconciliation.infrastructure.ReconciliationDayRepository;
import dev.vpos.reconciliation.infrastructure.SettlementFetchRepository;
import dev.vpos.reconciliation.infrastructure.SettlementSourceRepository;
import dev.vpos.reconciliation.infrastructure.SftpDropBox;
import dev.vpos.reconciliation.infrastructure.StatementImportRepository;
import dev.vpos.shared.domain.BusinessException;
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
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A definition's settlement source (where its bank publishes the day-end files) as the admin sees and edits it:
 * checked completely (every bad field at once, nothing changed), secrets sealed and never shown, every change in the
 * reconciliation trail; and the history of its fetches.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class SettlementSources {

    static final int HISTORY = 50;

    @Inject
    SettlementSourceRepository sources;

    @Inject
    SettlementFetchRepository fetches;

    @Inject
    StatementImportRepository imports;

    @Inject
    ReconciledRecordQueries records;

    @Inject
    ReconciliationDayRepository days;

    @Inject
    MappingAdmin mappings;

    @Inject
    SecretSealer sealer;

    @Inject
    Clock clock;

    /** The source of the definition, or empty when none was set. */
    public java.util.Optional<SourceView> get(long companyId, long definitionId) {
        definition(companyId, definitionId);
        return java.util.Optional.ofNullable(sources.find(definitionId)).map(SettlementSources::view);
    }

    public SourceView save(long companyId, long definitionId, SourceCommand c, String actor) {
        definition(companyId, definitionId);
        SettlementSource s = sources.find(definitionId);
        if (s != null && (c.version() == null || c.version() != s.getVersion())) {
            throw new RuleViolationException("settlementSource.stale", s.getVersion());
        }
        SourceSettingsValidator.Valid v = new SourceSettingsValidator(id -> mappingExists(id)).check(c, s);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        boolean created = s == null;
        SourceSettings before = created ? null : s.settings();
        if (created) {
            s = new SettlementSource(definitionId, companyId);
        }
        String password = v.password() == null ? null : sealer.seal(v.password(), SourceSecrets.password(definitionId));
        String key =
                v.privateKey() == null ? null : sealer.seal(v.privateKey(), SourceSecrets.privateKey(definitionId));
        s.configure(v.settings(), password, key, actor, now);
        if (Boolean.TRUE.equals(c.removePassword()) && password == null) {
            s.removePassword();
        }
        if (Boolean.TRUE.equals(c.removePrivateKey()) && key == null) {
            s.removePrivateKey();
        }
        if (c.hostKey() != null) {
            s.pinHostKey(c.hostKey().isBlank() ? null : c.hostKey().trim(), now);
        }
        s.scheduleAt(v.settings().enabled() ? nextFetch(s, v.settings(), now) : null);
        if (created) {
            sources.addNow(s);
        } else {
            sources.flush();
        }
        days.addAudit(new ReconciliationAudit(
                null,
                v.settings().mappingId(),
                null,
                null,
                ReconciliationAudit.Action.SOURCE_UPDATED,
                actor,
                null,
                changes(definitionId, before, v, c),
                now));
        return view(s);
    }

    /** The next daily time; a retry already due sooner (the source failed) is kept, e.g. after a password fix. */
    private OffsetDateTime nextFetch(SettlementSource s, SourceSettings settings, OffsetDateTime now) {
        OffsetDateTime daily = FetchSchedule.nextDaily(settings.fetchTime(), now.atZoneSameInstant(clock.getZone()))
                .toOffsetDateTime();
        OffsetDateTime retry = s.getNextFetchAt();
        return s.getFailures() > 0 && retry != null && retry.isBefore(daily) ? retry : daily;
    }

    /** The definition's runs, newest first, with their files and the imports' days. */
    public List<FetchView> history(long companyId, long definitionId) {
        definition(companyId, definitionId);
        List<SettlementFetch> runs = fetches.history(definitionId, HISTORY);
        Map<Long, List<SettlementFetchedFile>> files =
                fetches.filesOf(runs.stream().map(SettlementFetch::getId).toList()).stream()
                        .collect(Collectors.groupingBy(SettlementFetchedFile::getFetchId));
        return runs.stream()
                .map(r -> new FetchView(
                        r.getId(),
                        r.getDefinitionId(),
                        r.getTrigger(),
                        r.getOutcome(),
                        r.getAttempt(),
                        r.getFilesListed(),
                        r.getFilesImported(),
                        r.getFilesKnown(),
                        r.getReasonKey(),
                        r.getReasonDetail(),
                        r.getStartedAt(),
                        r.getFinishedAt(),
                        r.getNextTryAt(),
                        r.getActor(),
                        files.getOrDefault(r.getId(), List.of()).stream()
                                .map(this::fileView)
                                .toList()))
                .toList();
    }

    /** Throws 404 unless the definition exists in the company; answers it. */
    VposDefinition definition(long companyId, long definitionId) {
        VposDefinition d = records.definition(definitionId);
        if (d == null || d.getCompanyId() != companyId) {
            throw new NotFoundException("definition.notFoundById", "definition " + definitionId);
        }
        return d;
    }

    private FetchView.FileView fileView(SettlementFetchedFile f) {
        StatementImport i = f.getImportId() == null ? null : imports.find(f.getImportId());
        return new FetchView.FileView(
                f.getFileName(),
                f.getContentSha256(),
                f.getFileBytes(),
                f.getOutcome(),
                f.getImportId(),
                i == null ? null : i.getDayId(),
                f.getReasonKey(),
                f.getReasonDetail());
    }

    private boolean mappingExists(long id) {
        try {
            mappings.find(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static SourceView view(SettlementSource s) {
        SourceSettings t = s.settings();
        return new SourceView(
                s.getDefinitionId(),
                t.enabled(),
                t.host(),
                t.port(),
                t.username(),
                s.getPasswordSealed() != null,
                s.getPrivateKeySealed() != null,
                t.folder(),
                t.filePattern(),
                t.mappingId(),
                t.fetchTime().toString(),
                s.getHostKey(),
                SftpDropBox.fingerprint(s.getHostKey()),
                s.getHostKeyRecorded(),
                s.getNextFetchAt(),
                s.getFailures(),
                s.getVersion(),
                s.getUpdatedBy(),
                s.getUpdatedAt());
    }

    /** What changed, for the trail: plain values before/after, secrets only by name. */
    private static String changes(
            long definitionId, SourceSettings before, SourceSettingsValidator.Valid v, SourceCommand c) {
        SourceSettings after = v.settings();
        List<String> lines = new ArrayList<>();
        lines.add("settlement source of definition " + definitionId + (before == null ? " created" : " changed"));
        Map<String, Function<SourceSettings, Object>> fields = new java.util.LinkedHashMap<>();
        fields.put("enabled", SourceSettings::enabled);
        fields.put("host", SourceSettings::host);
        fields.put("port", SourceSettings::port);
        fields.put("username", SourceSettings::username);
        fields.put("folder", SourceSettings::folder);
        fields.put("filePattern", SourceSettings::filePattern);
        fields.put("mappingId", SourceSettings::mappingId);
        fields.put("fetchTime", SourceSettings::fetchTime);
        fields.forEach((name, get) -> {
            Object was = before == null ? null : get.apply(before);
            Object is = get.apply(after);
            if (!Objects.equals(was, is)) {
                lines.add(name + ": " + was + " -> " + is);
            }
        });
        if (v.password() != null || Boolean.TRUE.equals(c.removePassword())) {
            lines.add("password " + (v.password() != null ? "changed" : "removed"));
        }
        if (v.privateKey() != null || Boolean.TRUE.equals(c.removePrivateKey())) {
            lines.add("privateKey " + (v.privateKey() != null ? "changed" : "removed"));
        }
        if (c.hostKey() != null) {
            lines.add(
                    c.hostKey().isBlank()
                            ? "hostKey forgotten"
                            : "hostKey pinned " + SftpDropBox.fingerprint(c.hostKey()));
        }
        return String.join("\n", lines);
    }
}
