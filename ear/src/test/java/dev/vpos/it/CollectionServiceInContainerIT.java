package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.collection.application.CollectionService;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.collection.application.EnteredCard;
import dev.vpos.collection.application.ProviderEvents;
import dev.vpos.collection.application.ProviderEvents.Effect;
import dev.vpos.collection.application.SaleCommand;
import dev.vpos.collection.application.SaleOrigin;
import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.application.DefinitionAdminService;
import dev.vpos.definitions.application.DefinitionCommand;
import dev.vpos.definitions.application.DefinitionDetails;
import dev.vpos.definitions.domain.SecretSealer;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.notifications.application.NotificationProcessor;
import dev.vpos.notifications.application.NotificationStore;
import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container tests of the collection service (and of how providers' notifications move collections: forward only,
 * once, resends recognised by event id, unknown orders raised to finance) with JPA on the test server's database: Arquillian deploys the
 * module's EJB jar and libraries (as built into the EAR) in a test WAR beside the running EAR.
 */
@ExtendWith(ArquillianExtension.class)
class CollectionServiceInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerArchive.of(
                "vpos-in-container-it.war", CollectionServiceInContainerIT.class, RecordedCollectionEvents.class);
    }

    @Inject
    CollectionService collections;

    @Inject
    dev.vpos.returncodes.application.ReturnCodeCatalog catalog;

    @Inject
    dev.vpos.returncodes.application.ReturnCodeAdmin codeAdmin;

    @Test
    void anUnknownBankCodeIsKeptVerbatimFlaggedAndAppliesOnceClassified() {
        String code = "ZX" + (System.nanoTime() % 10000);
        var family = dev.vpos.gateway.domain.GatewayFamily.GARANTI;
        assertEquals(
                dev.vpos.returncodes.domain.UnifiedReason.UNCLASSIFIED,
                catalog.describe(family, code).reason());
        catalog.describe(family, code);
        var flagged = codeAdmin.list(family, true).stream()
                .filter(c -> c.bankCode().equals(code))
                .findFirst()
                .orElseThrow();
        assertEquals(2, flagged.occurrences());
        codeAdmin.classify(
                family.name(), code, "LOST_CARD_PICK_UP", "Lost card (test)", "Kayıp kart (test)", false, true);
        var meaning = catalog.describe(family, code);
        assertEquals(dev.vpos.returncodes.domain.UnifiedReason.LOST_CARD_PICK_UP, meaning.reason());
        org.junit.jupiter.api.Assertions.assertTrue(meaning.fraudSuspected());
        org.junit.jupiter.api.Assertions.assertTrue(
                codeAdmin.list(family, true).stream()
                        .noneMatch(c -> c.bankCode().equals(code)),
                "classified codes leave the list of unknown ones");
    }

    @Inject
    ErpPort erp;

    @Inject
    SecretSealer sealer;

    @Inject
    DefinitionAdminService admin;

    @Inject
    jakarta.transaction.UserTransaction userTransaction;

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Test
    void approvalRecordsInitiatedThenApprovedHistoryTheLogRowAndOneBatch() {
        CollectionView view = collections.collect(sale("250.00", "4355084355084358"), "in-container-test");

        assertEquals(CollectionState.APPROVED, view.state());
        long id = (Long) em.createQuery("select c.id from Collection c where c.reference = :r")
                .setParameter("r", view.reference())
                .getSingleResult();
        List<?> history = em.createNativeQuery(
                        "select to_state from collection_state_change where collection_id = ? order by id")
                .setParameter(1, id)
                .getResultList();
        assertEquals(List.of("INITIATED", "APPROVED"), history);
        assertEquals(1L, count("select count(*) from bank_interaction where collection_id = ?", id));
        assertEquals(1L, count("select count(*) from card_batch where collection_id = ?", id));
    }

    @Test
    void anApprovalTellsTheHostErpThroughACdiEventInsideItsTransaction() {
        CollectionView view = collections.collect(sale("77.00", "4355084355084358"), "in-container-test");
        var event = RecordedCollectionEvents.SEEN.stream()
                .filter(e -> e.reference().equals(view.reference()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CollectionEvent for " + view.reference()));
        assertEquals(dev.vpos.collection.domain.CollectionEvent.Type.COLLECTED, event.type());
        assertEquals("77.00", event.amount().amount().toPlainString());
        org.junit.jupiter.api.Assertions.assertTrue(
                event.commission().amount().signum() > 0,
                "the commission of the definition's plan: " + event.commission());
        assertEquals(view.bankOrderId(), event.bankOrderId());
    }

    @Test
    void declineCreatesNoBatchButKeepsTheReason() {
        CollectionView view = collections.collect(sale("10.51", "4355084355084358"), "in-container-test");

        assertEquals(CollectionState.DECLINED, view.state());
        long id = (Long) em.createQuery("select c.id from Collection c where c.reference = :r")
                .setParameter("r", view.reference())
                .getSingleResult();
        assertEquals(0L, count("select count(*) from card_batch where collection_id = ?", id));
        assertEquals(
                "INSUFFICIENT_FUNDS",
                em.createNativeQuery("select reason from collection where id = ?")
                        .setParameter(1, id)
                        .getSingleResult());
    }

    @Test
    void noFullCardNumberIsStoredAnywhere() {
        collections.collect(sale("12.00", "5401341234567891"), "in-container-test");

        for (String sql : List.of(
                "select count(*) from collection where masked_pan like '%5401341234567891%'",
                "select count(*) from bank_interaction where masked_request like '%5401341234567891%'"
                        + " or masked_response like '%5401341234567891%'",
                "select count(*) from card_batch where masked_pan like '%5401341234567891%'")) {
            assertEquals(0L, ((Number) em.createNativeQuery(sql).getSingleResult()).longValue(), sql);
        }
    }

    @Test
    void invalidSaleIsRejectedBeforeAnythingIsWritten() {
        long before = count("select count(*) from collection where id > ?", 0L);

        assertThrows(InvalidInputException.class, () -> collections.collect(sale("0", "1234"), "in-container-test"));

        assertEquals(before, count("select count(*) from collection where id > ?", 0L));
    }

    @Test
    void credentialsThatCannotBeOpenedMeanTheSaleWasNeverSent() {
        long company = erp.companies().stream()
                .filter(c -> c.code().equals("DEMO2"))
                .findFirst()
                .orElseThrow()
                .id();
        long account = erp.customerAccounts(company).get(0).id();
        DefinitionDetails d = admin.create(
                company,
                new DefinitionCommand(
                        "BROKEN-" + System.nanoTime() % 100000,
                        "Broken",
                        "Bank",
                        null,
                        "EST",
                        "TEST",
                        "REGULAR",
                        "http://localhost:9081/bank-simulator/est/fim/api",
                        null,
                        null,
                        3000,
                        List.of("TRY"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        Map.of("apiUser", "ZIRAATAPI", "password", "ZIRAAT19", "clientId", "190100000")),
                "in-container-test");
        admin.enable(company, d.id(), null, "in-container-test");
        tx(() -> em.createNativeQuery("update vpos_definition_credential set stored_value = 'v1:00000000:AAAA'"
                        + " where definition_id = ? and name = 'password'")
                .setParameter(1, d.id())
                .executeUpdate());

        CollectionView view = collections.collect(
                SaleCommand.builder()
                        .payer(company, account)
                        .definition(d.id())
                        .amount("10.00", "TRY")
                        .installments(1)
                        .card(new EnteredCard("4355084355084358", "12/30", "000", "Holder"))
                        .origin(new SaleOrigin(Channel.MOTO, null, "127.0.0.1", null))
                        .build(),
                "in-container-test");

        assertEquals(CollectionState.NOT_SENT, view.state());
        assertTrue(view.bankMessage().contains("cannot be opened"), view.bankMessage());
        assertTrue(admin.get(company, d.id()).credentials().stream()
                .anyMatch(c -> c.name().equals("password") && c.note().startsWith("cannot be opened")));
        admin.disable(company, d.id(), "in-container-test");
    }

    @Test
    void noSecretOfAnyDefinitionIsReadableInTheTable() {
        List<?> rows = em.createNativeQuery("select stored_value from vpos_definition_credential where sealed = true")
                .getResultList();

        assertFalse(rows.isEmpty());
        for (Object value : rows) {
            String stored = (String) value;
            for (String plain : List.of("ISBANK07", "TRPS0200", "ZIRAAT19", "ZIRAAT20", "123456")) {
                assertFalse(stored.contains(plain), "readable secret in " + stored);
            }
            assertTrue(stored.matches("v1:[0-9a-f]{8}:[A-Za-z0-9+/=]+"), stored);
        }
    }

    @Test
    void definitionSecretsAreSealedAtRestAndOpenWithTheServersKey() {
        String stored = (String) em.createNativeQuery(
                        "select c.stored_value from vpos_definition_credential c join vpos_definition d on d.id = c.definition_id"
                                + " where c.name = 'password' and d.code = 'ISBANK-EST'")
                .getResultList()
                .get(0);

        assertNotEquals("ISBANK07", stored);
        assertFalse(stored.contains("ISBANK07"));
        assertEquals("ISBANK07", sealer.open(stored, "password"));
    }

    @Inject
    ProviderEvents events;

    @Inject
    NotificationStore store;

    @Inject
    NotificationProcessor processor;

    private long seq = System.nanoTime();

    @Test
    void eventsMoveACollectionOnlyForwardAndOnce() {
        CollectionView sale = collections.collect(sale("100.00", Sales.APPROVED_CARD), "notifications-it");
        assertEquals(CollectionState.APPROVED, sale.state());

        assertEquals(
                Effect.NO_CHANGE,
                apply(sale, NotificationKind.PAYMENT_APPROVED, "100.00").effect(),
                "an approval notified after the payer's return changes nothing");
        ProviderEvents.Applied part = apply(sale, NotificationKind.REFUNDED, "40.00");
        assertEquals(Effect.APPLIED, part.effect(), part.note());
        assertEquals(CollectionState.PARTIALLY_REFUNDED, part.collectionState());
        assertEquals(
                Effect.NO_CHANGE,
                apply(sale, NotificationKind.REFUNDED, "40.00").effect(),
                "the same refunded total again (a resend, or our own refund echoed) refunds nothing more");
        ProviderEvents.Applied rest = apply(sale, NotificationKind.REFUNDED, "100.00");
        assertEquals(Effect.APPLIED, rest.effect(), rest.note());
        assertEquals(CollectionState.REFUNDED, rest.collectionState());
        assertEquals(
                Effect.MISMATCH,
                apply(sale, NotificationKind.REFUNDED, "120.00").effect(),
                "more refunded than was taken is raised to finance");
        ProviderEvents.Applied late = apply(sale, NotificationKind.PAYMENT_DECLINED, null);
        assertEquals(Effect.NO_CHANGE, late.effect());
        assertEquals(CollectionState.REFUNDED, late.collectionState(), "a late decline does not move it back");
    }

    @Test
    void anApprovalOfAPaymentRecordedAsDeclinedOrForAnotherAmountIsRaisedNotApplied() {
        CollectionView declined = collections.collect(sale("30.00", Sales.INSUFFICIENT_FUNDS_CARD), "notifications-it");
        assertEquals(CollectionState.DECLINED, declined.state());
        assertEquals(
                Effect.MISMATCH,
                apply(declined, NotificationKind.PAYMENT_APPROVED, "30.00").effect());

        CollectionView approved = collections.collect(sale("31.00", Sales.APPROVED_CARD), "notifications-it");
        ProviderEvents.Applied other = apply(approved, NotificationKind.PAYMENT_APPROVED, "13.00");
        assertEquals(Effect.MISMATCH, other.effect());
        assertTrue(other.note().contains("13.00"), other.note());
    }

    @Test
    void aResendIsStoredAsDuplicateAndAnUnknownOrderIsKeptForFinance() {
        CollectionView any = collections.collect(sale("12.00", Sales.APPROVED_CARD), "notifications-it");
        long definition = any.definitionId();
        String event = "evt_it_" + (seq++);
        NotificationVerdict verdict = new NotificationVerdict(
                true,
                null,
                event,
                "NO-SUCH-ORDER-" + seq,
                NotificationKind.PAYMENT_APPROVED,
                Money.of("12.00", "TRY"),
                new GatewayResult(
                        GatewayOutcome.APPROVED,
                        "0",
                        "ok",
                        "AUTH12",
                        null,
                        "TRN12",
                        new BankExchange(null, 0, null, null, null)),
                null,
                "OrderID=NO-SUCH-ORDER&Amount=12.00",
                NotificationAcknowledgement.text("OK"));

        assertFalse(store.eventKnown(definition, event));
        ProviderNotification first = store.save(definition, any.companyId(), GatewayFamily.EST, verdict, true);
        assertEquals(NotificationStatus.RECEIVED, first.getStatus());
        assertTrue(store.eventKnown(definition, event));
        ProviderNotification resend = store.save(definition, any.companyId(), GatewayFamily.EST, verdict, false);
        assertEquals(NotificationStatus.DUPLICATE, resend.getStatus());
        assertEquals(
                NotificationStatus.DUPLICATE,
                processor.process(resend.getId(), Optional.empty()),
                "a duplicate is never processed");

        assertEquals(NotificationStatus.UNMATCHED, processor.process(first.getId(), Optional.empty()));
        ProviderNotification raised = store.byId(first.getId());
        assertTrue(raised.isNeedsAttention());
        assertEquals("AUTH12", raised.getAuthCode());
        assertTrue(
                store.page(null, definition, true, null, null, 0, 50).items().stream()
                        .anyMatch(n -> n.getId().equals(first.getId())),
                "listed for finance");
        assertFalse(store.settleAttention(first.getId(), "a test payment from the provider's dashboard")
                .isNeedsAttention());

        ProviderNotification forged = store.save(
                definition,
                any.companyId(),
                GatewayFamily.EST,
                NotificationVerdict.rejected("signature does not verify", "OrderID=X"),
                true);
        assertEquals(NotificationStatus.REJECTED, forged.getStatus());
        assertEquals(NotificationStatus.REJECTED, processor.process(forged.getId(), Optional.empty()));
    }

    private ProviderEvents.Applied apply(CollectionView c, NotificationKind kind, String amount) {
        return events.apply(new ProviderEvents.Event(
                c.definitionId(),
                c.bankOrderId(),
                kind,
                amount == null ? null : Money.of(amount, "TRY"),
                null,
                "evt-" + (seq++),
                seq++));
    }

    private SaleCommand sale(String amount, String card) {
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
                .card(new EnteredCard(card, "12/30", "000", "Test Holder"))
                .origin(new SaleOrigin(Channel.MOTO, null, "127.0.0.1", null))
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
