package dev.vpos.txlog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.txlog.infrastructure.LogWhere;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFilterTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private static LogFilter.Raw raw(String from, String to) {
        return new LogFilter.Raw(from, to, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> rejectedFields(LogFilter.Raw raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LogFilter.parse(raw, ISTANBUL));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void datesAreWholeDaysInTheBusinessZoneWithBothEndsIncluded() {
        LogFilter f = LogFilter.parse(raw("2026-11-01", "2026-11-23"), ISTANBUL);

        assertEquals(OffsetDateTime.parse("2026-11-01T00:00+03:00"), f.start());
        assertEquals(OffsetDateTime.parse("2026-11-24T00:00+03:00"), f.end(), "the 'to' day is included");
    }

    @Test
    void aLocalDateTimeIsReadInTheBusinessZoneAndAnOffsetDateTimeIsThatInstant() {
        LogFilter local = LogFilter.parse(raw("2026-11-23T14:30", "2026-11-23T15:00:00"), ISTANBUL);
        assertEquals(OffsetDateTime.parse("2026-11-23T14:30+03:00"), local.start());
        assertEquals(
                OffsetDateTime.parse("2026-11-23T15:00:00.000001+03:00"),
                local.end(),
                "'to' is inclusive at the stored microsecond precision");

        LogFilter utc = LogFilter.parse(raw("2026-11-23T11:30:00Z", "2026-11-23T12:00:00-01:00"), ISTANBUL);
        assertTrue(utc.start().isEqual(OffsetDateTime.parse("2026-11-23T14:30+03:00")));
        assertTrue(utc.end().isEqual(OffsetDateTime.parse("2026-11-23T13:00:00.000001Z")));
    }

    @Test
    void noFiltersMeansEverythingNewestFirst() {
        LogFilter f = LogFilter.parse(raw(null, " "), ISTANBUL);

        assertNull(f.start());
        assertNull(f.end());
        assertEquals("occurredAt", f.sort());
        assertFalse(f.ascending());
        assertEquals(" order by i.occurred_at desc, i.id desc", f.orderBy());
    }

    @Test
    void everyFilterIsParsedToItsType() {
        LogFilter f = LogFilter.parse(
                new LogFilter.Raw(
                        null,
                        null,
                        "1",
                        "2",
                        "KUVEYT_TURK",
                        "3DS_SALE",
                        "DECLINED",
                        " 51 ",
                        "INSUFFICIENT_FUNDS",
                        "7",
                        " vp26 ",
                        "latencyMs",
                        "ASC"),
                ISTANBUL);

        assertEquals(1L, f.companyId());
        assertEquals(2L, f.definitionId());
        assertEquals(GatewayFamily.KUVEYT_TURK, f.family());
        assertEquals("3DS_SALE", f.operation());
        assertEquals(GatewayOutcome.DECLINED, f.outcome());
        assertEquals("51", f.bankCode());
        assertEquals(UnifiedReason.INSUFFICIENT_FUNDS, f.reason());
        assertEquals(7L, f.collectionId());
        assertEquals("vp26", f.text());
        assertTrue(f.ascending());
        assertEquals(" order by i.latency_ms asc, i.occurred_at asc, i.id asc", f.orderBy());
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        List<String> fields = rejectedFields(new LogFilter.Raw(
                "2026-13-01",
                "yesterday",
                "abc",
                "-2",
                "ISBANK",
                "sale; drop",
                "MAYBE",
                "x".repeat(31),
                "BROKE",
                "1.5",
                "y".repeat(65),
                "pan",
                "sideways"));

        assertEquals(
                List.of(
                        "from",
                        "to",
                        "companyId",
                        "definitionId",
                        "collectionId",
                        "family",
                        "outcome",
                        "reason",
                        "operation",
                        "bankCode",
                        "q",
                        "sort",
                        "direction"),
                fields);
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertEquals(List.of("to"), rejectedFields(raw("2026-11-23", "2026-11-22")));
        assertEquals(List.of("to"), rejectedFields(raw("2026-11-23T10:00+03:00", "2026-11-23T09:59:59+03:00")));
        LogFilter oneDay = LogFilter.parse(raw("2026-11-23", "2026-11-23"), ISTANBUL);
        assertEquals(oneDay.start().plusDays(1), oneDay.end());
    }

    @Test
    void theChartNeedsBothEndsOfThePeriod() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> LogFilter.parse(raw(null, null), ISTANBUL).requirePeriod());

        assertEquals(
                List.of("from", "to"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("field.required", e.errors().get(0).messageKey());
    }

    @Test
    void freeTextCannotSmuggleLikeWildcards() {
        LogFilter f = LogFilter.parse(
                new LogFilter.Raw(null, null, null, null, null, null, null, null, null, null, "a%b_c", null, null),
                ISTANBUL);
        LogWhere w = LogWhere.of(f);

        assertEquals(" where (upper(i.bank_order_id) like ?1 escape '!' or i.request_id = ?2)", w.sql());
        assertEquals(
                List.of("%A!%B!_C%", "a%b_c"),
                w.params(),
                "the wildcards are literal (escaped with '!'); case does not matter; or exactly a request id");
    }
}
