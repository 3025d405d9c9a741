package dev.vpos.collection.infrastructure;

import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import dev.vpos.shared.infrastructure.metrics.Periodic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/**
 * What waits on the bank, for the scraped meters (issue #17): collections and follow-ups whose outcome is UNKNOWN
 * (the janitor asks the bank about them) and collections raised to finance as needing attention. Counted at most every
 * 30 s whatever the scrape interval, by indexed queries.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class BacklogGauges {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    private final Periodic<Counts> counts = new Periodic<>(Duration.ofSeconds(30), this::count);

    /** The three counts. */
    public record Counts(long unknownCollections, long unknownFollowUps, long needingAttention) {}

    /** Registered once the application has started; the registry reads them through this bean's proxy. */
    public void register(
            @Observes @Initialized(ApplicationScoped.class) Object started, Meters meters, BacklogGauges self) {
        meters.gauge("vpos_unknown_outcomes", () -> self.counts().unknownCollections(), "kind", "collection");
        meters.gauge("vpos_unknown_outcomes", () -> self.counts().unknownFollowUps(), "kind", "follow_up");
        meters.gauge("vpos_needing_attention", () -> self.counts().needingAttention());
    }

    public Counts counts() {
        return counts.get(clock);
    }

    private Counts count() {
        return new Counts(
                count("select count(*) from collection where state = 'UNKNOWN'"),
                count("select count(*) from collection_operation where state = 'UNKNOWN'"),
                count("select count(*) from collection where needs_attention = true"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
