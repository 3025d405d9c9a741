package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.collection.application.EnteredCard;
import dev.vpos.collection.application.FollowUpRecorder;
import dev.vpos.collection.application.SaleCommand;
import dev.vpos.collection.application.SaleOrigin;
import dev.vpos.collection.domain.BankOrderIds;
import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a crash leaves behind, recreated in the database as a killed node leaves it, and what the janitor (running
 * on the test server every second, its "minute" a second) makes of it: a collection or follow-up still INITIATED after
 * its in-flight deadline becomes UNKNOWN, the bank is asked, and its answer settles it — with exactly one batch
 * record for an approval the bank booked, NOT_SENT for what the bank never received, and a retry with the same
 * Idempotency-Key answered instead of "in flight" for ever. Two approved phone orders for the same card and amount
 * after an unknown outcome are raised to finance.
 */
@ExtendWith(ArquillianExtension.class)
class InFlightRecoveryInContainerIT {

    private static final String ACTOR = "recovery-test";

    @Deployment
    static WebArchive deployment() {
        return InContainerArchive.of("vpos-recovery-it.war", InFlightRecoveryInContainerIT.class);
    }

    @Inject
    CollectionService collections;

    @Inject
    FollowUpRecorder followUps;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    ErpPort erp;

    @Inject
    jakarta.transaction.UserTransaction userTransaction;

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Test
    void aSaleTheBankApprovedButACrashLeftInitiatedIsApprovedOnceWithOneBatchRecord() {
        CollectionView sale = collections.collect(sale("63.10", "k-" + UUID.randomUUID()), ACTOR);
        assertEquals(CollectionState.APPROVED, sale.state());
        long id = idOf(sale.reference());
        crashedBeforeRecordingTheAnswer(id);

        String state = await(() -> stateOf(id), s -> s.equals("APPROVED"), "the janitor's settlement");

        assertEquals("APPROVED", state);
        assertEquals(1L, count("select count(*) from card_batch where collection_id = ?", id), "one batch record");
        List<?> history = em.createNativeQuery(
                        "select to_state from collection_state_change where collection_id = ? order by occurred_at, id")
                .setParameter(1, id)
                .getResultList();
        assertEquals(List.of("INITIATED", "UNKNOWN", "APPROVED"), history);
        assertEquals(
                "found in flight after a restart",
                em.createNativeQuery("select note from collection_state_change where collection_id = ?"
                                + " and to_state = 'UNKNOWN'")
                        .setParameter(1, id)
                        .getSingleResult());
    }

    @Test
    void aRetryOfAStrandedSaleIsAnsweredInsteadOfInFlightForEver() {
        String key = "k-" + UUID.randomUUID();
        CollectionView first = collections.collect(sale("63.20", key), ACTOR);
        long id = idOf(first.reference());
        crashedBeforeRecordingTheAnswer(id);

        CollectionView retry = collections.collect(sale("63.20", key), ACTOR);

        assertEquals(first.reference(), retry.reference(), "the same collection, not a second charge");
        assertNotEquals(CollectionState.INITIATED, retry.state());
        assertTrue(retry.replayed());
        String settled = await(() -> stateOf(id), s -> s.equals("APPROVED"), "the janitor's settlement");
        assertEquals("APPROVED", settled);
        assertEquals(1L, count("select count(*) from card_batch where collection_id = ?", id));
    }

    @Test
    void aSaleTheBankNeverReceivedBecomesNotSentOnceItCannotStillArrive() {
        CollectionView sale = collections.collect(sale("63.30", "k-" + UUID.randomUUID()), ACTOR);
        long id = idOf(sale.reference());
        crashedBeforeRecordingTheAnswer(id);
        tx(() -> em.createNativeQuery("update collection set bank_order_id = ? where id = ?")
                .setParameter(1, BankOrderIds.next(Clock.systemUTC()))
                .setParameter(2, id)
                .executeUpdate());

        String state = await(() -> stateOf(id), s -> s.equals("NOT_SENT"), "'no such order' after the grace");

        assertEquals("NOT_SENT", state);
        assertEquals(0L, count("select count(*) from card_batch where collection_id = ?", id));
    }

