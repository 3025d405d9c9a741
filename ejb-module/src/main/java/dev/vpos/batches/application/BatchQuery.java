package dev.vpos.batches.application;

import dev.vpos.shared.domain.Money;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The credit-card batch listing's SQL, built from a filter: plain strings with numbered parameters (?1, ?2, ...) that
 * run on PostgreSQL and H2. No JPA here, so the million-row benchmark (scripts/bench) runs exactly this SQL over JDBC.
 * The sort column comes from a whitelist; every value is a parameter.
 */
public final class BatchQuery {

    private static final String COLUMNS = "select b.id, b.collection_id, c.reference, b.company_id, b.definition_id,"
            + " d.code, d.family, b.customer_account_id, a.code, a.name, doc.document_no, c.channel, c.state,"
            + " b.transaction_time, b.amount, b.currency, b.commission, b.net_amount, b.value_date, b.installments,"
            + " b.masked_pan, b.card_brand, b.bank_order_id, b.auth_code, b.host_ref_num, b.bank_trans_id, b.source,"
            + " b.kind, b.status, b.reconciliation_status";
    private static final String JOIN_DEFINITION = " join vpos_definition d on d.id = b.definition_id";
    private static final String JOIN_CUSTOMER = " join erp_customer_account a on a.id = b.customer_account_id";
    private static final String JOIN_COLLECTION = " left join collection c on c.id = b.collection_id";
    private static final String JOIN_DOCUMENT = " left join erp_document doc on doc.id = c.document_id";
    private static final String JOINS = JOIN_DEFINITION + JOIN_CUSTOMER + JOIN_COLLECTION + JOIN_DOCUMENT;

    /**
     * A statement and its parameters in order. {@code reversed}: the rows come in the opposite order of the listing's
     * (a page near the end read from the other side) and must be turned round.
     */
    public record Sql(String text, List<Object> params, boolean reversed) {}

    private BatchQuery() {}

    /**
     * One page of the filter, {@code total} being the filter's count: a page past the middle is read backwards from
     * the end with the small offset, so the last page of a million rows costs what the first does.
     */
    public static Sql page(BatchFilter f, ZoneId zone, int page, int size, long total) {
        Where w = where(f, zone);
        long offset = (long) page * size;
        long fromEnd = total - offset - size;
        boolean reversed = offset > 0 && fromEnd < offset;
        String order = reversed ? f.orderBy(!f.ascending()) : f.orderBy(f.ascending());
        long limit = reversed ? Math.min(size, total - offset) : size;
        long skip = reversed ? Math.max(0, fromEnd) : offset;
        // the page's ids first, through only the tables the filter and the sort need (an index-only walk when they
        // are on card_batch alone), then the columns of those rows: skipped rows are never joined
        String ids = "select b.id" + w.from(f.sortTable()) + w.sql() + order + " limit " + Math.max(0, limit)
                + " offset " + skip;
        return new Sql(
                COLUMNS + " from (" + ids + ") p join card_batch b on b.id = p.id" + JOINS + order, w.params, reversed);
    }

    /**
     * Keyset paging: the {@code size} rows that follow {@code after} in the filter's order. The sort column's bound
     * ({@code <=} or {@code >=}) comes first so the walk starts at the cursor in the sort's index (an OR alone would
     * be a filter on every row before it); {@code b.id} breaks ties.
     */
    public static Sql after(BatchFilter f, ZoneId zone, BatchCursor after, int size) {
        Where w = where(f, zone);
        String column = BatchFilter.SORTS.get(after.sort());
        String op = after.ascending() ? ">" : "<";
        int n = w.params.size();
        w.clauses.add(column + " " + op + "= ?" + (n + 1) + " and (" + column + " " + op + " ?" + (n + 1) + " or b.id "
                + op + " ?" + (n + 2) + ")");
        w.params.add(after.bound());
        w.params.add(after.id());
        String order = f.orderBy(f.ascending());
        String ids = "select b.id" + w.from(f.sortTable()) + w.sql() + order + " limit " + size;
        return new Sql(
                COLUMNS + " from (" + ids + ") p join card_batch b on b.id = p.id" + JOINS + order, w.params, false);
    }

