package dev.vpos.reconciliation.application;

import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.reconciliation.domain.FetchResult;
import dev.vpos.reconciliation.domain.FileNamePattern;
import dev.vpos.reconciliation.domain.FileResult;
import dev.vpos.reconciliation.domain.SettlementFetch;
import dev.vpos.reconciliation.domain.SettlementFetchedFile;
import dev.vpos.reconciliation.domain.SourceSettings;
import dev.vpos.reconciliation.infrastructure.SftpDropBox;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.shared.infrastructure.scheduling.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fetches a definition's settlement files from its bank's SFTP drop box and imports them: claim the source and open
 * the run (a short transaction), open the secrets, list and download over SFTP with deadlines and no database
 * connection held, then hand each new file to the ordinary import with the source's mapping and wait until it is
 * stored and matched; record what happened and when to fetch next (a failure is retried with a growing back-off).
 * A file with the same name and content as one already imported is recognised and not imported again.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class SettlementFetcher {

    /** The actor of scheduled runs (the import's "imported by"). */
    public static final String JOB = "settlement-fetch";

    static final Duration IMPORT_WAIT = Duration.ofMinutes(15);
    private static final int BATCH = 20;
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Logger LOG = Logger.getLogger(SettlementFetcher.class.getName());

    @Inject
    FetchBook book;

    @Inject
    SettlementSources admin;

    @Inject
    SftpDropBox dropBox;

    @Inject
    SecretSealer sealer;

    @Inject
    StatementImports imports;

    @Inject
    ImportRegistry registry;

    @Inject
    FetchSettings settings;

    @Inject
    Clock clock;

    /** The scheduled sweep: every source whose time (or retry) has come, one after the other. */
    public int fetchDue() {
        int ran = 0;
        for (long definitionId : book.due(OffsetDateTimes.now(clock), BATCH)) {
            try {
                if (run(definitionId, false, JOB).isPresent()) {
                    ran++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Settlement fetch of definition " + definitionId + " broke off", e);
            }
        }
        return ran;
    }

    /** "Fetch now" (an admin or finance): runs at once whatever the schedule; 409 while a run is under way. */
    public FetchView fetchNow(long companyId, long definitionId, String actor) {
        if (admin.get(companyId, definitionId).isEmpty()) {
            throw new RuleViolationException("settlementFetch.noSource");
        }
        return run(definitionId, true, actor)
                .map(id -> admin.history(companyId, definitionId).stream()
                        .filter(v -> v.id() == id)
                        .findFirst()
                        .orElseThrow())
                .orElseThrow(() -> new RuleViolationException("settlementFetch.running"));
    }

    private Optional<Long> run(long definitionId, boolean manual, String actor) {
        Optional<FetchBook.Started> claimed = book.start(definitionId, manual, NodeIdentity.id(), actor);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        FetchBook.Started s = claimed.get();
        FetchResult result;
        String hostKeyMet = null;
        try {
            SftpDropBox.Transfer t = transfer(s);
            hostKeyMet = t.hostKey();
            result = importAll(s, t, actor);
        } catch (SftpDropBox.Failure f) {
            result = FetchResult.failed(f.reasonKey(), f.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Settlement fetch of definition " + definitionId + " failed", e);
            result = FetchResult.failed("settlementFetch.internal", e.getClass().getSimpleName());
        }
        SettlementFetch run = book.finish(s, result, hostKeyMet);
        FetchResult r = result;
        LOG.info(() -> "Settlement fetch " + run.getId() + " of definition " + definitionId + ": " + r.outcome()
                + (r.reasonKey() == null ? "" : " (" + r.reasonKey() + ": " + r.reasonDetail() + ")"));
        return Optional.of(run.getId());
    }

    /** Over SFTP, no transaction and no database connection: the secrets are opened for this moment only. */
    private SftpDropBox.Transfer transfer(FetchBook.Started s) throws SftpDropBox.Failure {
        SourceSettings t = s.settings();
        SftpDropBox.Login login;
        try {
            login = new SftpDropBox.Login(
                    s.passwordSealed() == null
                            ? null
                            : sealer.open(s.passwordSealed(), SourceSecrets.password(s.definitionId())),
                    s.privateKeySealed() == null
                            ? null
                            : sealer.open(s.privateKeySealed(), SourceSecrets.privateKey(s.definitionId())));
        } catch (IllegalStateException e) {
            throw new SftpDropBox.Failure("settlementFetch.secretUnopenable", "the sealed credentials do not open", e);
        }
        SftpDropBox.Endpoint endpoint = new SftpDropBox.Endpoint(
                t.host(),
                t.port(),
                t.username(),
                t.folder(),
                settings.connectTimeout(),
                settings.readTimeout(),
                settings.transferDeadline(),
                imports.maxFileBytes());
        return dropBox.fetch(
                endpoint,
                login,
                s.hostKey(),
                FileNamePattern.parse(t.filePattern()),
                f -> !s.known().unchanged(f));
    }

    private FetchResult importAll(FetchBook.Started s, SftpDropBox.Transfer t, String actor) {
        List<FileResult> files = new ArrayList<>();
        for (SftpDropBox.Download d : t.downloads()) {
            String sha = sha256(d.content());
            if (s.known().sameContent(d.file().name(), sha)) {
                files.add(new FileResult(d.file(), sha, SettlementFetchedFile.Outcome.KNOWN, null, null, null));
            } else {
                files.add(importOne(s, d, sha, actor));
            }
        }
        return FetchResult.of(
                t.listed().size(), t.listed().size() - t.downloads().size(), files);
    }

    private FileResult importOne(FetchBook.Started s, SftpDropBox.Download d, String sha, String actor) {
        try {
            Views.ImportView started = start(s, d, actor);
            Views.ImportView done = awaitImport(started.id());
            if ("DONE".equals(done.status())) {
                return new FileResult(d.file(), sha, SettlementFetchedFile.Outcome.IMPORTED, done.id(), null, null);
            }
            return new FileResult(
                    d.file(),
                    sha,
                    SettlementFetchedFile.Outcome.FAILED,
                    done.id(),
                    "settlementFetch.importFailed",
                    String.valueOf(done.failure()));
        } catch (InvalidInputException e) {
            return new FileResult(
                    d.file(),
                    sha,
                    SettlementFetchedFile.Outcome.REFUSED,
                    null,
                    "settlementFetch.fileRefused",
                    problems(e));
        } catch (RuleViolationException e) {
            if ("reconciliation.duplicateFile".equals(e.messageKey())) {
                return new FileResult(
                        d.file(), sha, SettlementFetchedFile.Outcome.KNOWN, null, e.messageKey(), args(e.args()));
            }
            return new FileResult(
                    d.file(), sha, SettlementFetchedFile.Outcome.FAILED, null, e.messageKey(), args(e.args()));
        } catch (BusinessException e) {
            return new FileResult(
                    d.file(),
                    sha,
                    SettlementFetchedFile.Outcome.FAILED,
                    null,
                    "settlementFetch.importFailed",
                    e.getMessage());
        }
    }

    /** The ordinary import; when the lines span days, the day in the file's name says which statement day it is. */
    private Views.ImportView start(FetchBook.Started s, SftpDropBox.Download d, String actor) {
        StatementImports.Upload upload = new StatementImports.Upload(
                s.definitionId(), s.settings().mappingId(), null, d.file().name(), d.content());
        try {
            return imports.start(upload, actor);
        } catch (InvalidInputException e) {
            Matcher m = DATE_IN_NAME.matcher(d.file().name());
            boolean dateNeeded = e.errors().stream().anyMatch(x -> "reconciliation.dateNeeded".equals(x.messageKey()));
            if (!dateNeeded || !m.find()) {
                throw e;
            }
            return imports.start(
                    new StatementImports.Upload(
                            s.definitionId(),
                            s.settings().mappingId(),
                            m.group(1),
                            d.file().name(),
                            d.content()),
                    actor);
        }
    }

    private Views.ImportView awaitImport(long importId) {
        long deadline = System.nanoTime() + IMPORT_WAIT.toNanos();
        Views.ImportView v = registry.view(importId);
        while ("IMPORTING".equals(v.status()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            v = registry.view(importId);
        }
        return v;
    }

    /** The refusal's problems as {@code field|key|arg|arg} lines: the screen shows them in the reader's language. */
    static String problems(InvalidInputException e) {
        return e.errors().stream()
                .limit(10)
                .map(x -> x.field() + "|" + x.messageKey()
                        + x.args().stream().map(a -> "|" + a).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String args(List<Object> args) {
        return args.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
