package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.Amounts;
import dev.vpos.reconciliation.domain.Candidate;
import dev.vpos.reconciliation.domain.MaskedCards;
import dev.vpos.reconciliation.domain.TransactionKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a definition's batch records of a date window in one query (index on definition + time), with whether a
 * statement line already matched each one and whether an open day's missing-at-bank list holds it (a closed day's
 * list is read-only: a record the bank settles a day late is matched, and the closed day keeps its explanation).
 */
public final class CandidateLoader {

    static final String SQL = "select b.id, b.bank_order_id, b.auth_code, b.host_ref_num, b.masked_pan, b.kind,"
            + " b.status, b.amount, b.commission, b.currency, b.transaction_time, b.reconciliation_status,"
            + " case when exists (select 1 from statement_line l where l.batch_id = b.id"
            + " and (l.difference_kind is null or l.difference_kind <> 'DUPLICATE')) then 1 else 0 end,"
            + " case when exists (select 1 from missing_at_bank m join reconciliation_day d on d.id = m.day_id"
            + " where m.batch_id = b.id and d.status = 'OPEN') then 1 else 0 end"
            + " from card_batch b where b.definition_id = ? and b.transaction_time >= ? and b.transaction_time < ?";

    private CandidateLoader() {}

    /** The records with {@code from <= transaction_time < to}; days are taken in {@code zone}. */
    public static List<Candidate> load(
            Connection c, long definitionId, OffsetDateTime from, OffsetDateTime to, ZoneId zone) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        DayOf dayOf = new DayOf(from, to, zone);
        Map<String, String> shared = new HashMap<>(); // currencies and statuses: one copy each, not one per record
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setFetchSize(2000);
            s.setLong(1, definitionId);
            s.setObject(2, from);
            s.setObject(3, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String pan = r.getString(5);
                    OffsetDateTime at = r.getObject(11, OffsetDateTime.class);
                    candidates.add(new Candidate(
                            r.getLong(1),
                            r.getString(2),
                            blank(r.getString(3)),
                            blank(r.getString(4)),
                            MaskedCards.key(pan),
                            TransactionKind.valueOf(r.getString(6).trim()),
                            "VOIDED".equals(r.getString(7).trim()),
                            Amounts.units(r.getBigDecimal(8)),
                            Amounts.units(r.getBigDecimal(9)),
                            shared.computeIfAbsent(r.getString(10).trim(), k -> k),
                            dayOf.epochDay(at),
                            r.getInt(13) == 1,
                            r.getInt(14) == 1,
                            shared.computeIfAbsent(r.getString(12).trim(), k -> k)));
                }
            }
        }
        return candidates;
    }

    /** The business day of a time in the window, by the days' first instants (no time-zone arithmetic per record). */
    private static final class DayOf {
        private final long firstDay;
        private final long[] starts;
        private final ZoneId zone;

        DayOf(OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
            this.zone = zone;
            LocalDate first = from.atZoneSameInstant(zone).toLocalDate();
            LocalDate last = to.atZoneSameInstant(zone).toLocalDate();
            firstDay = first.toEpochDay();
            int days = (int) (last.toEpochDay() - firstDay) + 2;
            starts = new long[days];
            for (int i = 0; i < days; i++) {
                starts[i] = first.plusDays(i).atStartOfDay(zone).toEpochSecond();
            }
        }

        int epochDay(OffsetDateTime at) {
            long s = at.toEpochSecond();
            if (s < starts[0] || s >= starts[starts.length - 1]) {
                return (int) at.atZoneSameInstant(zone).toLocalDate().toEpochDay();
            }
            int i = java.util.Arrays.binarySearch(starts, s);
            return (int) (firstDay + (i >= 0 ? i : -i - 2));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