    /** Count, gross, commission and net per currency for the whole filter. */
    public static Sql totals(BatchFilter f, ZoneId zone) {
        Where w = where(f, zone);
        return new Sql(
                "select b.currency, count(*), sum(b.amount), sum(b.commission), sum(b.net_amount)" + w.from(null)
                        + w.sql() + " group by b.currency order by b.currency",
                w.params,
                false);
    }

    /**
     * Whether the filter's totals can be taken from the day totals: it filters on nothing but the period, the company
     * (or the caller's companies), the definition, the bank family (V65's table), and either the collection's state and
     * channel (V74's, split by those two) or the reconciliation status (V75's), not both.
     */
    public static boolean byDay(BatchFilter f) {
        boolean byState = !blank(f.state()) || !blank(f.channel());
        return f.text() == null && !(byState && !blank(f.reconciliation()));
    }

    /** The day totals' table for the filter: split by channel and state, or by reconciliation status, when it needs. */
    private static String dayTable(BatchFilter f) {
        if (!blank(f.reconciliation())) {
            return "card_batch_day_recon_total";
        }
        return blank(f.state()) && blank(f.channel()) ? "card_batch_day_total" : "card_batch_day_state_total";
    }

    /** The UTC days marked dirty ({@link BatchDayTotals}): one column, a date. */
    public static Sql dirtyDays() {
        return new Sql(BatchDayTotals.DIRTY_DAYS, List.of(), false);
    }

    /**
     * The same totals as {@link #totals(BatchFilter, ZoneId)}, from the day totals where they are right: whole UTC days
     * of the period that are not {@code dirty}; the period's partial UTC days at its edges and the dirty days are summed
     * from card_batch (index ranges on transaction_time). A filter {@link #byDay} cannot serve, or a period shorter
     * than a whole UTC day, is the plain statement.
     */
    public static Sql totals(BatchFilter f, ZoneId zone, List<LocalDate> dirty) {
        if (!byDay(f)) {
            return totals(f, zone);
        }
        OffsetDateTime lo = f.from() == null ? null : start(f.from(), zone);
        OffsetDateTime hi = f.to() == null ? null : start(f.to().plusDays(1), zone);
        LocalDate firstWhole = lo == null ? null : ceilDay(lo);
        LocalDate endWhole = hi == null ? null : BatchDayTotals.day(hi); // exclusive
        if (firstWhole != null && endWhole != null && !firstWhole.isBefore(endWhole)) {
            return totals(f, zone);
        }
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        // the whole days, not dirty, from the day totals
        StringBuilder agg = new StringBuilder("select t.currency cur, sum(t.record_count) n, sum(t.amount) a,"
                + " sum(t.commission) c, sum(t.net_amount) net from " + dayTable(f) + " t");
        List<String> where = new ArrayList<>();
        if (f.family() != null) {
            agg.append(" join vpos_definition d on d.id = t.definition_id");
        }
        if (firstWhole != null) {
            where.add("t.batch_day >= " + param(params, java.sql.Date.valueOf(firstWhole)));
        }
        if (endWhole != null) {
            where.add("t.batch_day < " + param(params, java.sql.Date.valueOf(endWhole)));
        }
        List<String> skip = new ArrayList<>();
        for (LocalDate day : new java.util.TreeSet<>(dirty)) {
            if ((firstWhole == null || !day.isBefore(firstWhole)) && (endWhole == null || day.isBefore(endWhole))) {
                skip.add(param(params, java.sql.Date.valueOf(day)));
            }
        }
        if (!skip.isEmpty()) {
            where.add("t.batch_day not in (" + String.join(", ", skip) + ")");
        }
        where.addAll(dimensions(f, "t", params));
        parts.add(agg + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " group by t.currency");
        // the partial days at the edges and the dirty whole days, from card_batch
        List<OffsetDateTime[]> live = new ArrayList<>();
        if (lo != null && !lo.isEqual(BatchDayTotals.start(firstWhole))) {
            live.add(new OffsetDateTime[] {lo, BatchDayTotals.start(firstWhole)});
        }
        if (hi != null && !hi.isEqual(BatchDayTotals.start(endWhole))) {
            live.add(new OffsetDateTime[] {BatchDayTotals.start(endWhole), hi});
        }
        for (LocalDate day : new java.util.TreeSet<>(dirty)) {
            if ((firstWhole == null || !day.isBefore(firstWhole)) && (endWhole == null || day.isBefore(endWhole))) {
                live.add(new OffsetDateTime[] {BatchDayTotals.start(day), BatchDayTotals.start(day.plusDays(1))});
            }
        }
        for (OffsetDateTime[] range : live) {
            List<String> w = new ArrayList<>();
            w.add("b.transaction_time >= " + param(params, range[0]));
            w.add("b.transaction_time < " + param(params, range[1]));
            w.addAll(dimensions(f, "b", params));
            parts.add("select b.currency cur, count(*) n, sum(b.amount) a, sum(b.commission) c, sum(b.net_amount) net"
                    + " from card_batch b" + (f.family() != null ? JOIN_DEFINITION : "") + " where "
                    + String.join(" and ", w) + " group by b.currency");
        }
        return new Sql(
                "select x.cur, sum(x.n), sum(x.a), sum(x.c), sum(x.net) from (" + String.join(" union all ", parts)
                        + ") x group by x.cur having sum(x.n) > 0 order by x.cur",
                params,
                false);
    }

