package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.BankReply;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the MPI's enrollment answer ({@code IPaySecure}). {@code Message/VERes/Status}: Y → the card takes part in
 * 3-D Secure, the payer's browser posts {@code PaReq}, {@code TermUrl} and {@code MD} to {@code ACSUrl}; N → not
 * enrolled; U → cannot be verified; E → error ({@code MessageErrorCode}, {@code ErrorMessage}). An enrollment never
 * charges anything, so N, U and E are declines (codes {@code MPI:N}, {@code MPI:U}, or the error code).
 */
final class PayFlexEnrollmentReading {

    private PayFlexEnrollmentReading() {}

    static ThreeDsStart read(String orderId, BankReply<PayFlexXml.Parsed> reply) {
        if (!reply.answered()) {
            return ThreeDsStart.failed(reply.failed());
        }
        if (!"IPaySecure".equals(reply.get().root())) {
            return ThreeDsStart.failed(reply.unknown("unreadable enrollment answer"));
        }
        PayFlexXml.Parsed r = reply.get();
        BankExchange exchange = reply.exchange();
        String answeredId = r.get("VerifyEnrollmentRequestId");
        if (!answeredId.isEmpty() && !answeredId.equals(orderId)) {
            return ThreeDsStart.failed(GatewayResult.unknown(
                    exchange.withFailure("enrollment answer is for " + answeredId + ", not " + orderId)));
        }
        String status = r.get("Message/VERes/Status");
        switch (status) {
            case "Y" -> {
                String acs = r.get("Message/VERes/ACSUrl");
                Optional<URI> acsUrl = uri(acs);
                if (acsUrl.isEmpty() || r.get("Message/VERes/PaReq").isEmpty()) {
                    return ThreeDsStart.failed(GatewayResult.unknown(
                            exchange.withFailure("enrollment Y without a usable ACS URL or PaReq")));
                }
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("PaReq", r.get("Message/VERes/PaReq"));
                fields.put("TermUrl", r.get("Message/VERes/TermUrl"));
                fields.put("MD", r.get("Message/VERes/MD"));
                return ThreeDsStart.form(acsUrl.get(), fields, exchange);
            }
            case "N" -> {
                return declined("MPI:N", "card is not enrolled in 3-D Secure", exchange);
            }
            case "U" -> {
                return declined("MPI:U", "3-D Secure enrollment cannot be verified", exchange);
            }
            case "E" -> {
                String code = r.get("MessageErrorCode");
                String message =
                        r.get("ErrorMessage").isEmpty() ? "3-D Secure enrollment error" : r.get("ErrorMessage");
                return declined(code.isEmpty() ? "MPI:E" : code, message, exchange);
            }
            default -> {
                return ThreeDsStart.failed(GatewayResult.unknown(
                        exchange.withFailure("enrollment answer has no known status (" + status + ")")));
            }
        }
    }

    private static ThreeDsStart declined(String code, String message, BankExchange exchange) {
        return ThreeDsStart.failed(
                new GatewayResult(GatewayOutcome.DECLINED, code, message, null, null, null, exchange));
    }

    private static Optional<URI> uri(String text) {
        try {
            URI u = URI.create(text);
            return "https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())
                    ? Optional.of(u)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
