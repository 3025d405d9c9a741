package dev.vpos.txlog.infrastructure;

import dev.vpos.txlog.application.LogFilter;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a {@link LogFilter} on {@code bank_interaction i}: only columns of the log itself, every value
 * a numbered parameter (?1, ?2, ...) so the same SQL runs on PostgreSQL and H2.
 */
public final class LogWhere {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public static LogWhere of(LogFilter f) {
        LogWhere w = new LogWhere();
        w.add("i.occurred_at >= ?", f.start());
        w.add("i.occurred_at < ?", f.end());
        w.add("i.company_id = ?", f.companyId());
        w.add("i.definition_id = ?", f.definitionId());
        w.add("i.family = ?", f.family() == null ? null : f.family().name());
        w.add("i.operation = ?", f.operation());
        w.add("i.outcome = ?", f.outcome() == null ? null : f.outcome().name());
        w.add("i.bank_code = ?", f.bankCode());
        w.add("i.reason = ?", f.reason() == null ? null : f.reason().name());
        w.add("i.collection_id = ?", f.collectionId());
        if (f.companies() != null) {
            if (f.companies().isEmpty()) {
                w.clauses.add("1 = 0");
            } else {
                w.in("i.company_id", f.companies());
            }
        }
        if (f.text() != null) {
            // LIKE's wildcards in the text are literal characters (escaped), never "match anything" (issue #13)
            String part = dev.vpos.shared.domain.LikePattern.escape(f.text().toUpperCase(Locale.ROOT));
            w.params.add("%" + part + "%");
            w.params.add(f.text());
            // ... or the exact id of the request that made the call (X-Request-Id, quoted by a user or an ERP)
            w.clauses.add("(upper(i.bank_order_id) like ?" + (w.params.size() - 1) + " escape '!' or i.request_id = ?"
                    + w.params.size() + ")");
        }
        return w;
    }

    /** Adds {@code clause} + the next parameter number, unless the value is absent. */
    public void add(String clause, Object value) {
        if (value != null) {
            params.add(value);
            clauses.add(clause + params.size());
        }
    }

    /** A clause with an IN list of parameters, e.g. {@code i.operation in (?3, ?4)}. */
    public void in(String column, List<?> values) {
        List<String> marks = new ArrayList<>();
        for (Object v : values) {
            params.add(v);
            marks.add("?" + params.size());
        }
        clauses.add(column + " in (" + String.join(", ", marks) + ")");
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Query bind(Query q) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }
}
