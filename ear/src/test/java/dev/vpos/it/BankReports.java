package dev.vpos.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;

/** The bank's own view of a collection ({@code GET /collections/{ref}/bank-report}) as the ITs read it. */
final class BankReports {

    private BankReports() {}

    static JsonObject of(String reference) {
        return TestServer.get(TestServer.API + "/collections/" + reference + "/bank-report", "finance")
                .json();
    }

    /** The sum of the report's approved history lines of one kind, e.g. {@code 300.00} (a total line counts too). */
    static String approvedSum(JsonObject report, String kind) {
        return report.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(l -> kind.equals(l.getString("kind")) && "APPROVED".equals(l.getString("outcome")))
                .map(l -> l.getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2)
                .toPlainString();
    }
}
