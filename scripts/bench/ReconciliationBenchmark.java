import dev.vpos.reconciliation.domain.MappingDraft;
import dev.vpos.reconciliation.domain.MappingSpec;
import dev.vpos.reconciliation.domain.StatementParser;
import dev.vpos.reconciliation.infrastructure.StatementRun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * Reconciliation at size: a settlement file of 100,000 lines against a card_batch table of 1,000,000 records, with
 * the server's own code (StatementParser, StatementRun: candidates in one query, two-pass matching in memory, lines
 * and differences in JDBC batches) on a database migrated by the real Flyway migrations.
 *
 * <pre>
 * mvn -B -q -o package -pl sql,bank-simulator,ejb-module -DskipTests
 * mvn -B -q -o dependency:build-classpath -pl ejb-module -Dmdep.outputFile=ejb-module/target/bench.cp
 * java -Xmx1g -cp "ejb-module/target/classes:sql/target/classes:$(cat ejb-module/target/bench.cp):$HOME/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar" \
 *      scripts/bench/ReconciliationBenchmark.java [jdbc-url user password] [batches] [lines]
 * </pre>
 * {@code scripts/bench/reconciliation [seed|run]} does the same on PostgreSQL with a database of its own
 * ({@code BENCH_DATABASE}).
 * Without a URL: an H2 file database under /tmp (as the servers use H2). With a PostgreSQL URL, add the driver jar to
 * the class path; the database is cleaned first (Flyway clean), so give it a scratch database. {@code --reuse} (first
 * argument) keeps records seeded by an earlier run and only resets the reconciliation tables.
 *
 * The data: one VPOS definition with {@code batches} records spread evenly over 10 days (the statement day in the
 * middle), so that the ±1-day window holds 3/10 of them. The file lists the statement day's records in the EST
 * simulator layout, except: 100 records the bank does not list (missing at the bank), 100 lines the ERP does not
 * have (missing in the ERP), 50 amount and 50 fee differences, 200 lines whose order id the bank garbled (paired by
 * card + amount + date in pass 2), and 1 % refunds. The program checks the counts it gets against those numbers.
 */
