package dev.vpos.returncodes.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Remembers bank codes the catalog does not know (first/last seen, how often), in a transaction of its own so that
 * flagging never disturbs the payment that met the code. Native SQL: a counter, not an entity's life.
 */
@ApplicationScoped
public class UnclassifiedCodes {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void seen(GatewayFamily family, String bankCode) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        int updated = em.createNativeQuery("update unclassified_return_code set last_seen_at = ?1,"
                        + " occurrences = occurrences + 1 where family = ?2 and bank_code = ?3")
                .setParameter(1, now)
                .setParameter(2, family.name())
                .setParameter(3, bankCode)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into unclassified_return_code (family, bank_code, first_seen_at, last_seen_at,"
                            + " occurrences) values (?1, ?2, ?3, ?3, 1)")
                    .setParameter(1, family.name())
                    .setParameter(2, bankCode)
                    .setParameter(3, now)
                    .executeUpdate();
        }
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public void classified(GatewayFamily family, String bankCode) {
        em.createNativeQuery("delete from unclassified_return_code where family = ?1 and bank_code = ?2")
                .setParameter(1, family.name())
                .setParameter(2, bankCode)
                .executeUpdate();
    }
}
