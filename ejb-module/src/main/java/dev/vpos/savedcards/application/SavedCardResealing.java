package dev.vpos.savedcards.application;

import dev.vpos.definitions.application.SealedSecretHolder;
import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.savedcards.domain.SavedCard;
import dev.vpos.savedcards.infrastructure.SavedCardRepository;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Saved cards' tokens take part in the master-key rotation (deleted cards too: their rows keep a sealed token). */
@ApplicationScoped
public class SavedCardResealing implements SealedSecretHolder {

    @Inject
    SavedCardRepository cards;

    @Inject
    SecretSealer sealer;

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public int resealAll(String currentKeyId, List<String> unopenable) {
        int count = 0;
        for (SavedCard c : cards.all()) {
            if (sealer.keyIdOf(c.getTokenSealed()).equals(currentKeyId)) {
                continue;
            }
            String purpose = SavedCardSeal.purpose(c.getDefinitionId());
            try {
                c.resealed(sealer.seal(sealer.open(c.getTokenSealed(), purpose), purpose));
                count++;
            } catch (IllegalStateException e) {
                unopenable.add("company " + c.getCompanyId() + " saved card " + c.getId() + " (customer account "
                        + c.getCustomerAccountId() + ")");
            }
        }
        return count;
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public void countPerKey(Map<String, Integer> counts) {
        cards.sealedTokens().forEach(token -> counts.merge(sealer.keyIdOf(token), 1, Integer::sum));
    }
}
