package dev.vpos.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.IllegalTransitionException;
import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A routed sale fails over once, only while nothing is known of it yet (INITIATED after a NOT_SENT). */
class FailoverTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-07T10:00:00+03:00");

    private static Collection initiated() {
        Collection c = new Collection(
                new CollectionDraft(
                        "ref",
                        "VP1",
                        1,
                        1,
                        10,
                        GatewayFamily.EST,
                        Channel.MOTO,
                        Money.of("50.00", "TRY"),
                        1,
                        "450803******1111",
                        "VISA",
                        null,
                        "fp",
                        "test"),
                T0);
        c.routed("ON_US", "İş Bankası");
        return c;
    }

    @Test
    void theSaleMovesToTheNextDefinitionKeepingItsOrderAndTheFirstDefinition() {
        Collection c = initiated();
        c.failOver(20, GatewayFamily.GARANTI, T0.plusMinutes(2), T0.plusSeconds(1));
        assertEquals(20, c.getDefinitionId());
        assertEquals(GatewayFamily.GARANTI, c.getFamily());
        assertEquals(10L, c.getFailedOverFrom());
        assertEquals("VP1", c.getBankOrderId(), "the first bank never saw the order");
        assertEquals("ON_US", c.getRouteReason(), "why the first definition was chosen stays");
        assertTrue(c.isStrandedAt(T0.plusMinutes(3)), "a crash now leaves it for the janitor to ask the second bank");
    }

    @Test
    void neverTwiceNorOnceTheBankHasAnswered() {
        Collection twice = initiated();
        twice.failOver(20, GatewayFamily.EST, T0.plusMinutes(2), T0);
        assertThrows(IllegalTransitionException.class, () -> twice.failOver(30, GatewayFamily.EST, T0, T0));

        Collection unknown = initiated();
        setId(unknown);
        unknown.moveTo(
                CollectionState.UNKNOWN, new BankVerdict(null, null, "read timed out", null, null, null), "test", T0);
        assertThrows(IllegalTransitionException.class, () -> unknown.failOver(20, GatewayFamily.EST, T0, T0));
        assertEquals(10, unknown.getDefinitionId());
    }

    private static void setId(Collection c) {
        try {
            java.lang.reflect.Field id = Collection.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
