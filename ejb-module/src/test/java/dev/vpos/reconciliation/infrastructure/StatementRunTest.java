package dev.vpos.reconciliation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpos.reconciliation.domain.MappingDraft;
import dev.vpos.reconciliation.domain.MappingSpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import run on H2 with the real migrations: what it writes, on a first and a second file of the same day. */
class StatementRunTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER =
            "TRANSACTION_DATE;TRANSACTION_TIME;ORDER_ID;TXN_TYPE;AMOUNT;CURRENCY;CARD_NUMBER;"
                    + "AUTH_CODE;RRN;COMMISSION;NET_AMOUNT\n";
    private static int database;

    private Connection c;
    private final MappingSpec spec = MappingSpec.of(new MappingDraft(
            "G",
            "Garanti",
            "GARANTI",
            ";",
            true,
            "UTF-8",
            ".",
            "TYPE_CODE",
            "yyyy-MM-dd",
            "HH:mm:ss",
            columns(),
            "sales",
            "refund",
            null,
            null,
            null,
            1,
            "0"));
    private long nextImport = 50;

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] pairs = {
            "date",
            "TRANSACTION_DATE",
            "time",
            "TRANSACTION_TIME",
            "orderId",
            "ORDER_ID",
            "type",
            "TXN_TYPE",
            "amount",
            "AMOUNT",
            "currency",
            "CURRENCY",
            "card",
            "CARD_NUMBER",
            "authCode",
            "AUTH_CODE",
            "rrn",
            "RRN",
            "commission",
            "COMMISSION",
            "net",
            "NET_AMOUNT"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @BeforeEach
    void schema() throws SQLException {
        String url = "jdbc:h2:mem:recon" + (++database) + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        sql("insert into erp_company (id, code, name, created_at) values (1, 'T', 'T', CURRENT_TIMESTAMP)");
        sql("insert into erp_customer_account (id, company_id, code, name, active) values (1, 1, 'C', 'C', TRUE)");
        sql("insert into vpos_definition (id, company_id, code, display_name, bank_name, family, environment,"
                + " payment_model, connect_timeout_ms, read_timeout_ms, currencies, enabled, is_default, version,"
                + " created_at, updated_at) values (1, 1, 'G', 'G', 'B', 'GARANTI', 'TEST', 'REGULAR', 1, 1, 'TRY', TRUE,"
                + " TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql("insert into reconciliation_day (id, definition_id, company_id, statement_date, status, opened_at, version)"
                + " values (50, 1, 1, DATE '2026-11-23', 'OPEN', CURRENT_TIMESTAMP, 0)");
        batch(1, "A", "100.00", "1.75", "ACTIVE", DAY);
        batch(2, "B", "50.00", "0.88", "ACTIVE", DAY);
        batch(3, "D", "20.00", "0.35", "ACTIVE", DAY);
        batch(4, "E", "30.00", "0.53", "VOIDED", DAY);
        batch(5, "F", "40.00", "0.70", "ACTIVE", DAY.plusDays(1));
        c.commit();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private void batch(long id, String order, String amount, String commission, String status, LocalDate day)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into card_batch (id, company_id, definition_id,"
                + " customer_account_id, transaction_time, amount, currency, commission, net_amount, value_date,"
                + " installments, masked_pan, card_brand, bank_order_id, auth_code, host_ref_num, source, created_at,"
                + " status) values (?, 1, 1, 1, ?, ?, 'TRY', ?, ?, ?, 1, '435508******4358', 'VISA', ?, ?, ?, 'ONLINE',"
                + " CURRENT_TIMESTAMP, ?)")) {
            p.setLong(1, id);
            p.setObject(2, day.atTime(12, 0).atZone(ZONE).toOffsetDateTime());
            p.setBigDecimal(3, new BigDecimal(amount));
            p.setBigDecimal(4, new BigDecimal(commission));
            p.setBigDecimal(5, new BigDecimal(amount).subtract(new BigDecimal(commission)));
            p.setObject(6, day.plusDays(1));
            p.setString(7, order);
            p.setString(8, "AU" + id);
            p.setString(9, "RR" + id);
            p.setString(10, status);
            p.executeUpdate();
        }
    }

    private StatementRun.Outcome run(String lines) throws SQLException {
        long importId = nextImport++;
        sql("insert into statement_import (id, day_id, mapping_id, file_name, file_bytes, line_count, status,"
                + " imported_by, started_at) values (" + importId + ", 50, 2, 'f.csv', 1, 1, 'IMPORTING', 't',"
                + " CURRENT_TIMESTAMP)");
        StatementRun.Outcome o = StatementRun.run(
                c,
                spec,
                (HEADER + lines).getBytes(StandardCharsets.UTF_8),
                new StatementRun.Scope(importId, 50, 1, DAY, ZONE),
                n -> {},
                OffsetDateTime.now(ZONE));
        c.commit();
        return o;
    }

    private Map<String, String> query(String sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    private Map<String, String> statuses() throws SQLException {
        return query("select bank_order_id, reconciliation_status from card_batch");
    }

    @Test
    void aFileIsStoredWithItsMatchesAndTheDaysUnmatchedRecordsAreMissingAtTheBank() throws SQLException {
        StatementRun.Outcome o = run("2026-11-23;12:00:01;A;sales;100.00;949;435508******4358;AU1;RR1;1.75;98.25\n"
                + "2026-11-23;12:00:02;B;sales;50.10;949;435508******4358;AU2;RR2;0.88;49.22\n"
                + "2026-11-23;12:00:03;X;sales;77.00;949;540134******7891;ZZ;ZZ;1.35;75.65\n"
                + "2026-11-23;12:00:04;F;sales;40.00;949;435508******4358;AU5;RR5;0.70;39.30\n");

        assertEquals(4, o.lines());
        assertEquals(2, o.matched(), "A, and F of the next day within the tolerance");
        assertEquals(1, o.differences());
        assertEquals(1, o.missingInErp());
        assertEquals(1, o.missingAtBank(), "D; E was voided; F belongs to the next day");
        assertEquals(
                Map.of("A", "MATCHED", "B", "AMOUNT", "X", "MISSING_IN_ERP", "F", "MATCHED"),
                query("select order_id, coalesce(difference_kind, match_status) from statement_line"));
        assertEquals(Map.of("3", "50"), query("select batch_id, day_id from missing_at_bank"));
        assertEquals(
                Map.of("A", "MATCHED", "B", "DIFFERENCE", "D", "DIFFERENCE", "E", "OPEN", "F", "MATCHED"), statuses());
        assertEquals(Map.of("DONE", "4"), query("select status, line_count from statement_import"));
        assertEquals(
                Map.of("B", "50.0000"), query("select order_id, erp_amount from statement_line where order_id = 'B'"));
    }

    @Test
    void aSecondFileOfTheDayPairsWhatIsStillOpenAndASecondLineForATakenRecordIsADuplicate() throws SQLException {
        run("2026-11-23;12:00:01;A;sales;100.00;949;435508******4358;AU1;RR1;1.75;98.25\n");
        assertEquals(Map.of("2", "50", "3", "50"), query("select batch_id, day_id from missing_at_bank"));

        StatementRun.Outcome second = run("2026-11-23;13:00:00;D;sales;20.00;949;435508******4358;AU3;RR3;0.35;19.65\n"
                + "2026-11-23;13:00:01;A;sales;100.00;949;435508******4358;AU1;RR1;1.75;98.25\n"
                + "2026-11-23;13:00:02;E;sales;30.00;949;435508******4358;AU4;RR4;0.53;29.47\n");

        assertEquals(1, second.matched());
        assertEquals(2, second.differences());
        assertEquals(
                Map.of("2", "50"), query("select batch_id, day_id from missing_at_bank"), "D is no longer missing");
        assertEquals(
                Map.of("13:00:00", "MATCHED", "13:00:01", "DUPLICATE", "13:00:02", "VOIDED_IN_ERP"),
                query(
                        "select transaction_clock, coalesce(difference_kind, match_status) from statement_line where import_id = 51"));
        assertEquals(
                Map.of("A", "MATCHED", "B", "DIFFERENCE", "D", "MATCHED", "E", "DIFFERENCE", "F", "OPEN"), statuses());
    }

    @Test
    void aRecordTheBankSettlesADayLateIsMatchedAndTheClosedDayKeepsItsExplanation() throws SQLException {
        batch(6, "L", "60.00", "1.05", "ACTIVE", DAY.minusDays(1));
        sql("insert into reconciliation_day (id, definition_id, company_id, statement_date, status, opened_at, version)"
                + " values (49, 1, 1, DATE '2026-11-22', 'CLOSED', CURRENT_TIMESTAMP, 0)");
        sql(
                "insert into missing_at_bank (batch_id, day_id, found_at, resolution, resolution_reason, resolved_by,"
                        + " resolved_at) values (6, 49, CURRENT_TIMESTAMP, 'EXPLAINED', 'settles tomorrow', 'f', CURRENT_TIMESTAMP)");
        sql("update card_batch set reconciliation_status = 'EXPLAINED' where id = 6");
        c.commit();

        StatementRun.Outcome o = run("2026-11-23;00:10:00;L;sales;60.00;949;435508******4358;AU6;RR6;1.05;58.95\n");

        assertEquals(1, o.matched());
        assertEquals("MATCHED", statuses().get("L"));
        assertEquals(
                Map.of("6", "49", "1", "50", "2", "50", "3", "50"),
                query("select batch_id, day_id from missing_at_bank"),
                "the closed day's row stays; A, B and D are this day's");
    }

    @Test
    void aClosedDayTakesNoFile() throws SQLException {
        sql("update reconciliation_day set status = 'CLOSED'");
        c.commit();

        assertThrows(
                StatementRun.DayClosedException.class,
                () -> run("2026-11-23;12:00:01;A;sales;100.00;949;435508******4358;AU1;RR1;1.75;98.25\n"));
        c.rollback();
        assertEquals(Map.of(), query("select id, order_id from statement_line"));
        assertEquals(Map.of("A", "OPEN", "B", "OPEN", "D", "OPEN", "E", "OPEN", "F", "OPEN"), statuses());
    }
}
