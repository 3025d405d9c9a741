package dev.vpos.batches.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a {@link BatchQuery} statement over plain JDBC in the tests: its numbered parameters (?1, reused) bound in order. */
final class BatchSqlRunner {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private BatchSqlRunner() {}

    static void run(Connection c, BatchQuery.Sql sql, Consumer<Object[]> sink) throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher m = NUMBERED.matcher(sql.text());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            bound.add(sql.params().get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        try (PreparedStatement ps = c.prepareStatement(text.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                ps.setObject(i + 1, bound.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    sink.accept(row);
                }
            }
        }
    }

    static List<BatchTotals> totals(Connection c, BatchQuery.Sql sql) throws SQLException {
        List<BatchTotals> totals = new ArrayList<>();
        run(c, sql, r -> totals.add(BatchQuery.totalsRow(r)));
        return totals;
    }

    static List<Long> ids(Connection c, BatchQuery.Sql sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        run(c, sql, r -> ids.add(BatchQuery.row(r).id()));
        if (sql.reversed()) {
            java.util.Collections.reverse(ids);
        }
        return ids;
    }
}
