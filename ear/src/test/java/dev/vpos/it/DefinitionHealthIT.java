package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The operator's morning check per definition (issue #17): a sale and a decline through a definition move its numbers
 * (counts, approval rate, latency, last approval); admins and auditors read it for their companies only; a myPOS
 * certificate's expiry is shown, no credential ever.
 */
class DefinitionHealthIT {

    @Test
    void aSaleAndADeclineMoveTheDefinitionsCountsRateLatencyAndLastApproval() {
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        JsonObject before = DefinitionHealth.row(DefinitionHealth.report("admin"), definition)
                .orElseThrow();
        assertEquals("OK", before.getString("status"), before.toString());
        assertEquals(0, before.getJsonObject("lastHour").getInt("calls"));
        assertTrue(!before.containsKey("lastApprovedAt") || before.isNull("lastApprovedAt"), "a new definition: never");

        OffsetDateTime saleTime = OffsetDateTime.now().minusSeconds(5);
        TestServer.Reply sale = DefinitionHealth.sell(demo, definition, Sales.APPROVED_CARD, "120.00");
        assertEquals(201, sale.status(), sale.toString());
        TestServer.Reply decline = DefinitionHealth.sell(demo, definition, Sales.INSUFFICIENT_FUNDS_CARD, "80.00");
        assertEquals(402, decline.status(), decline.toString());

        JsonObject report = DefinitionHealth.report("admin");
        JsonObject after = DefinitionHealth.row(report, definition).orElseThrow();
        JsonObject hour = after.getJsonObject("lastHour");
        assertEquals(2, hour.getInt("calls"), hour.toString());
        assertEquals(2, hour.getInt("attempts"));
        assertEquals(1, hour.getInt("approved"));
        assertEquals(1, hour.getInt("declined"));
        assertEquals(0, hour.getInt("notSent") + hour.getInt("unknown"));
        assertEquals(
                "0.5",
                hour.getJsonNumber("approvalRate")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        long p50 = hour.getJsonNumber("latencyP50Ms").longValue();
        long p95 = hour.getJsonNumber("latencyP95Ms").longValue();
        long max = hour.getJsonNumber("latencyMaxMs").longValue();
        assertTrue(0 <= p50 && p50 <= p95 && p95 <= max && max < 10_000, hour.toString());

        OffsetDateTime lastApproved = OffsetDateTime.parse(after.getString("lastApprovedAt"));
        assertTrue(
                lastApproved.isAfter(saleTime)
                        && lastApproved.isBefore(OffsetDateTime.now().plus(Duration.ofSeconds(5))),
                "the last approval moved to the sale: " + lastApproved);

        assertEquals("WARNING", after.getString("status"), "50% is under the 80% threshold: " + after);
        JsonObject finding = after.getJsonArray("findings").getJsonObject(0);
        assertEquals("APPROVAL_RATE_LOW", finding.getString("code"));
        assertEquals("0.5000", finding.getJsonObject("values").getString("rate"));
        assertEquals("2", finding.getJsonObject("values").getString("answered"));

        assertEquals("DEMO", after.getString("companyCode"));
        assertEquals("EST", after.getString("family"));
        assertEquals("TEST", after.getString("environment"));
        assertTrue(after.getBoolean("enabled"));
        assertEquals(List.of(), after.getJsonArray("expiries"), "an EST definition holds plain secrets: no expiry");
        assertEquals("localhost", after.getString("bankHost"));
        assertTrue(
                Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1").contains(after.getString("outgoingIp")),
                "the simulated bank is on this machine: " + after.getString("outgoingIp"));
        assertTrue(report.getInt("warning") >= 1, report.toString());
        assertTrue(
                !OffsetDateTime.parse(report.getString("windowEnd"))
                        .minusHours(1)
                        .isBefore(OffsetDateTime.parse(report.getString("windowStart"))
                                .minusSeconds(1)),
                "the window is the last hour");
    }

    @Test
    void adminsAndAuditorsReadItCollectorsAndFinanceDoNot() {
        assertEquals(
                403,
                TestServer.get(TestServer.API + "/definition-health", "collector")
                        .status());
        assertEquals(
                403,
                TestServer.get(TestServer.API + "/definition-health", "finance").status());
        assertEquals(
                401, TestServer.get(TestServer.API + "/definition-health", null).status());
        assertEquals(
                200,
                TestServer.get(TestServer.API + "/definition-health", "auditor").status());
        assertEquals(
                200,
                TestServer.get(TestServer.API + "/definition-health", "admin").status());
    }

    @Test
    void anAuditorGrantedDemoOnlySeesNoDefinitionOfDemo2() {
        long demo = Sales.demoCompanyId();
        long demo2 = DefinitionHealth.company("DEMO2");
        DefinitionHealth.grant("auditor-demo", demo);
        long other = FamilyOperationsIT.definition(demo2, "EST", "REGULAR");

        JsonObject scoped = DefinitionHealth.report("auditor-demo");
        assertFalse(DefinitionHealth.rows(scoped).isEmpty(), scoped.toString());
        DefinitionHealth.rows(scoped)
                .forEach(r -> assertEquals(demo, r.getJsonNumber("companyId").longValue(), r.toString()));
        assertTrue(DefinitionHealth.row(scoped, other).isEmpty());
        assertTrue(DefinitionHealth.row(DefinitionHealth.report("admin"), other).isPresent(), "admins see every one");
    }

    @Test
    void aMyPosCertificatesExpiryIsShownAndNoCredentialValueEver() {
        JsonObject report = DefinitionHealth.report("admin");
        JsonObject mypos = DefinitionHealth.rows(report).stream()
                .filter(r -> "MYPOS-DEMO".equals(r.getString("code")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no MYPOS-DEMO: " + report));
        JsonObject expiry = mypos.getJsonArray("expiries").getJsonObject(0);
        assertEquals("myposCertificate", expiry.getString("credential"));
        // the demo certificate's notAfter (openssl x509 -enddate: Nov 20 18:19:05 2036 GMT)
        assertEquals("2036-11-20T18:19:05Z", expiry.getString("notAfter"));
        String body =
                TestServer.get(TestServer.API + "/definition-health", "admin").body();
        assertFalse(body.contains("BEGIN"), "no PEM value, certificate or key");
        assertFalse(body.contains("ISBANK07"), "no secret of the EST definitions");
    }
}
