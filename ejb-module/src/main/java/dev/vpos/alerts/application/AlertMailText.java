package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AlertKind;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An alert's e-mail, in English (the recipients are a company's operators, not one user with a language): the subject
 * names the company, the kind and the definition; the body says what was found, lists every fact and where to
 * acknowledge it.
 */
final class AlertMailText {

    private AlertMailText() {}

    static String subject(String companyCode, AlertKind kind, Map<String, String> facts) {
        String definition = facts.get("definition");
        return "[VPOS alert] " + companyCode + ": " + title(kind) + (definition == null ? "" : " – " + definition);
    }

    static String body(
            long alertId, String companyCode, AlertKind kind, Map<String, String> facts, OffsetDateTime raisedAt) {
        StringBuilder b = new StringBuilder();
        b.append(title(kind))
                .append(" (")
                .append(kind)
                .append(") for company ")
                .append(companyCode)
                .append(".\n\n");
        b.append(sentence(kind, facts)).append("\n\n");
        b.append("Facts:\n");
        facts.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("\nAlert ")
                .append(alertId)
                .append(", raised at ")
                .append(raisedAt)
                .append(".\n");
        b.append("It stays on the module's landing page until its condition clears; acknowledge it there")
                .append(" (POST /vpos/api/v1/alerts/")
                .append(alertId)
                .append("/acknowledge).\n");
        return b.toString();
    }

    static String title(AlertKind kind) {
        return switch (kind) {
            case CREDENTIAL_EXPIRY -> "Certificate or key expires";
            case APPROVAL_RATE_DROP -> "Approval rate dropped";
            case BANK_UNANSWERED -> "Bank not answering";
            case FORGED_NOTIFICATIONS -> "Forged notifications";
            case ATTENTION_AGED -> "Collections waiting too long";
            case DAY_NOT_CLOSED -> "Day not closed";
        };
    }

    private static String sentence(AlertKind kind, Map<String, String> f) {
        return switch (kind) {
            case CREDENTIAL_EXPIRY ->
                f.get("credential") + " of " + f.get("definition") + " expires at "
                        + f.get("notAfter") + " (" + f.get("daysLeft") + " days left; the rule warns "
                        + f.get("thresholdDays") + " days before).";
            case APPROVAL_RATE_DROP ->
                f.get("definition") + ": " + f.get("ratePercent") + " % approved in the last hour ("
                        + f.get("approved") + " of " + f.get("answered") + "); usually " + f.get("usualPercent")
                        + " % at this hour over the previous 7 days (alert under " + f.get("floorPercent") + " %).";
            case BANK_UNANSWERED ->
                f.get("definition") + ": " + f.get("unanswered")
                        + " payments unanswered in the last 10 minutes (" + f.get("unknown") + " timed out or unknown, "
                        + f.get("notSent") + " not sent; the rule allows " + f.get("threshold") + ").";
            case FORGED_NOTIFICATIONS ->
                f.get("definition") + ": " + f.get("refused")
                        + " notifications refused in the last hour because their signature did not verify; the last at "
                        + f.get("lastAt") + ": " + f.get("lastReason");
            case ATTENTION_AGED ->
                f.get("count") + " collections have needed attention for more than "
                        + f.get("thresholdHours") + " hours; the oldest is " + f.get("oldestOrderId") + " from "
                        + f.get("oldestCreatedAt") + ".";
            case DAY_NOT_CLOSED ->
                f.get("definition") + ": the day " + f.get("day") + " (" + f.get("records")
                        + " batch records) was not closed in reconciliation by " + f.get("deadline") + ".";
        };
    }
}
