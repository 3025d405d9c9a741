package dev.vpos.bins.application;

import dev.vpos.bins.domain.BinCsv;
import dev.vpos.bins.domain.CardBin;
import dev.vpos.bins.domain.CardProfile;
import dev.vpos.bins.infrastructure.CardBinRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * An admin's BIN table import: first a preview (what the file holds, what is new, what changes, and every line with a
 * problem), then the import of the same file, all or nothing — a file with any problem changes nothing. Rows are added
 * or replaced by prefix; prefixes the file does not name stay.
 */
@ApplicationScoped
public class BinImport {

    private static final Logger LOG = Logger.getLogger(BinImport.class.getName());
    private static final int SAMPLE = 20;
    private static final int MAX_ERRORS = 50;

    /** What a file would do. {@code sample}: its first rows; {@code errors}: its first problems. */
    public record Preview(
            int lines,
            int valid,
            int added,
            int changed,
            int unchanged,
            List<CardProfile> sample,
            List<FieldError> errors) {}

    /** What an import did. */
    public record Result(int added, int changed, int unchanged) {}

    @Inject
    CardBinRepository bins;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Preview preview(String csv) {
        BinCsv.Parsed parsed = BinCsv.parse(csv);
        int added = 0;
        int changed = 0;
        for (CardProfile p : parsed.rows()) {
            Optional<CardBin> old = bins.find(p.prefix());
            if (old.isEmpty()) {
                added++;
            } else if (!old.get().profile().equals(p)) {
                changed++;
            }
        }
        return new Preview(
                parsed.lines(),
                parsed.rows().size(),
                added,
                changed,
                parsed.rows().size() - added - changed,
                parsed.rows().stream().limit(SAMPLE).toList(),
                parsed.errors().stream().limit(MAX_ERRORS).toList());
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Result apply(String csv, String actor) {
        BinCsv.Parsed parsed = BinCsv.parse(csv);
        if (!parsed.valid()) {
            throw new InvalidInputException(
                    parsed.errors().stream().limit(MAX_ERRORS).toList());
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        int added = 0;
        int changed = 0;
        for (CardProfile p : parsed.rows()) {
            Optional<CardBin> old = bins.find(p.prefix());
            if (old.isEmpty()) {
                bins.add(new CardBin(p, actor, now));
                added++;
            } else if (!old.get().profile().equals(p)) {
                old.get().describe(p, actor, now);
                changed++;
            }
        }
        Result result = new Result(added, changed, parsed.rows().size() - added - changed);
        LOG.info(() -> "BIN table imported by " + actor + ": " + result);
        return result;
    }
}
