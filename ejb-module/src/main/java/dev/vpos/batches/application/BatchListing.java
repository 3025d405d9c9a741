package dev.vpos.batches.application;

import dev.vpos.shared.application.Page;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The credit-card batch listing on the database: filtered, sorted and paged server-side, with totals per currency
 * for the whole filter, and a keyset-paged walk for exports (constant memory whatever the size of the list).
 * Native SQL that runs on PostgreSQL and H2; the sort column comes from a whitelist, every value is a parameter.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class BatchListing {

    private static final String COLUMNS = "select b.id, b.collection_id, c.reference, b.company_id, b.definition_id,"
            + " d.code, d.family, b.customer_account_id, a.code, a.name, doc.document_no, c.channel, c.state,"
            + " b.transaction_time, b.amount, b.currency, b.commission, b.net_amount, b.value_date, b.installments,"
            + " b.masked_pan, b.card_brand, b.bank_order_id, b.auth_code, b.host_ref_num, b.bank_trans_id, b.source,"
            + " b.kind, b.status, b.reconciliation_status";
    private static final String FROM = " from card_batch b join vpos_definition d on d.id = b.definition_id"
            + " join erp_customer_account a on a.id = b.customer_account_id"
            + " left join collection c on c.id = b.collection_id"
            + " left join erp_document doc on doc.id = c.document_id";
    static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    /** One page of the filter and the filter's totals per currency (whose counts add up to the page's total). */
    public record Listing(Page<BatchRow> page, List<BatchTotals> totals) {
    }

    public Listing page(BatchFilter f, int page, int size) {
        Where w = where(f);
        Query q = em.createNativeQuery(COLUMNS + FROM + w.sql + f.orderBy() + " limit " + size + " offset "
                + Page.firstResult(page, size));
        w.bind(q);
        List<BatchRow> rows = rows(q.getResultList());
        List<BatchTotals> totals = totals(f);
        long total = totals.stream().mapToLong(BatchTotals::count).sum();
        return new Listing(new Page<>(rows, page, size, total), totals);
    }

    public List<BatchTotals> totals(BatchFilter f) {
        Where w = where(f);
        Query q = em.createNativeQuery("select b.currency, count(*), sum(b.amount), sum(b.commission), sum(b.net_amount)"
                + FROM + w.sql + " group by b.currency order by b.currency");
        w.bind(q);
        List<BatchTotals> totals = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            String currency = ((String) r[0]).trim();
            totals.add(new BatchTotals(currency, ((Number) r[1]).longValue(), money(r[2], currency),
                    money(r[3], currency), money(r[4], currency)));
        }
        return totals;
    }

    /** Every row of the filter, newest first, in chunks of {@value #EXPORT_CHUNK} read by keyset. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void each(BatchFilter f, Consumer<BatchRow> sink) {
        OffsetDateTime lastTime = null;
        long lastId = 0;
        while (true) {
            Where w = where(f);
            String keyset = lastTime == null ? "" : (w.sql.isEmpty() ? " where " : " and ")
                    + "(b.transaction_time < ?" + (w.params.size() + 1) + " or (b.transaction_time = ?"
                    + (w.params.size() + 1) + " and b.id < ?" + (w.params.size() + 2) + "))";
            Query q = em.createNativeQuery(COLUMNS + FROM + w.sql + keyset
                    + " order by b.transaction_time desc, b.id desc limit " + EXPORT_CHUNK);
            w.bind(q);
            if (lastTime != null) {
                q.setParameter(w.params.size() + 1, lastTime);
                q.setParameter(w.params.size() + 2, lastId);
            }
            List<BatchRow> rows = rows(q.getResultList());
            rows.forEach(sink);
            if (rows.size() < EXPORT_CHUNK) {
                return;
            }
            BatchRow last = rows.get(rows.size() - 1);
            lastTime = last.transactionTime();
            lastId = last.id();
            em.clear();
        }
    }

    private Where where(BatchFilter f) {
        Where w = new Where();
        if (f.from() != null) {
            w.add("b.transaction_time >= ?", start(f.from()));
        }
        if (f.to() != null) {
            w.add("b.transaction_time < ?", start(f.to().plusDays(1)));
        }
        if (f.companyId() != null) {
            w.add("b.company_id = ?", f.companyId());
        }
        if (f.definitionId() != null) {
            w.add("b.definition_id = ?", f.definitionId());
        }
        if (f.family() != null) {
            w.add("d.family = ?", f.family());
        }
        if (f.state() != null && !f.state().isBlank()) {
            w.add("c.state = ?", f.state());
        }
        if (f.channel() != null && !f.channel().isBlank()) {
            w.add("c.channel = ?", f.channel());
        }
        if (f.reconciliation() != null && !f.reconciliation().isBlank()) {
            w.add("b.reconciliation_status = ?", f.reconciliation());
        }
        if (f.text() != null) {
            String like = "%" + f.text().toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            int n = w.params.size();
            w.clauses.add("(b.bank_order_id = ?" + (n + 1) + " or b.auth_code = ?" + (n + 1) + " or b.host_ref_num = ?"
                    + (n + 1) + " or b.bank_trans_id = ?" + (n + 1) + " or upper(a.code) like ?" + (n + 2)
                    + " or upper(a.name) like ?" + (n + 2) + ")");
            w.params.add(f.text());
            w.params.add(like);
        }
        w.sql = w.clauses.isEmpty() ? "" : " where " + String.join(" and ", w.clauses);
        return w;
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static List<BatchRow> rows(List<?> result) {
        List<BatchRow> rows = new ArrayList<>(result.size());
        for (Object o : result) {
            Object[] r = (Object[]) o;
            String currency = ((String) r[15]).trim();
            rows.add(new BatchRow(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5],
                    (String) r[6], ((Number) r[7]).longValue(), (String) r[8], (String) r[9], (String) r[10],
                    (String) r[11], (String) r[12], OffsetDateTimes.of(r[13]), money(r[14], currency), currency,
                    money(r[16], currency), money(r[17], currency), localDate(r[18]), ((Number) r[19]).intValue(), (String) r[20],
                    (String) r[21], (String) r[22], (String) r[23], (String) r[24], (String) r[25], (String) r[26],
                    (String) r[27], (String) r[28], (String) r[29]));
        }
        return rows;
    }

    /** At the currency's scale (2 for TRY, 0 for JPY); stored amounts have four decimals. */
    private static BigDecimal money(Object o, String currency) {
        int scale = dev.vpos.shared.domain.Money.currencyScale(java.util.Currency.getInstance(currency));
        return (o == null ? BigDecimal.ZERO : new BigDecimal(o.toString())).setScale(scale,
                java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate localDate(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    /** Clauses with numbered parameters (?1, ?2, ...), bound in order. */
    private static final class Where {
        final List<String> clauses = new ArrayList<>();
        final List<Object> params = new ArrayList<>();
        String sql = "";

        void add(String clause, Object value) {
            params.add(value);
            clauses.add(clause + params.size());
        }

        void bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
        }
    }
}
