package dev.vpos.gateway.garanti;

import static dev.vpos.gateway.garanti.GarantiCallback.field;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsCallback;
import java.util.HashMap;
import java.util.Map;

/** What an authentic callback means: a 3-D failure ({@code MD:<mdstatus>}), the MPI data, or the 3D Pay result. */
final class GarantiThreeDsResults {

    /** Prefix of the bank code for a failed 3-D authentication, e.g. {@code MD:0}; the catalog maps it. */
    static final String MD_PREFIX = "MD:";

    private GarantiThreeDsResults() {}

    static GatewayResult authenticationFailed(ThreeDsCallback callback, BankExchange log) {
        String mdStatus = field(callback, "mdstatus");
        String message = field(callback, "mderrormessage");
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                MD_PREFIX + (mdStatus.isEmpty() ? "?" : mdStatus),
                message.isEmpty() ? "3-D Secure authentication failed" : message,
                null,
                null,
                null,
                log);
    }

    static GvpsRequest.Secure3d mpiData(ThreeDsCallback callback) {
        return new GvpsRequest.Secure3d(
                field(callback, "cavv"), field(callback, "eci"), field(callback, "xid"), field(callback, "md"));
    }

    /**
     * 3D Pay / 3D Host: the bank provisioned at the gate. Approved with {@code procreturncode} 00 and {@code response}
     * Approved; declined with any other code the bank gave; unknown when it gave none (no provision result).
     */
    static GatewayResult fromCallback(ThreeDsCallback callback, BankExchange log) {
        String code = field(callback, "procreturncode");
        String response = field(callback, "response");
        Map<String, String> refs = new HashMap<>();
        if (!field(callback, "hostrefnum").isEmpty()) {
            refs.put(GarantiRequests.RETREF_NUM, field(callback, "hostrefnum"));
        }
        if ("00".equals(code) && "Approved".equalsIgnoreCase(response)) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    code,
                    response,
                    field(callback, "authcode"),
                    field(callback, "hostrefnum"),
                    emptyToNull(field(callback, "transid")),
                    refs,
                    log);
        }
        if (!code.isEmpty() && !"00".equals(code)) {
            String message = field(callback, "errmsg");
            String host = field(callback, "hostmsg");
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code,
                    host.isEmpty() ? message : message + " (" + host + ")",
                    null,
                    emptyToNull(field(callback, "hostrefnum")),
                    emptyToNull(field(callback, "transid")),
                    refs,
                    log);
        }
        return GatewayResult.unknown(
                log.withFailure("authenticated callback without a provision result (procreturncode='" + code
                        + "', response='" + response + "')"));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
