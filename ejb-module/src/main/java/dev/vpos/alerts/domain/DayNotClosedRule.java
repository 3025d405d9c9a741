package dev.vpos.alerts.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business day on which a definition has batch records is not closed in reconciliation by the rule's hour of the
 * next day (in the business zone): one alert per definition and day, resolved when finance closes the day.
 */
public final class DayNotClosedRule {

    /** A definition's business day with batch records, and whether its reconciliation day is closed. */
    public record BatchDay(long definitionId, String definitionCode, LocalDate day, long records, boolean closed) {}

    private DayNotClosedRule() {}

    public static List<AlertCondition> evaluate(List<BatchDay> days, int deadlineHour, ZonedDateTime now) {
        List<AlertCondition> found = new ArrayList<>();
        for (BatchDay d : days) {
            ZonedDateTime deadline = d.day().plusDays(1).atTime(deadlineHour, 0).atZone(now.getZone());
            if (!d.closed() && !now.isBefore(deadline)) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("definition", d.definitionCode());
                facts.put("day", d.day().toString());
                facts.put("records", String.valueOf(d.records()));
                facts.put("deadline", deadline.toOffsetDateTime().toString());
                found.add(new AlertCondition(
                        AlertKind.DAY_NOT_CLOSED,
                        "definition:" + d.definitionId() + "/day:" + d.day(),
                        d.definitionId(),
                        facts));
            }
        }
        return found;
    }

    /** The first day still worth watching: days before it are no longer looked at (docs/alerts.md). */
    public static LocalDate firstWatchedDay(ZonedDateTime now, int lookbackDays) {
        return now.toLocalDate().minusDays(lookbackDays);
    }
}
