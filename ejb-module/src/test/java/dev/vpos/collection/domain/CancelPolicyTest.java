package dev.vpos.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.Money;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CancelPolicyTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T10:00:00+03:00");
    private static final SettlementCutoff CUTOFF =
            new SettlementCutoff(GatewayFamily.STRIPE, LocalTime.of(23, 0), ZoneId.of("Europe/Istanbul"), null);

    private static Collection approvedSale() {
        Collection c = new Collection(
                new CollectionDraft(
                        "ref",
                        "VP1",
                        1,
                        1,
                        1,
                        GatewayFamily.STRIPE,
                        Channel.API,
                        Money.of("50.00", "USD"),
                        1,
                        "424242******4242",
                        "VISA",
                        null,
                        "fp",
                        "test"),
                T0);
        persisted(c);
        c.moveTo(CollectionState.APPROVED, new BankVerdict("00", "APPROVED", "ok", "A1", null, null), "test", T0);
        return c;
    }

    /** The id JPA would have given it (state changes refer to it). */
    private static void persisted(Collection c) {
        try {
            java.lang.reflect.Field id = Collection.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFullCancelInTheOpenBatchIsAVoidWhereTheFamilyVoidsSales() {
        assertEquals(
                OperationKind.VOID,
                CancelPolicy.decide(approvedSale(), Money.of("50.00", "USD"), CUTOFF, T0.plusHours(1), true));
    }

    @Test
    void aSaleOfAFamilyThatCannotVoidSalesIsRefundedEvenBeforeTheCutoff() {
        assertEquals(
                OperationKind.REFUND,
                CancelPolicy.decide(approvedSale(), Money.of("50.00", "USD"), CUTOFF, T0.plusHours(1), false));
    }

    @Test
    void aPartOrAfterTheCutoffIsAlwaysARefund() {
        assertEquals(
                OperationKind.REFUND,
                CancelPolicy.decide(approvedSale(), Money.of("20.00", "USD"), CUTOFF, T0.plusHours(1), true));
        assertEquals(
                OperationKind.REFUND,
                CancelPolicy.decide(approvedSale(), Money.of("50.00", "USD"), CUTOFF, T0.plusDays(1), true));
    }

    @Test
    void settlingASettledCollectionAgainIsARefusalWithTheStatesNotAServerFault() {
        Collection c = approvedSale();
        dev.vpos.shared.domain.IllegalTransitionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                dev.vpos.shared.domain.IllegalTransitionException.class,
                () -> c.moveTo(
                        CollectionState.DECLINED, new BankVerdict("05", "DECLINED", "no", null, null, null), "t", T0));
        // a RuleViolationException: the API answers 409 with the collection's current state, in the caller's language
        assertEquals("state.illegalTransition", refused.messageKey());
        assertEquals(java.util.List.of("ref", "APPROVED", "DECLINED"), refused.args());
        assertEquals(CollectionState.APPROVED, c.getState(), "nothing changed");
    }
}
