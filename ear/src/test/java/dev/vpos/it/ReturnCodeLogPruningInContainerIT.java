package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.collection.application.EnteredCard;
import dev.vpos.collection.application.SaleCommand;
import dev.vpos.collection.application.SaleOrigin;
import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.txlog.application.LogPruning;
import dev.vpos.txlog.application.LogRetentionPolicy;
import dev.vpos.txlog.domain.BankInteraction;
import dev.vpos.txlog.domain.InteractionRecord;
import dev.vpos.txlog.domain.PruningRun;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pruning the return-code log by each company's retention, in the container on the test server's database: old rows
 * are written directly (dated months back), then the pruning that the nightly schedule and {@code POST
 * /transaction-log/prune} run deletes exactly the rows before each company's cutoff, keeps the evidence of an open
 * collection until it is settled, leaves the state history alone and records every run. The test server prunes in
 * chunks of 2 rows ({@code vpos.logRetention.chunkSize} in test.xml), so several chunks run here.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnCodeLogPruningInContainerIT {

    /** This run's own actor, so runs recorded by an earlier test run on the same database are not counted. */
    private static final String ACTOR = "pruning-test-" + Long.toString(System.currentTimeMillis(), 36);

    @Deployment
    static WebArchive deployment() {
        return InContainerArchive.of("vpos-pruning-it.war", ReturnCodeLogPruningInContainerIT.class);
    }

    @Inject
    LogPruning pruning;

    @Inject
    LogRetentionPolicy retention;

    @Inject
    CollectionService collections;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    @Inject
    UserTransaction userTransaction;

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Test
    void oldRowsGoByEachCompanysRetentionExceptTheEvidenceOfOpenCollections() {
        long demo = company("DEMO");
        long demo2 = company("DEMO2");
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime fourteenMonthsAgo = now.minusMonths(14);

        List<Long> demoOld = List.of(
                row(demo, null, fourteenMonthsAgo),
                row(demo, null, fourteenMonthsAgo.plusDays(1)),
                row(demo, null, fourteenMonthsAgo.plusDays(2)));
        long demoRecent = row(demo, null, now.minusMonths(2));
        long demoJustInside = row(demo, null, now.minusMonths(13).plusDays(1));
        List<Long> demo2Old = List.of(row(demo2, null, fourteenMonthsAgo), row(demo2, null, fourteenMonthsAgo));

        // an open collection (waiting for the payer's 3-D return) whose log goes back 14 months: its evidence stays
        CollectionView open = collections.collect(
                SaleCommand.builder()
                        .payer(demo, erp.customerAccounts(demo).get(0).id())
                        .amount("31.00", "TRY")
                        .installments(1)
                        .card(new EnteredCard("4355084355084358", "12/30", "000", "Holder"))
                        .origin(new SaleOrigin(Channel.MOTO, null, "127.0.0.1", null))
                        .build(),
                ACTOR);
        assertEquals(CollectionState.APPROVED, open.state());
        long openId = collectionId(open.reference());
        long historyRows = count("select count(*) from collection_state_change where collection_id = ?", openId);
        tx(() -> em.createNativeQuery("update collection set state = 'PENDING_3DS', pending_until = ? where id = ?")
                .setParameter(1, now.plusDays(1))
                .setParameter(2, openId)
                .executeUpdate());
        long evidence = row(demo, openId, fourteenMonthsAgo);

        retention.set(demo2, 24, ACTOR);
        LogPruning.Report first;
        try {
            first = pruning.pruneAll(PruningRun.Trigger.MANUAL, ACTOR);
        } finally {
            retention.reset(demo2, ACTOR);
        }

        demoOld.forEach(id -> assertNull(find(id), "DEMO's rows older than 13 months go: " + id));
        assertTrue(exists(demoRecent) && exists(demoJustInside), "DEMO's rows within 13 months stay");
        assertTrue(exists(evidence), "the log of an open collection stays whatever its age");
        demo2Old.forEach(id -> assertTrue(exists(id), "DEMO2 keeps 24 months: " + id));
        LogPruning.CompanyResult demoResult = result(first, demo);
        assertEquals(13, demoResult.retentionMonths());
        assertTrue(demoResult.deleted() >= 3, demoResult.toString());
        assertTrue(demoResult.keptOpen() >= 1, demoResult.toString());
        assertNull(demoResult.failure());
        assertEquals(24, result(first, demo2).retentionMonths());
        assertEquals(0, result(first, demo2).deleted());
        assertEquals(
                historyRows,
                count("select count(*) from collection_state_change where collection_id = ?", openId),
                "the state history is never touched");

        // back to the default (13 months), DEMO2's old rows go too; settled, the collection's old evidence goes
        tx(() -> em.createNativeQuery("update collection set state = 'APPROVED', pending_until = null where id = ?")
                .setParameter(1, openId)
                .executeUpdate());
        LogPruning.Report second = pruning.pruneAll(PruningRun.Trigger.MANUAL, ACTOR);

        demo2Old.forEach(id -> assertNull(find(id), "DEMO2 at the default retention: " + id));
        assertNull(find(evidence), "settled: its old log goes in the next run");
        assertTrue(exists(demoRecent));
        assertEquals(2, result(second, demo2).deleted());
        assertEquals(1, result(second, demo).deleted());
        assertEquals(
                historyRows, count("select count(*) from collection_state_change where collection_id = ?", openId));

        List<PruningRun> runs = em.createQuery(
                        "select r from PruningRun r where r.actor = :a and r.companyId = :c" + " order by r.id",
                        PruningRun.class)
                .setParameter("a", ACTOR)
                .setParameter("c", demo)
                .getResultList();
        assertEquals(2, runs.size(), "one record per company per run");
        assertEquals(demoResult.deleted(), runs.get(0).getDeleted());
        assertEquals("MANUAL", runs.get(0).getTriggeredBy());
        assertTrue(runs.get(0).getCutoff().isEqual(demoResult.cutoff()));
        assertTrue(
                runs.get(0).getCutoff().isAfter(fourteenMonthsAgo.plusDays(2))
                        && runs.get(0).getCutoff().isBefore(now.minusMonths(13).plusDays(1)),
                runs.get(0).getCutoff().toString());
    }

    private long row(long companyId, Long collectionId, OffsetDateTime occurredAt) {
        return tx(() -> {
            BankInteraction i = new BankInteraction(
                    new InteractionRecord(
                            collectionId,
                            companyId,
                            1L,
                            GatewayFamily.EST,
                            "SALE",
                            "PRUNE" + System.nanoTime() % 1_000_000_000L,
                            GatewayOutcome.DECLINED,
                            "51",
                            "INSUFFICIENT_FUNDS",
                            "old row",
                            200,
                            42,
                            "<CC5Request/>",
                            "<CC5Response/>"),
                    occurredAt);
            em.persist(i);
            em.flush();
            return i.getId();
        });
    }

    private Object find(long id) {
        List<?> found = em.createNativeQuery("select id from bank_interaction where id = ?")
                .setParameter(1, id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean exists(long id) {
        return find(id) != null;
    }

    private long company(String code) {
        return erp.companies().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long collectionId(String reference) {
        return (Long) em.createQuery("select c.id from Collection c where c.reference = :r")
                .setParameter("r", reference)
                .getSingleResult();
    }

    private static LogPruning.CompanyResult result(LogPruning.Report report, long companyId) {
        return report.companies().stream()
                .filter(c -> c.companyId() == companyId)
                .findFirst()
                .orElseThrow();
    }

    private long count(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private <T> T tx(Callable<T> work) {
        try {
            userTransaction.begin();
            T result = work.call();
            userTransaction.commit();
            return result;
        } catch (Exception e) {
            try {
                userTransaction.rollback();
            } catch (Exception ignored) {
                // already ended
            }
            throw new IllegalStateException(e);
        }
    }
}
