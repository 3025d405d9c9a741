package dev.vpos.reconciliation.application;

import dev.vpos.definitions.application.SealedSecretHolder;
import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.reconciliation.domain.SettlementSource;
import dev.vpos.reconciliation.infrastructure.SettlementSourceRepository;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The settlement sources' passwords and private keys take part in the master-key rotation. */
@ApplicationScoped
public class SettlementSourceResealing implements SealedSecretHolder {

    @Inject
    SettlementSourceRepository sources;

    @Inject
    SecretSealer sealer;

    @Override
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public int resealAll(String currentKeyId, List<String> unopenable) {
        int count = 0;
        for (SettlementSource s : sources.withSecrets()) {
            long id = s.getDefinitionId();
            String password = s.getPasswordSealed();
            String key = s.getPrivateKeySealed();
            try {
                if (password != null && !sealer.keyIdOf(password).equals(currentKeyId)) {
                    password = reseal(password, SourceSecrets.password(id));
                    count++;
                }
                if (key != null && !sealer.keyIdOf(key).equals(currentKeyId)) {
                    key = reseal(key, SourceSecrets.privateKey(id));
                    count++;
                }
                s.resealed(password, key);
            } catch (IllegalStateException e) {
                unopenable.add("settlement source of definition " + id);
            }
        }
        return count;
    }

    private String reseal(String sealed, String purpose) {
        return sealer.seal(sealer.open(sealed, purpose), purpose);
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public void countPerKey(Map<String, Integer> counts) {
        for (SettlementSource s : sources.withSecrets()) {
            for (String sealed : new String[] {s.getPasswordSealed(), s.getPrivateKeySealed()}) {
                if (sealed != null) {
                    counts.merge(sealer.keyIdOf(sealed), 1, Integer::sum);
                }
            }
        }
    }
}
