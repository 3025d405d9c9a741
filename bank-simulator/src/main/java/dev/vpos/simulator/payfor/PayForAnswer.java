package dev.vpos.simulator.payfor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API endpoint answers: the flat child elements of {@code PayforResponse} in order, or for a history
 * report one {@code PaymentRequestExtended/PaymentRequest} block per transaction; plus the transport fault the
 * servlet adds on top.
 */
public record PayForAnswer(
        Map<String, String> fields, List<Map<String, String>> paymentRequests, PayForOutcomes.Fault fault) {

    public PayForAnswer {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        paymentRequests = List.copyOf(paymentRequests);
    }

    /** The answer to a payment, a follow-up or a refused request. */
    static PayForAnswer payment(String code, String authCode, String hostRefNum, String transId, String holderName) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("AuthCode", authCode);
        f.put("HostRefNum", hostRefNum);
        f.put("ProcReturnCode", code);
        f.put("TransId", transId);
        f.put("ErrMsg", PayForCodes.message(code));
        f.put("CardHolderName", holderName);
        return new PayForAnswer(f, List.of(), PayForOutcomes.Fault.NONE);
    }

    static PayForAnswer refused(String code, String transId) {
        return payment(code, "", "", transId, "");
    }

    static PayForAnswer flat(Map<String, String> fields) {
        return new PayForAnswer(fields, List.of(), PayForOutcomes.Fault.NONE);
    }

    static PayForAnswer report(List<Map<String, String>> paymentRequests) {
        return new PayForAnswer(Map.of(), paymentRequests, PayForOutcomes.Fault.NONE);
    }

    PayForAnswer withFault(PayForOutcomes.Fault fault) {
        return new PayForAnswer(fields, paymentRequests, fault);
    }

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }
}
