package dev.vpos.returncodes.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.domain.ReturnCode;
import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.returncodes.infrastructure.ReturnCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Maps every bank answer through the editable catalog. It reads the table on each call (a primary-key
 * lookup; no shared cache), so an admin's edit on any node applies to the next answer on every node.
 */
@ApplicationScoped
public class ReturnCodeCatalog {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ReturnCodeCatalog.class.getName());

    @jakarta.inject.Inject
    ReturnCodeRepository codes;

    @jakarta.inject.Inject
    UnclassifiedCodes unclassifiedCodes;

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public ReturnCodeMeaning describe(GatewayFamily family, String bankCode) {
        if (bankCode == null || bankCode.isBlank()) {
            return unclassified();
        }
        ReturnCode row = codes.find(family, bankCode).orElse(null);
        if (row == null) {
            try {
                unclassifiedCodes.seen(family, bankCode);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not flag unknown code " + family + "/" + bankCode + ": " + e.getMessage());
            }
            return unclassified();
        }
        return new ReturnCodeMeaning(row.reason(), row.retryable(), row.fraudSuspected(), true);
    }

    public static ReturnCodeMeaning bankNotReached() {
        return new ReturnCodeMeaning(UnifiedReason.BANK_NOT_REACHED, true, false, true);
    }

    public static ReturnCodeMeaning outcomeUnknown() {
        return new ReturnCodeMeaning(UnifiedReason.OUTCOME_UNKNOWN, false, false, true);
    }

    /** A code the catalog does not know (or no code at all): the bank's code and message stay beside it verbatim. */
    private static ReturnCodeMeaning unclassified() {
        return new ReturnCodeMeaning(UnifiedReason.UNCLASSIFIED, false, false, false);
    }
}
