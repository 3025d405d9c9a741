package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a payment answer ({@code sale}, {@code auth}, {@code capt}, {@code reverse}, {@code return},
 * {@code oosTranData}). {@code approved=1} with no {@code respCode} is an approval (reported as bank code {@code 00});
 * {@code approved=0} a refusal with its {@code respCode}; {@code approved=2} ("already processed", e.g. 0127 order id
 * used before) settles nothing about this call and is UNKNOWN: only a status inquiry can tell what happened.
 */
final class PosNetResults {

    static final String APPROVED_CODE = "00";
    static final String DECLINED_WITHOUT_CODE = "0";

    /** Keys of {@link GatewayResult#references()}. */
    static final String HOST_LOG_KEY = "hostLogKey";

    static final String AUTH_CODE = "authCode";
    static final String TRAN_TYPE = "tranType";
    static final String ORDER_REFERENCE = "orderReference";

    private PosNetResults() {}

    static GatewayResult read(BankReply<XmlNode> call, String orderReference, String tranType) {
        if (!call.answered()) {
            return call.failed();
        }
        XmlNode r = call.get();
        String approved = r.text("approved");
        String respCode = r.text("respCode");
        String respText = r.text("respText");
        BankExchange exchange = call.exchange();
        if ("1".equals(approved) && respCode.isEmpty()) {
            String hostLogKey = r.text("hostlogkey");
            String authCode = r.text("authCode");
            Map<String, String> refs = new HashMap<>();
            putIfPresent(refs, HOST_LOG_KEY, hostLogKey);
            putIfPresent(refs, AUTH_CODE, authCode);
            putIfPresent(refs, TRAN_TYPE, tranType);
            putIfPresent(refs, ORDER_REFERENCE, orderReference);
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    APPROVED_CODE,
                    respText,
                    blankToNull(authCode),
                    blankToNull(hostLogKey),
                    orderReference,
                    refs,
                    exchange);
        }
        if ("0".equals(approved)) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    respCode.isEmpty() ? DECLINED_WITHOUT_CODE : respCode,
                    respText,
                    null,
                    blankToNull(r.text("hostlogkey")),
                    orderReference,
                    exchange);
        }
        String why = "2".equals(approved)
                ? "bank says already processed (" + respCode + " " + respText + "); ask the order's status"
                : "answer has neither an approval nor a refusal (approved=" + approved + ", respCode=" + respCode + ")";
        return call.unknown(why);
    }

    private static void putIfPresent(Map<String, String> refs, String key, String value) {
        if (value != null && !value.isEmpty()) {
            refs.put(key, value);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