    /**
     * The filter's company, companies, definition, family, state, channel and reconciliation status on the table
     * {@code alias} (card_batch or the day totals; state and channel only ever with V74's, the status with V75's).
     */
    private static List<String> dimensions(BatchFilter f, String alias, List<Object> params) {
        List<String> w = new ArrayList<>();
        if (f.companyId() != null) {
            w.add(alias + ".company_id = " + param(params, f.companyId()));
        }
        if (f.companies() != null) {
            if (f.companies().isEmpty()) {
                w.add("1 = 0");
            } else {
                List<String> marks = new ArrayList<>();
                for (Long company : f.companies()) {
                    marks.add(param(params, company));
                }
                w.add(alias + ".company_id in (" + String.join(", ", marks) + ")");
            }
        }
        if (f.definitionId() != null) {
            w.add(alias + ".definition_id = " + param(params, f.definitionId()));
        }
        if (f.family() != null) {
            w.add("d.family = " + param(params, f.family()));
        }
        if (!blank(f.state())) {
            w.add(alias + ".collection_state = " + param(params, f.state()));
        }
        if (!blank(f.channel())) {
            w.add(alias + ".channel = " + param(params, f.channel()));
        }
        if (!blank(f.reconciliation())) {
            w.add(alias + ".reconciliation_status = " + param(params, f.reconciliation()));
        }
        return w;
    }