public class ReconciliationBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final int DAYS = 10;
    static final int MISSING_AT_BANK = 100;
    static final int MISSING_IN_ERP = 100;
    static final int AMOUNT_DIFFERENCES = 50;
    static final int FEE_DIFFERENCES = 50;
    static final int GARBLED = 200;

    public static void main(String[] args) throws Exception {
        boolean reuse = args.length > 0 && args[0].equals("--reuse");
        if (reuse) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        String url;
        String user = "sa";
        String password = "";
        int next = 0;
        if (args.length >= 3 && args[0].startsWith("jdbc:")) {
            url = args[0];
            user = args[1];
            password = args[2];
            next = 3;
        } else {
            Path dir = Path.of("/tmp/vpos-recon-bench");
            if (Files.exists(dir) && !reuse) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            url = "jdbc:h2:file:" + dir.resolve("vpos");
        }
        int batches = args.length > next ? Integer.parseInt(args[next]) : 1_000_000;
        int lines = args.length > next + 1 ? Integer.parseInt(args[next + 1]) : 100_000;
        int perDay = batches / DAYS;

        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .cleanDisabled(false).load();
        if (!reuse) {
            flyway.clean();
        }
        flyway.migrate();

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            String db = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            System.out.printf("machine: %d cores, %d MiB max heap, Java %s; database: %s; load average: %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"), db, loadAverage());
            long definition = 1;
            long t = System.nanoTime();
            if (reuse && count(c, "select count(*) from card_batch") == (long) perDay * DAYS) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from missing_at_bank");
                    s.executeUpdate("delete from statement_line");
                    s.executeUpdate("delete from statement_import");
                    s.executeUpdate("delete from reconciliation_day");
                    s.executeUpdate("update card_batch set reconciliation_status = 'OPEN' where reconciliation_status <> 'OPEN'");
                }
                c.commit();
                System.out.printf("reused the %,d seeded records (reset in %.1f s)%n", perDay * DAYS,
                        (System.nanoTime() - t) / 1e9);
            } else {
                if (reuse) {
                    flyway.clean();
                    flyway.migrate();
                }
                seedReferenceData(c);
                seedBatches(c, definition, perDay);
                System.out.printf("seeded %,d card_batch records (%,d per day over %d days) in %.1f s%n",
                        perDay * DAYS, perDay, DAYS, (System.nanoTime() - t) / 1e9);
            }

            byte[] file = settlementFile(c, definition, Math.min(lines, perDay));
            MappingSpec spec = MappingSpec.of(estMapping());
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            t = System.nanoTime();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            var check = new StatementParser(spec).parse(file, l -> { });
            double validateSeconds = (System.nanoTime() - t) / 1e9;
            double validateCpu = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (!check.ok()) {
                throw new IllegalStateException("the generated file does not read: " + check.problems());
            }
            System.out.printf("settlement file: %,d lines, %.1f MiB; validation pass (the upload's synchronous check):"
                    + " %.2f s (CPU %.2f s)%n", check.lines(), file.length / 1048576.0, validateSeconds, validateCpu);

            long day = insertReturning(c, "insert into reconciliation_day (id, definition_id, company_id, statement_date,"
                    + " status, opened_at, version) values (50, " + definition + ", 1, DATE '" + DAY
                    + "', 'OPEN', CURRENT_TIMESTAMP, 0)", 50);
            long importId = insertReturning(c, "insert into statement_import (id, day_id, mapping_id, file_name,"
                    + " file_bytes, line_count, status, imported_by, started_at) values (50, " + day + ", 1, 'bench.csv', "
                    + file.length + ", " + check.lines() + ", 'IMPORTING', 'bench', CURRENT_TIMESTAMP)", 50);
            c.commit();

            t = System.nanoTime();
            cpu0 = cpu.getCurrentThreadCpuTime();
            StatementRun.Outcome o = StatementRun.run(c, spec, file,
                    new StatementRun.Scope(importId, day, definition, DAY, ZONE), n -> { }, OffsetDateTime.now(ZONE));
            c.commit();
            double runSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("reconciliation run: %.2f s, CPU of this thread %.2f s (with embedded H2 that includes the"
                    + " database's work; PostgreSQL's is in its own process) — one transaction, committed%n", runSeconds,
                    (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9);
            o.millis().forEach((step, ms) -> {
                if (!step.endsWith(" CPU")) {
                    System.out.printf("  %-55s %,8d ms  (CPU %,d ms)%n", step, ms, o.millis().get(step + " CPU"));
                }
            });
            System.out.printf("result: %,d lines: %,d matched, %,d differences, %,d missing in the ERP; %,d missing at the"
                    + " bank%n", o.lines(), o.matched(), o.differences(), o.missingInErp(), o.missingAtBank());
            System.out.printf("total (validation + run): %.2f s%n", validateSeconds + runSeconds);

            int expectedDifferences = AMOUNT_DIFFERENCES + FEE_DIFFERENCES;
            if (o.missingInErp() != MISSING_IN_ERP || o.missingAtBank() != MISSING_AT_BANK
                    || o.differences() != expectedDifferences
                    || o.matched() != o.lines() - MISSING_IN_ERP - expectedDifferences) {
                throw new IllegalStateException("unexpected counts: " + o);
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select matched_by, count(*) from statement_line group by matched_by"
                         + " order by matched_by")) {
                Map<String, Long> by = new LinkedHashMap<>();
                while (r.next()) {
                    by.put(String.valueOf(r.getString(1)), r.getLong(2));
                }
                System.out.println("lines by rule: " + by);
                if (by.getOrDefault("CARD_AMOUNT_DATE", 0L) != GARBLED) {
                    throw new IllegalStateException("pass 2 should pair the " + GARBLED + " garbled lines: " + by);
                }
            }
            System.out.println("counts as injected: OK; load average now: " + loadAverage());
        }
    }

    /** The machine's 1-, 5- and 15-minute load (Linux): numbers taken on a busy machine say so. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    static MappingDraft estMapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        String[] pairs = {"date", "ISLEM_TARIHI", "time", "ISLEM_SAATI", "merchant", "UYE_ISYERI_NO", "orderId",
                "SIPARIS_NO", "type", "ISLEM_TIPI", "amount", "TUTAR", "currency", "PARA_BIRIMI", "installments", "TAKSIT",
                "card", "KART_NO", "authCode", "ONAY_KODU", "rrn", "HOST_REF_NO", "transId", "ISLEM_NO", "batchNo",
                "GUN_SONU_NO", "commission", "KOMISYON", "net", "NET_TUTAR"};
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return new MappingDraft("SIM-EST", "EST", "EST", ";", true, "UTF-8", ",", "SIGNED", "dd.MM.yyyy", "HH:mm:ss",
                columns, "Satis,OnProvKapama", "Iade", null, null, null, 1, "0");
    }

    static long seedReferenceData(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into erp_company (id, code, name, created_at) values (1, 'BENCH', 'Bench',"
                    + " CURRENT_TIMESTAMP)");
            s.executeUpdate("insert into erp_customer_account (id, company_id, code, name, active) values (1, 1, 'C1',"
                    + " 'Customer', TRUE)");
            s.executeUpdate("insert into vpos_definition (id, company_id, code, display_name, bank_name, family,"
                    + " environment, payment_model, connect_timeout_ms, read_timeout_ms, currencies, enabled, is_default,"
                    + " version, created_at, updated_at) values (1, 1, 'EST-BENCH', 'EST bench', 'Bank', 'EST', 'TEST',"
                    + " 'REGULAR', 1000, 3000, 'TRY', TRUE, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        c.commit();
        return 1;
    }

    /** Record i of day d: order "B<d>-<i>", amount 10.00 + (i % 5000) / 100, commission 1.75 %, 1 % refunds. */
    static void seedBatches(Connection c, long definition, int perDay) throws Exception {
        String sql = "insert into card_batch (id, company_id, definition_id, customer_account_id, transaction_time,"
                + " amount, currency, commission, net_amount, value_date, installments, masked_pan, card_brand,"
                + " bank_order_id, auth_code, host_ref_num, bank_trans_id, source, created_at, kind, status)"
                + " values (?, 1, ?, 1, ?, ?, 'TRY', ?, ?, ?, 1, ?, 'VISA', ?, ?, ?, ?, 'ONLINE', ?, ?, 'ACTIVE')";
        long id = 1;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int d = 0; d < DAYS; d++) {
                LocalDate date = DAY.minusDays(DAYS / 2).plusDays(d);
                for (int i = 0; i < perDay; i++) {
                    Row row = row(date, i);
                    OffsetDateTime at = date.atTime(8, 0).plusSeconds(i % 50_000).atZone(ZONE).toOffsetDateTime();
                    p.setLong(1, id++);
                    p.setLong(2, definition);
                    p.setObject(3, at);
                    p.setBigDecimal(4, row.amount);
                    p.setBigDecimal(5, row.commission);
                    p.setBigDecimal(6, row.amount.subtract(row.commission));
                    p.setObject(7, date.plusDays(1));
                    p.setString(8, row.card);
                    p.setString(9, row.order);
                    p.setString(10, row.auth);
                    p.setString(11, row.rrn);
                    p.setString(12, "T" + row.rrn);
                    p.setObject(13, at);
                    p.setString(14, row.refund ? "REFUND" : "SALE");
                    p.addBatch();
                    if (id % 5_000 == 0) {
                        p.executeBatch();
                    }
                    if (id % 100_000 == 0) {
                        c.commit();
                    }
                }
            }
            p.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                s.execute("analyze card_batch");
            }
        }
        c.commit();
    }

    record Row(String order, String auth, String rrn, String card, BigDecimal amount, BigDecimal commission,
               boolean refund) {
    }

    static Row row(LocalDate date, int i) {
        boolean refund = i % 100 == 99;
        BigDecimal gross = BigDecimal.valueOf(1000 + i % 5000, 2);
        BigDecimal amount = refund ? gross.negate() : gross;
        BigDecimal commission = refund ? BigDecimal.ZERO.setScale(2)
                : gross.multiply(new BigDecimal("1.75")).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String card = String.format("4%05d******%04d", i % 100_000, (i * 7) % 10_000);
        return new Row("B" + date.getDayOfMonth() + "-" + (refund ? i - 99 + 0 : i), String.format("%06d", i % 1_000_000),
                String.format("%02d%010d", date.getDayOfMonth(), i), card, amount, commission, refund);
    }

    /** The statement day's file in the EST layout, with the injected differences. */
    static byte[] settlementFile(Connection c, long definition, int lines) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        StringBuilder out = new StringBuilder(lines * 170);
        out.append("ISLEM_TARIHI;ISLEM_SAATI;UYE_ISYERI_NO;SIPARIS_NO;ISLEM_TIPI;TUTAR;PARA_BIRIMI;TAKSIT;KART_NO;"
                + "ONAY_KODU;HOST_REF_NO;ISLEM_NO;GUN_SONU_NO;KOMISYON;NET_TUTAR\r\n");
        Random random = new Random(42);
        int written = 0;
        for (int i = 0; i < lines; i++) {
            if (i >= lines - MISSING_AT_BANK) {
                continue;   // the last records of the day: the bank does not list them
            }
            Row r = row(DAY, i);
            BigDecimal amount = r.amount;
            BigDecimal commission = r.commission;
            String order = r.order;
            String auth = r.auth;
            String rrn = r.rrn;
            if (i < AMOUNT_DIFFERENCES * 10 && i % 10 == 1) {
                amount = amount.add(new BigDecimal("1.00"));
            } else if (i < FEE_DIFFERENCES * 10 && i % 10 == 2) {
                commission = commission.add(new BigDecimal("0.10"));
            } else if (i < GARBLED * 10 && i % 10 == 3) {
                order = "X" + random.nextInt(1_000_000_000);
                auth = "";
                rrn = "";
            }
            line(out, date, order, r.refund ? "Iade" : "Satis", amount, commission, r.card, auth, rrn);
            written++;
        }
        for (int i = 0; i < MISSING_IN_ERP; i++) {
            line(out, date, "BANKONLY-" + i, "Satis", new BigDecimal("77.00"), new BigDecimal("1.35"),
                    "540134******7891", "Z" + i, "99" + i);
            written++;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void line(StringBuilder out, DateTimeFormatter date, String order, String type, BigDecimal amount,
                     BigDecimal commission, String card, String auth, String rrn) {
        out.append(date.format(DAY)).append(";12:00:00;700655000200;").append(order).append(';').append(type)
                .append(';').append(amount.toPlainString().replace('.', ',')).append(";949;1;").append(card).append(';')
                .append(auth).append(';').append(rrn).append(";;1;")
                .append(commission.toPlainString().replace('.', ',')).append(';')
                .append(amount.subtract(amount.signum() < 0 ? BigDecimal.ZERO : commission).toPlainString()
                        .replace('.', ',')).append("\r\n");
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long insertReturning(Connection c, String sql, long id) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        return id;
    }
}
