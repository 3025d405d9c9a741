package dev.vpos.returncodes.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.domain.ReturnCode;
import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.returncodes.infrastructure.ReturnCodeRepository;
import dev.vpos.returncodes.infrastructure.UnclassifiedCodeRepository;
import dev.vpos.returncodes.infrastructure.UnclassifiedCodeRepository.UnclassifiedRow;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The admin's side of the catalog: list codes (and the unknown ones met so far), and classify or re-classify one. */
@ApplicationScoped
public class ReturnCodeAdmin {

    /** A catalog row, or an unknown code met at a bank (reason UNCLASSIFIED, with when and how often). */
    public record CodeView(
            String family,
            String bankCode,
            String reason,
            String messageEn,
            String messageTr,
            boolean retryable,
            boolean fraudSuspected,
            boolean classified,
            OffsetDateTime lastSeenAt,
            long occurrences) {}

    @Inject
    ReturnCodeRepository codes;

    @Inject
    UnclassifiedCodeRepository unclassifiedCodes;

    @Inject
    UnclassifiedCodes unclassified;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<CodeView> list(GatewayFamily family, boolean onlyUnclassified) {
        List<CodeView> out = new ArrayList<>();
        for (UnclassifiedRow r : unclassifiedCodes.list(family)) {
            out.add(new CodeView(
                    r.family(),
                    r.bankCode(),
                    UnifiedReason.UNCLASSIFIED.name(),
                    null,
                    null,
                    false,
                    false,
                    false,
                    r.lastSeenAt(),
                    r.occurrences()));
        }
        if (onlyUnclassified) {
            return out;
        }
        codes.list(family)
                .forEach(c -> out.add(new CodeView(
                        c.family().name(),
                        c.bankCode(),
                        c.reason().name(),
                        c.message(Locale.ENGLISH),
                        c.message(Locale.forLanguageTag("tr")),
                        c.retryable(),
                        c.fraudSuspected(),
                        true,
                        null,
                        0)));
        return out;
    }

    /** Classifies (or re-classifies) a code; it applies to the next answer that carries it. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public CodeView classify(
            String familyName,
            String bankCode,
            String reasonName,
            String messageEn,
            String messageTr,
            boolean retryable,
            boolean fraudSuspected) {
        List<FieldError> errors = new ArrayList<>();
        GatewayFamily family = null;
        UnifiedReason reason = null;
        try {
            family = GatewayFamily.valueOf(familyName);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(FieldError.of("family", "cutoff.family", String.valueOf(familyName)));
        }
        try {
            reason = UnifiedReason.valueOf(reasonName);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(FieldError.of("reason", "returnCode.reason"));
        }
        if (bankCode == null || bankCode.isBlank() || bankCode.length() > 64) {
            errors.add(FieldError.of("bankCode", "returnCode.code"));
        }
        text(messageEn, "messageEn", errors);
        text(messageTr, "messageTr", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReturnCode code = codes.find(family, bankCode).orElse(null);
        if (code == null) {
            code = new ReturnCode(family, bankCode);
            code.classify(reason, messageEn.trim(), messageTr.trim(), retryable, fraudSuspected);
            codes.add(code);
        } else {
            code.classify(reason, messageEn.trim(), messageTr.trim(), retryable, fraudSuspected);
        }
        unclassified.classified(family, bankCode);
        return new CodeView(
                family.name(),
                bankCode,
                reason.name(),
                messageEn.trim(),
                messageTr.trim(),
                retryable,
                fraudSuspected,
                true,
                null,
                0);
    }

    private static void text(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.length() > 300) {
            errors.add(FieldError.of(field, "returnCode.message"));
        }
    }
}
