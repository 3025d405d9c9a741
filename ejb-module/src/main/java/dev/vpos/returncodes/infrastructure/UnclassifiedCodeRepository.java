package dev.vpos.returncodes.infrastructure;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The unclassified_return_code counters (native SQL: a counter, not an entity's life); joins the caller's
 * transaction.
 */
@ApplicationScoped
public class UnclassifiedCodeRepository {

    /** An unknown code met at a bank: when last and how often. */
    public record UnclassifiedRow(String family, String bankCode, OffsetDateTime lastSeenAt, long occurrences) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Counts one more sighting; false when the code has no row yet. */
    public boolean countSighting(GatewayFamily family, String bankCode, OffsetDateTime now) {
        return em.createNativeQuery("update unclassified_return_code set last_seen_at = ?1,"
                                + " occurrences = occurrences + 1 where family = ?2 and bank_code = ?3")
                        .setParameter(1, now)
                        .setParameter(2, family.name())
                        .setParameter(3, bankCode)
                        .executeUpdate()
                > 0;
    }

    public void addFirstSighting(GatewayFamily family, String bankCode, OffsetDateTime now) {
        em.createNativeQuery("insert into unclassified_return_code (family, bank_code, first_seen_at, last_seen_at,"
                        + " occurrences) values (?1, ?2, ?3, ?3, 1)")
                .setParameter(1, family.name())
                .setParameter(2, bankCode)
                .setParameter(3, now)
                .executeUpdate();
    }

    public void remove(GatewayFamily family, String bankCode) {
        em.createNativeQuery("delete from unclassified_return_code where family = ?1 and bank_code = ?2")
                .setParameter(1, family.name())
                .setParameter(2, bankCode)
                .executeUpdate();
    }

    /** Every unknown code, or one family's, the last seen first. */
    public List<UnclassifiedRow> list(GatewayFamily family) {
        String where = family == null ? "" : " where family = ?1";
        var q = em.createNativeQuery("select family, bank_code, last_seen_at, occurrences from unclassified_return_code"
                + where + " order by last_seen_at desc");
        if (family != null) {
            q.setParameter(1, family.name());
        }
        List<UnclassifiedRow> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new UnclassifiedRow(
                    (String) r[0], (String) r[1], OffsetDateTimes.of(r[2]), ((Number) r[3]).longValue()));
        }
        return out;
    }
}