    private static String param(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    /** The first UTC day that starts at or after {@code t}. */
    private static LocalDate ceilDay(OffsetDateTime t) {
        LocalDate day = BatchDayTotals.day(t);
        return BatchDayTotals.start(day).isEqual(t) ? day : day.plusDays(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The next {@code limit} rows of the filter, newest first, after the row ({@code afterTime}, {@code afterId})
     * (keyset paging; none for the first chunk).
     */
    public static Sql chunk(BatchFilter f, ZoneId zone, OffsetDateTime afterTime, long afterId, int limit) {
        Where w = where(f, zone);
        if (afterTime != null) {
            int n = w.params.size();
            // "<=" first: the bound the index walk starts from (the OR alone is a filter on every row before it,
            // which made each chunk re-read all the rows already exported)
            w.clauses.add("b.transaction_time <= ?" + (n + 1) + " and (b.transaction_time < ?" + (n + 1)
                    + " or b.id < ?" + (n + 2) + ")");
            w.params.add(afterTime);
            w.params.add(afterId);
        }
        return new Sql(
                COLUMNS + " from card_batch b" + JOINS + w.sql() + " order by b.transaction_time desc, b.id desc limit "
                        + limit,
                w.params,
                false);
    }

    /** One batch record by id. */
    public static Sql one(long id) {
        return new Sql(COLUMNS + " from card_batch b" + JOINS + " where b.id = ?1", List.of(id), false);
    }

    /** A row of {@link #page}, {@link #chunk} or {@link #one}, as the JDBC driver hands its columns back. */
    public static BatchRow row(Object[] r) {
        String currency = ((String) r[15]).trim();
        return new BatchRow(
                ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2],
                ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(),
                (String) r[5],
                (String) r[6],
                ((Number) r[7]).longValue(),
                (String) r[8],
                (String) r[9],
                (String) r[10],
                (String) r[11],
                (String) r[12],
                OffsetDateTimes.of(r[13]),
                money(r[14], currency),
                currency,
                money(r[16], currency),
                money(r[17], currency),
                localDate(r[18]),
                ((Number) r[19]).intValue(),
                (String) r[20],
                (String) r[21],
                (String) r[22],
                (String) r[23],
                (String) r[24],
                (String) r[25],
                (String) r[26],
                (String) r[27],
                (String) r[28],
                (String) r[29]);
    }

    /** A row of {@link #totals}. */
    public static BatchTotals totalsRow(Object[] r) {
        String currency = ((String) r[0]).trim();
        return new BatchTotals(
                currency,
                ((Number) r[1]).longValue(),
                money(r[2], currency),
                money(r[3], currency),
                money(r[4], currency));
    }

    /** At the currency's scale (2 for TRY, 0 for JPY); stored amounts have four decimals. */
    private static BigDecimal money(Object o, String currency) {
        int scale = Money.currencyScale(Currency.getInstance(currency));
        return (o == null ? BigDecimal.ZERO : new BigDecimal(o.toString())).setScale(scale, RoundingMode.HALF_UP);
    }

    /** A date column as JDBC or JPA hands it back. */
    public static LocalDate localDate(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    private static Where where(BatchFilter f, ZoneId zone) {
        Where w = new Where();
        if (f.from() != null) {
            w.add("b.transaction_time >= ?", start(f.from(), zone));
        }
        if (f.to() != null) {
            w.add("b.transaction_time < ?", start(f.to().plusDays(1), zone));
        }
        // a record's company is its definition's (both come from the collection or the reconciliation day), so with a
        // definition the company and the caller's companies are checked once on the definition: the walk of
        // ix_card_batch_definition_time_id (V231) then needs no record's row (an offset page is an index-only walk)
        boolean byCompany = f.companyId() != null || f.companies() != null;
        String company = f.definitionId() == null || !byCompany
                ? "b.company_id"
                : "(select dd.company_id from vpos_definition dd where dd.id = " + param(w.params, f.definitionId())
                        + ")";
        if (f.companyId() != null) {
            w.clauses.add(company + " = " + param(w.params, f.companyId()));
        }
        if (f.companies() != null) {
            w.in(company, f.companies());
        }
        if (f.definitionId() != null) {
            w.add("b.definition_id = ?", f.definitionId());
        }
        if (f.family() != null) {
            w.add("d.family = ?", f.family());
            w.tables.add("d");
        }
        // the collection's state and channel as its records carry them (V74): no join with collection
        if (f.state() != null && !f.state().isBlank()) {
            w.add("b.collection_state = ?", f.state());
        }
        if (f.channel() != null && !f.channel().isBlank()) {
            w.add("b.channel = ?", f.channel());
        }
        if (f.reconciliation() != null && !f.reconciliation().isBlank()) {
            w.add("b.reconciliation_status = ?", f.reconciliation());
        }
        if (f.text() != null) {
            // each alternative through its own index (an OR across the joined tables would read every row)
            w.clauses.add("b.id in (" + codeMatches(w.params, f.text()) + " union all select x.id from card_batch x"
                    + " where x.customer_account_id in (" + customerMatches(w.params, f.text()) + "))");
        }
        return w;
    }

    /**
     * The ids of the records whose bank order id, auth code, host reference or bank transaction id is the text
     * exactly: four index look-ups.
     */
    private static String codeMatches(List<Object> params, String text) {
        String code = param(params, text);
        return "select x.id from card_batch x where x.bank_order_id = " + code
                + " union all select x.id from card_batch x where x.auth_code = " + code
                + " union all select x.id from card_batch x where x.host_ref_num = " + code
                + " union all select x.id from card_batch x where x.bank_trans_id = " + code;
    }

    /**
     * The ids of the customer accounts whose code or name contains the text; LIKE's wildcards in the text are literal
     * characters (escaped), never "match anything" (issue #13).
     */
    private static String customerMatches(List<Object> params, String text) {
        String like =
                param(params, "%" + dev.vpos.shared.domain.LikePattern.escape(text.toUpperCase(Locale.ROOT)) + "%");
        return "select t.id from erp_customer_account t where upper(t.code) like " + like
                + " escape '!' or upper(t.name) like " + like + " escape '!'";
    }

    /** The filter without its free text. */
    private static BatchFilter withoutText(BatchFilter f) {
        return new BatchFilter(
                f.from(),
                f.to(),
                f.companyId(),
                f.definitionId(),
                f.family(),
                f.state(),
                f.channel(),
                f.reconciliation(),
                null,
                f.sort(),
                f.ascending(),
                f.companies());
    }

    /** The most records of the filter without its text that {@link #walk} reads in the sort's order. */
    public static final int WALK_ROWS = 5000;

    /** The fewest matches for which {@link #walk} is tried: fewer are too sparse to fill a page in its window. */
    public static final long WALK_MATCHES = 10_000;

    /**
     * Whether a page of a free-text filter with {@code matches} records may first be tried by {@link #walk}: the text
     * matches many records (a common name, not a bank code), the sort is on card_batch's own columns and the page is
     * among the first ones.
     */
    public static boolean walks(BatchFilter f, long matches, long offset, int size) {
        return f.text() != null && matches >= WALK_MATCHES && f.sortTable() == null && offset + size <= WALK_ROWS / 5;
    }

    /**
     * A free-text page found by walking the sort's index: the first {@value #WALK_ROWS} records of the filter without
     * its text (from {@code after} when given), of which those the text matches, skipping {@code offset} and keeping
     * {@code size}. Cheap when the text matches many records (a common name: the first page is a few hundred rows into
     * the walk); when it returns fewer than {@code size} rows the walk ended too early and the answer is not the page:
     * the caller asks {@link #page} or {@link #after}, which start from the matches.
     */
    public static Sql walk(BatchFilter f, ZoneId zone, long offset, int size, BatchCursor after) {
        BatchFilter rest = withoutText(f);
        Where w = where(rest, zone);
        String column = BatchFilter.SORTS.get(f.sort() == null ? "transactionTime" : f.sort());
        if (after != null) {
            String op = after.ascending() ? ">" : "<";
            String bound = param(w.params, after.bound());
            String id = param(w.params, after.id());
            w.clauses.add(column + " " + op + "= " + bound + " and (" + column + " " + op + " " + bound + " or b.id "
                    + op + " " + id + ")");
        }
        String dir = f.ascending() ? " asc" : " desc";
        String inner = "select b.id, b.customer_account_id, " + column + " s" + w.from(null) + w.sql()
                + f.orderBy(f.ascending()) + " limit " + WALK_ROWS;
        String ids = "select w.id from (" + inner + ") w where (w.customer_account_id in ("
                + customerMatches(w.params, f.text()) + ") or w.id in (" + codeMatches(w.params, f.text())
                + ")) order by w.s" + dir + ", w.id" + dir + " limit " + size + " offset " + offset;
        String order = f.orderBy(f.ascending());
        return new Sql(
                COLUMNS + " from (" + ids + ") p join card_batch b on b.id = p.id" + JOINS + order, w.params, false);
    }

    /**
     * Whether the filter's totals can be taken from the customer totals (V230): free text, and nothing else but the
     * company (or the caller's companies), the definition and the bank family.
     */
    public static boolean byCustomer(BatchFilter f) {
        return f.text() != null
                && f.from() == null
                && f.to() == null
                && blank(f.state())
                && blank(f.channel())
                && blank(f.reconciliation());
    }

    /**
     * The same totals as {@link #totals(BatchFilter, ZoneId)} for a {@link #byCustomer} filter: the matching customer
     * accounts' rows of the customer totals, except the accounts marked dirty, which are summed from card_batch, plus
     * the records a bank code matches whose customer does not. One statement, so the totals, the marks and the records
     * are read in one snapshot and the compaction's work is seen whole or not at all.
     */
    public static Sql totalsByCustomer(BatchFilter f, ZoneId zone) {
        if (!byCustomer(f)) {
            return totals(f, zone);
        }
        List<Object> params = new ArrayList<>();
        String dirty =
                "select dd.customer_account_id from card_batch_day_dirty dd where dd.customer_account_id is not null";
        String family = f.family() != null ? " join vpos_definition d on d.id = t.definition_id" : "";
        // the matching customer accounts once (a scan of the accounts' codes and names), used by all three parts
        String matching = "with m as (" + customerMatches(params, f.text()) + ") ";
        List<String> kept = new ArrayList<>();
        kept.add("t.customer_account_id in (select m.id from m)");
        kept.add("t.customer_account_id not in (" + dirty + ")");
        kept.addAll(dimensions(f, "t", params));
        String fromTotals = "select t.currency cur, sum(t.record_count) n, sum(t.amount) a, sum(t.commission) c,"
                + " sum(t.net_amount) net from card_batch_customer_total t" + family + " where "
                + String.join(" and ", kept) + " group by t.currency";
        List<String> live = new ArrayList<>();
        live.add("b.customer_account_id in (" + dirty + ")");
        live.add("b.customer_account_id in (select m.id from m)");
        live.addAll(dimensions(f, "b", params));
        String records =
                "select b.currency cur, count(*) n, sum(b.amount) a, sum(b.commission) c, sum(b.net_amount) net"
                        + " from card_batch b" + (f.family() != null ? JOIN_DEFINITION : "") + " where ";
        String fromDirty = records + String.join(" and ", live) + " group by b.currency";
        List<String> codes = new ArrayList<>();
        codes.add("b.id in (" + codeMatches(params, f.text()) + ")");
        codes.add("b.customer_account_id not in (select m.id from m)");
        codes.addAll(dimensions(f, "b", params));
        String byCode = records + String.join(" and ", codes) + " group by b.currency";
        return new Sql(
                matching + "select x.cur, sum(x.n), sum(x.a), sum(x.c), sum(x.net) from (" + fromTotals + " union all "
                        + fromDirty + " union all " + byCode + ") x group by x.cur having sum(x.n) > 0 order by x.cur",
                params,
                false);
    }

    private static OffsetDateTime start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** Clauses with numbered parameters (?1, ?2, ...), bound in order, and the joined tables they need. */
    private static final class Where {
        final List<String> clauses = new ArrayList<>();
        final List<Object> params = new ArrayList<>();
        final java.util.Set<String> tables = new java.util.HashSet<>();

        /** card_batch and the tables the clauses (and {@code sortTable}, if any) need, nothing more. */
        String from(String sortTable) {
            boolean d = tables.contains("d") || "d".equals(sortTable);
            boolean a = tables.contains("a") || "a".equals(sortTable);
            return " from card_batch b" + (d ? JOIN_DEFINITION : "") + (a ? JOIN_CUSTOMER : "");
        }

        /** {@code column in (?n, ...)}; an empty list matches nothing. */
        void in(String column, List<?> values) {
            if (values.isEmpty()) {
                clauses.add("1 = 0");
                return;
            }
            List<String> marks = new ArrayList<>();
            for (Object v : values) {
                params.add(v);
                marks.add("?" + params.size());
            }
            clauses.add(column + " in (" + String.join(", ", marks) + ")");
        }

        void add(String clause, Object value) {
            params.add(value);
            clauses.add(clause + params.size());
        }

        String sql() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }
    }
}
