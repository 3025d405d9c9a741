package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: a Prometheus scrape of {@code /metrics} shows the business meters moving during a test sale (collections
 * by family, channel and outcome; bank calls; the bank's latency per definition) beside the server's own meters and
 * the backlog gauges.
 */
class MetricsIT {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}\\s+([-0-9.eE+NaInf]+)");

    @Test
    void aSaleMovesTheBusinessMeters() {
        long company = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        Map<String, String> approved = Map.of("family", "EST", "channel", "MOTO", "outcome", "APPROVED");
        Map<String, String> call = Map.of("family", "EST", "operation", "SALE", "outcome", "APPROVED");
        Map<String, String> latency = Map.of("definition", Long.toString(definition));
        String before = scrape();
        TestServer.Reply sale = Sales.post(
                Sales.sale(
                        company,
                        Sales.firstCustomerAccountId(company),
                        definition,
                        "21.50",
                        Sales.APPROVED_CARD,
                        "12/30"),
                "collector");
        assertEquals(201, sale.status(), sale.toString());
        String after = scrape();
        double collectedBefore = value(before, "vpos_collections_total", approved);
        double collectedAfter = value(after, "vpos_collections_total", approved);
        assertTrue(
                collectedAfter >= collectedBefore + 1,
                "collections by family, channel and outcome: " + collectedBefore + " -> " + collectedAfter + "\n"
                        + series(before, "vpos_collections_total") + "\n---\n"
                        + series(after, "vpos_collections_total"));
        assertTrue(value(after, "vpos_bank_calls_total", call) >= value(before, "vpos_bank_calls_total", call) + 1);
        assertTrue(value(after, "vpos_bank_latency_seconds_count", latency)
                >= value(before, "vpos_bank_latency_seconds_count", latency) + 1);
        // the backlog gauges and the scheduled runs are there; the server's own meters too (pool, threads, memory)
        for (String name : List.of(
                "vpos_unknown_outcomes",
                "vpos_needing_attention",
                "vpos_provider_notifications",
                "vpos_scheduled_runs_total",
                "vpos_sale_work_limit")) {
            assertTrue(after.contains(name), name + " in the scrape");
        }
        // the sales' work gate: three turns per processor unless vpos.sale.concurrentWork says otherwise (the test
        // server runs on this machine), and its three states
        assertEquals(
                3.0 * Runtime.getRuntime().availableProcessors(),
                value(after, "vpos_sale_work_limit", Map.of()),
                series(after, "vpos_sale_work"));
        for (String state : List.of("working", "waiting_to_finish", "waiting_to_start")) {
            assertTrue(after.contains("state=\"" + state + "\""), state + ": " + series(after, "vpos_sale_work"));
        }
        for (String name : List.of("jvm_", "threadpool_", "connectionpool_")) {
            assertTrue(after.contains(name), name + " in the scrape");
        }
    }

    @Test
    void theScrapeNeedsNoSignInAndNamesNoOrderOrCard() {
        String scrape = scrape();
        assertTrue(!scrape.contains(Sales.APPROVED_CARD) && !scrape.contains("bankOrderId"), "no payment data");
    }

    private static String scrape() {
        TestServer.Reply r = TestServer.send(TestServer.request(TestServer.BASE + "/metrics", null)
                .setHeader("Accept", "text/plain")
                .GET()
                .build());
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    private static String series(String scrape, String name) {
        return String.join("\n", scrape.lines().filter(l -> l.startsWith(name)).toList());
    }

    /** The value of the series {@code name} whose labels include {@code labels}; 0 when there is none yet. */
    private static double value(String scrape, String name, Map<String, String> labels) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.find()
                    && m.group(1).equals(name)
                    && labels.entrySet().stream()
                            .allMatch(e -> m.group(2).contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                total += Double.parseDouble(m.group(3));
            }
        }
        return total;
    }
}
