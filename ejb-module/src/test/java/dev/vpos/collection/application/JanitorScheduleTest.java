package dev.vpos.collection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionDraft;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JanitorScheduleTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T10:00:00+03:00");
    private final JanitorSchedule schedule = new JanitorSchedule(60);

    @Test
    void asksAMinuteAfterAnUnknownAndThenWithDoublingDelaysForAboutAnHour() {
        List<Long> minutes = new ArrayList<>();
        for (int done = 1; done < JanitorSchedule.MAX_CHECKS; done++) {
            minutes.add(
                    java.time.Duration.between(T0, schedule.nextCheck(done, T0).orElseThrow())
                            .toMinutes());
        }

        assertEquals(T0.plusMinutes(1), schedule.firstCheck(T0));
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L), minutes);
        assertTrue(schedule.nextCheck(JanitorSchedule.MAX_CHECKS, T0).isEmpty(), "then it gives up");
    }

    @Test
    void aCollectionIsRaisedToFinanceAfterTheLastInconclusiveCheck() {
        Collection c = new Collection(
                new CollectionDraft(
                        "ref",
                        "VP1",
                        1,
                        1,
                        1,
                        GatewayFamily.EST,
                        Channel.API,
                        Money.of("10.00", "TRY"),
                        1,
                        "435508******4358",
                        "VISA",
                        null,
                        "fp",
                        "test"),
                T0);

        for (int i = 1; i < JanitorSchedule.MAX_CHECKS; i++) {
            c.statusStillUnknown(schedule.nextCheck(c.getStatusChecks() + 1, T0), T0);
            assertFalse(c.isNeedsAttention(), "check " + i);
        }
        c.statusStillUnknown(schedule.nextCheck(c.getStatusChecks() + 1, T0), T0);

        assertTrue(c.isNeedsAttention());
        assertEquals(JanitorSchedule.MAX_CHECKS, c.getStatusChecks());
    }
}
