package dev.vpos.returncodes.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.returncodes.domain.ReturnCode;
import dev.vpos.returncodes.domain.UnifiedReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Maps every bank answer through the editable catalog. It reads the table on each call (a primary-key
 * lookup, cached by the persistence context's shared cache), so an admin's edit applies to the next answer.
 */
@ApplicationScoped
public class ReturnCodeCatalog {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ReturnCodeCatalog.class.getName());

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @jakarta.inject.Inject
    UnclassifiedCodes unclassifiedCodes;

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public ReturnCodeMeaning describe(GatewayFamily family, String bankCode) {
        if (bankCode == null || bankCode.isBlank()) {
            return unclassified("(no code)");
        }
        ReturnCode row = em.find(ReturnCode.class, new ReturnCode.Key(family, bankCode));
        if (row == null) {
            try {
                unclassifiedCodes.seen(family, bankCode);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not flag unknown code " + family + "/" + bankCode + ": " + e.getMessage());
            }
            return unclassified(bankCode);
        }
        return new ReturnCodeMeaning(
                row.reason(),
                row.message(Locale.ENGLISH),
                row.message(Locale.forLanguageTag("tr")),
                row.retryable(),
                row.fraudSuspected(),
                true);
    }

    public static ReturnCodeMeaning bankNotReached() {
        return new ReturnCodeMeaning(
                UnifiedReason.BANK_NOT_REACHED,
                "The bank did not receive the payment (unreachable, or it has no such order); nothing was charged",
                "Ödeme bankaya ulaşmadı (bankaya erişilemedi ya da bankada böyle bir sipariş yok); kart borçlandırılmadı",
                true,
                false,
                true);
    }

    public static ReturnCodeMeaning outcomeUnknown() {
        return new ReturnCodeMeaning(
                UnifiedReason.OUTCOME_UNKNOWN,
                "No usable answer from the bank; the outcome must be checked with the bank before trying again",
                "Bankadan geçerli bir yanıt alınamadı; tekrar denemeden önce işlemin sonucu bankadan sorgulanmalı",
                false,
                false,
                true);
    }

    private static ReturnCodeMeaning unclassified(String code) {
        return new ReturnCodeMeaning(
                UnifiedReason.UNCLASSIFIED,
                "Unclassified bank code " + code,
                "Sınıflandırılmamış banka kodu " + code,
                false,
                false,
                false);
    }
}