    @Test
    void aVoidTheBankBookedButACrashLeftInitiatedVoidsTheCollection() {
        CollectionView sale = collections.collect(sale("63.40", null), ACTOR);
        long id = idOf(sale.reference());
        Collection c = em.find(Collection.class, id);
        String operationId = BankOrderIds.next(Clock.systemUTC());
        GatewayResult atBank = gateway(c).voidTransaction(followUp(c, operationId), account(c));
        assertEquals(GatewayOutcome.APPROVED, atBank.outcome(), "the bank voided the sale");

        followUps.open(id, OperationKind.VOID, operationId, c.money(), null, "fp-" + operationId, ACTOR, past());

        String op = await(() -> operationState(operationId), s -> s.equals("APPROVED"), "the void settled");
        assertEquals("APPROVED", op);
        assertEquals("VOIDED", stateOf(id));
    }

    @Test
    void aVoidTheBankNeverReceivedBecomesNotSentAndChangesNothing() {
        CollectionView sale = collections.collect(sale("63.50", null), ACTOR);
        long id = idOf(sale.reference());
        Collection c = em.find(Collection.class, id);
        String operationId = BankOrderIds.next(Clock.systemUTC());

        followUps.open(id, OperationKind.VOID, operationId, c.money(), null, "fp-" + operationId, ACTOR, past());

        String op = await(() -> operationState(operationId), s -> s.equals("NOT_SENT"), "the void found absent");
        assertEquals("NOT_SENT", op);
        assertEquals("APPROVED", stateOf(id), "nothing was voided");
    }

    @Test
    void aPhoneOrderKeyedAgainAfterAnUnknownOutcomeIsRaisedWhenBothWereApproved() {
        CollectionView first = collections.collect(sale("63.60", "k-" + UUID.randomUUID()), ACTOR);
        long firstId = idOf(first.reference());
        crashedBeforeRecordingTheAnswer(firstId);
        CollectionView second = collections.collect(sale("63.60", "k-" + UUID.randomUUID()), ACTOR);
        long secondId = idOf(second.reference());
        assertEquals(CollectionState.APPROVED, second.state());

        await(() -> stateOf(firstId), s -> s.equals("APPROVED"), "the first attempt settled");

        Object[] row =
                (Object[]) em.createNativeQuery("select duplicate_of, needs_attention from collection where id = ?")
                        .setParameter(1, secondId)
                        .getSingleResult();
        assertEquals(firstId, ((Number) row[0]).longValue(), "the later approval points at the first");
        assertTrue(Boolean.TRUE.equals(row[1]) || Integer.valueOf(1).equals(row[1]), "raised to finance");
        assertTrue(
                collections.needingAttention().stream()
                        .anyMatch(v -> v.reference().equals(second.reference())),
                "on finance's list");
        assertEquals(1L, count("select count(*) from card_batch where collection_id = ?", secondId));
        assertEquals(first.reference(), collections.find(second.reference()).duplicateOf());

        attention.dismiss(second.reference());
        assertTrue(
                collections.needingAttention().stream()
                        .noneMatch(v -> v.reference().equals(second.reference())),
                "off the list once finance has dealt with it");
    }

    @Inject
    dev.vpos.collection.application.AttentionDesk attention;

    @Inject
    dev.vpos.reconciliation.application.ImportRegistry imports;

    @Test
    void aStatementImportAStoppedServerLeftRunningIsFailedAndCanBeRunAgain() {
        long mapping = ((Number) em.createNativeQuery("select min(id) from settlement_mapping")
                        .getSingleResult())
                .longValue();
        long definition = ((Number) em.createNativeQuery("select min(id) from vpos_definition where family = 'EST'")
                        .getSingleResult())
                .longValue();
        java.time.LocalDate day = java.time.LocalDate.of(2019, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 2500));
        var registered = imports.register(
                definitions.definition(definition),
                mapping,
                day,
                "stale.csv",
                "sha-" + UUID.randomUUID(),
                100,
                3,
                ACTOR);
        tx(() -> em.createNativeQuery("update statement_import_progress set updated_at = ? where import_id = ?")
                .setParameter(1, OffsetDateTime.now().minusHours(1))
                .setParameter(2, registered.importId())
                .executeUpdate());

