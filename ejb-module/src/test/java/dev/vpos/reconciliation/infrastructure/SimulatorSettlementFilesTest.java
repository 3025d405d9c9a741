package dev.vpos.reconciliation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.reconciliation.domain.MappingDraft;
import dev.vpos.reconciliation.domain.MappingSpec;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.settlement.SettlementFees;
import dev.vpos.simulator.settlement.SettlementFile;
import dev.vpos.simulator.settlement.SettlementLayouts;
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
import java.util.Optional;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each family's day-end file as the bank simulator writes it, imported with the product's shipped mapping
 * {@code SIM-<family>} as the migrations store it (H2, real migrations): a sale, a captured pre-authorisation and a
 * refund match their batch records by order id with the bank's commission; a voided sale and the pre-authorisation
 * itself are not in the file. A layout and its shipped mapping that drift apart fail here, before any server runs.
 */
class SimulatorSettlementFilesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String PAN = "435508******4358";
    private static int database;

    /** The settlement_mapping columns that name a file column, by the field's name in a mapping draft. */
    private static final Map<String, String> COLUMNS = columns();

    private Connection c;

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] pairs = {
            "date", "date_column",
            "time", "time_column",
            "merchant", "merchant_column",
            "orderId", "order_id_column",
            "type", "type_column",
            "amount", "amount_column",
            "debit", "debit_column",
            "credit", "credit_column",
            "currency", "currency_column",
            "installments", "installments_column",
            "card", "card_column",
            "authCode", "auth_code_column",
            "rrn", "rrn_column",
            "transId", "trans_id_column",
            "batchNo", "batch_column",
            "commission", "commission_column",
            "net", "net_column"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @AfterEach
    void close() throws SQLException {
        if (c != null) {
            c.close();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EST",
                "GARANTI",
                "POSNET",
                "PAYFOR",
                "KUVEYT_TURK",
                "PAYFLEX",
                "TOSLA",
                "AKBANK",
                "VAKIF_KATILIM",
                "PARAM",
                "INTERPOS",
                "POSNET_V1",
                "PAYFLEX_CP"
            })
    void theSimulatorsDayEndFileImportsWithTheShippedMappingAndMatches(String family) throws SQLException {
        schema(family);
        Ledger ledger = new Ledger();
        String merchant = "M-" + family;
        book(ledger, family, merchant, "SALE-A", "100.00", LedgerType.SALE, 10);
        book(ledger, family, merchant, "PRE-P", "50.00", LedgerType.PRE_AUTH, 11);
        book(ledger, family, merchant, "PRE-P", "40.00", LedgerType.POST_AUTH, 12);
        book(ledger, family, merchant, "SALE-V", "70.00", LedgerType.SALE, 13);
        book(ledger, family, merchant, "SALE-V", "70.00", LedgerType.VOID, 14);
        book(ledger, family, merchant, "SALE-A", "40.00", LedgerType.REFUND, 15);
        book(ledger, family, "ANOTHER", "SALE-Z", "10.00", LedgerType.SALE, 16);
        batch(1, "SALE-A", "SALE", "100.00", "1.75");
        batch(2, "PRE-P", "SALE", "40.00", "0.70");
        batch(3, "SALE-A", "REFUND", "-40.00", "0.00");
        c.commit();

        String file = new SettlementFile(ledger, SettlementFees.demoContract(), ZONE)
                .write(SettlementLayouts.of(family).orElseThrow(), Optional.of(merchant), DAY);
        StatementRun.Outcome o = StatementRun.run(
                c,
                MappingSpec.of(shippedMapping(family)),
                file.getBytes(StandardCharsets.UTF_8),
                new StatementRun.Scope(50, 50, 1, DAY, ZONE),
                n -> {},
                OffsetDateTime.now(ZONE));
        c.commit();

        assertEquals(3, o.lines(), family + ": the sale, the capture and the refund\n" + file);
        assertEquals(3, o.matched(), family + "\n" + file);
        assertEquals(0, o.differences(), family);
        assertEquals(0, o.missingInErp(), family);
        assertEquals(0, o.missingAtBank(), family);
        assertEquals(
                Map.of(
                        "SALE-A SALE 100.0000 1.7500", "ORDER_ID",
                        "PRE-P SALE 40.0000 0.7000", "ORDER_ID",
                        "SALE-A REFUND -40.0000 0.0000", "ORDER_ID"),
                query("select order_id || ' ' || kind || ' ' || cast(amount as varchar) || ' '"
                        + " || cast(commission as varchar), matched_by from statement_line"),
                family + "\n" + file);
        assertEquals(
                Map.of("1", "MATCHED", "2", "MATCHED", "3", "MATCHED"),
                query("select cast(id as varchar), reconciliation_status from card_batch"));
        assertEquals(
                Map.of("TRY", "3"),
                query("select currency, cast(count(*) as varchar) from statement_line" + " group by currency"));
    }

    private static void book(
            Ledger ledger, String family, String merchant, String order, String amount, LedgerType type, int minute) {
        ledger.record(new LedgerEntry(
                family,
                merchant,
                order,
                new BigDecimal(amount),
                "949",
                1,
                PAN,
                LedgerEntry.APPROVED,
                "A" + minute,
                "R" + minute,
                "T" + minute,
                null,
                DAY.atTime(12, minute).atZone(ZONE).toOffsetDateTime(),
                type));
    }

    /** The mapping as V26 / V190 / V260 ship it, read back from the table as the application's entity reads it. */
    private MappingDraft shippedMapping(String family) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select * from settlement_mapping where code = ?")) {
            p.setString(1, "SIM-" + family);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no shipped mapping SIM-" + family);
                }
                Map<String, String> columns = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
                    String header = r.getString(e.getValue());
                    if (header != null) {
                        columns.put(e.getKey(), header);
                    }
                }
                assertEquals(family, r.getString("family"));
                assertEquals(Boolean.TRUE, r.getBoolean("shipped"));
                return new MappingDraft(
                        r.getString("code"),
                        r.getString("name"),
                        r.getString("family"),
                        MappingSpec.separatorText(r.getString("separator_char").charAt(0)),
                        r.getBoolean("has_header"),
                        r.getString("charset_name"),
                        r.getString("decimal_separator"),
                        r.getString("sign_convention"),
                        r.getString("date_pattern"),
                        r.getString("time_pattern"),
                        columns,
                        r.getString("sale_codes"),
                        r.getString("refund_codes"),
                        r.getString("ignore_codes"),
                        r.getString("default_currency"),
                        r.getString("currency_aliases"),
                        r.getInt("date_tolerance_days"),
                        r.getBigDecimal("amount_tolerance").stripTrailingZeros().toPlainString());
            }
        }
    }

    private void schema(String family) throws SQLException {
        String url = "jdbc:h2:mem:simfiles" + (++database) + ";DB_CLOSE_DELAY=-1";
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
                + " created_at, updated_at) values (1, 1, 'D', 'D', 'B', '" + family + "', 'TEST', 'REGULAR', 1, 1,"
                + " 'TRY', TRUE, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql("insert into reconciliation_day (id, definition_id, company_id, statement_date, status, opened_at, version)"
                + " values (50, 1, 1, DATE '2026-11-23', 'OPEN', CURRENT_TIMESTAMP, 0)");
        sql("insert into statement_import (id, day_id, mapping_id, file_name, file_bytes, line_count, status,"
                + " imported_by, started_at) values (50, 50, (select id from settlement_mapping where code = 'SIM-"
                + family + "'), 'f.csv', 1, 1, 'IMPORTING', 't', CURRENT_TIMESTAMP)");
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** A batch record as the product writes it for the bank's transaction at the same time of the day. */
    private void batch(long id, String order, String kind, String amount, String commission) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into card_batch (id, company_id, definition_id,"
                + " customer_account_id, transaction_time, amount, currency, commission, net_amount, value_date,"
                + " installments, masked_pan, card_brand, bank_order_id, auth_code, host_ref_num, source, created_at,"
                + " status, kind) values (?, 1, 1, 1, ?, ?, 'TRY', ?, ?, ?, 1, ?, 'VISA', ?, ?, ?, 'ONLINE',"
                + " CURRENT_TIMESTAMP, 'ACTIVE', ?)")) {
            p.setLong(1, id);
            p.setObject(2, DAY.atTime(12, 0).atZone(ZONE).toOffsetDateTime());
            p.setBigDecimal(3, new BigDecimal(amount));
            p.setBigDecimal(4, new BigDecimal(commission));
            p.setBigDecimal(5, new BigDecimal(amount).subtract(new BigDecimal(commission)));
            p.setObject(6, DAY.plusDays(1));
            p.setString(7, PAN);
            p.setString(8, order);
            p.setString(9, "A" + id);
            p.setString(10, "R" + id);
            p.setString(11, kind);
            p.executeUpdate();
        }
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
}
