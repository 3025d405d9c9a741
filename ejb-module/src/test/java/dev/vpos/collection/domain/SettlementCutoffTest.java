package dev.vpos.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayFamily;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SettlementCutoffTest {

    private final SettlementCutoff est =
            new SettlementCutoff(GatewayFamily.EST, LocalTime.of(23, 0), ZoneId.of("Europe/Istanbul"), null);

    @Test
    void aTransactionBeforeTheCutoffClosesThatEvening() {
        OffsetDateTime tx = OffsetDateTime.parse("2026-11-23T16:00:00+03:00");
        assertEquals(OffsetDateTime.parse("2026-11-23T23:00:00+03:00"), est.batchCloseAfter(tx));
        assertTrue(est.stillOpen(tx, OffsetDateTime.parse("2026-11-23T22:59:59+03:00")));
        assertFalse(est.stillOpen(tx, OffsetDateTime.parse("2026-11-23T23:00:00+03:00")));
    }

    @Test
    void aTransactionAfterTheCutoffGoesIntoTomorrowsBatch() {
        OffsetDateTime tx = OffsetDateTime.parse("2026-11-23T23:30:00+03:00");
        assertEquals(OffsetDateTime.parse("2026-11-24T23:00:00+03:00"), est.batchCloseAfter(tx));
        assertTrue(est.stillOpen(tx, OffsetDateTime.parse("2026-11-24T10:00:00+03:00")));
    }

    @Test
    void theCutoffIsReadInTheBanksZoneWhateverTheOffsetOfTheTimestamp() {
        OffsetDateTime txUtc = OffsetDateTime.parse("2026-11-23T19:59:00Z"); // 22:59 in Istanbul
        assertTrue(est.stillOpen(txUtc, OffsetDateTime.parse("2026-11-23T19:59:30Z")));
        assertFalse(est.stillOpen(txUtc, OffsetDateTime.parse("2026-11-23T20:00:00Z")));
    }
}