        String status = await(
                () -> (String) em.createNativeQuery("select status from statement_import where id = ?")
                        .setParameter(1, registered.importId())
                        .getSingleResult(),
                s -> !s.equals("IMPORTING"),
                "the stale import failed by the sweeper");

        assertEquals("FAILED", status);
        assertEquals(
                null,
                em.createNativeQuery("select content_sha256 from statement_import where id = ?")
                        .setParameter(1, registered.importId())
                        .getSingleResult(),
                "its hash cleared: the same file can be imported again");
    }

    /** As a node killed after the bank booked the sale leaves it: INITIATED, no batch record, its deadline gone. */
    private void crashedBeforeRecordingTheAnswer(long id) {
        tx(() -> {
            em.createNativeQuery("delete from card_batch where collection_id = ?")
                    .setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery(
                            "delete from collection_state_change where collection_id = ? and from_state is not null")
                    .setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("update collection set state = 'INITIATED', auth_code = null, host_ref_num = null,"
                            + " bank_code = null, approved_at = null, captured_amount = 0,"
                            + " next_status_check_at = ?, version = version + 1 where id = ?")
                    .setParameter(1, past())
                    .setParameter(2, id)
                    .executeUpdate();
        });
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private static OffsetDateTime past() {
        return OffsetDateTime.now().minusSeconds(1);
    }

    private PaymentGateway gateway(Collection c) {
        return gateways.forFamily(c.getFamily()).orElseThrow();
    }

    private dev.vpos.gateway.domain.GatewayAccount account(Collection c) {
        VposDefinition d = definitions.definition(c.getDefinitionId());
        return definitions.open(d);
    }

    private static FollowUp followUp(Collection c, String operationId) {
        Map<String, String> refs = new HashMap<>(c.bankReferences());
        if (c.getAuthCode() != null) {
            refs.putIfAbsent("authCode", c.getAuthCode());
        }
        if (c.getHostRefNum() != null) {
            refs.putIfAbsent("hostRefNum", c.getHostRefNum());
        }
        if (c.getBankTransId() != null) {
            refs.putIfAbsent("transId", c.getBankTransId());
        }
        return new FollowUp(c.getBankOrderId(), operationId, c.money(), c.money(), c.getInstallments(), refs);
    }

    private String stateOf(long id) {
        return (String) em.createNativeQuery("select state from collection where id = ?")
                .setParameter(1, id)
                .getSingleResult();
    }

    private String operationState(String operationId) {
        return (String) em.createNativeQuery("select state from collection_operation where operation_id = ?")
                .setParameter(1, operationId)
                .getSingleResult();
    }

    private long idOf(String reference) {
        return (Long) em.createQuery("select c.id from Collection c where c.reference = :r")
                .setParameter("r", reference)
                .getSingleResult();
    }

    private static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done, String what) {
        long until = System.nanoTime() + 40_000_000_000L;
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited 40 s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    private SaleCommand sale(String amount, String key) {
        long company = erp.companies().stream()
                .filter(c -> c.code().equals("DEMO"))
                .findFirst()
                .orElseThrow()
                .id();
        long account = erp.customerAccounts(company).get(0).id();
        return SaleCommand.builder()
                .payer(company, account)
                .amount(amount, "TRY")
                .installments(1)
                .card(new EnteredCard("4355084355084358", "12/30", "000", "Test Holder"))
                .origin(new SaleOrigin(Channel.MOTO, key, "127.0.0.1", null))
                .build();
    }

    private void tx(Runnable work) {
        try {
            userTransaction.begin();
            work.run();
            userTransaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
