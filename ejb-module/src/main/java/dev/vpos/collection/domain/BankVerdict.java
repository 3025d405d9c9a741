package dev.vpos.collection.domain;

import java.util.Map;

/**
 * The bank's codes that a state change records: verbatim code and message, unified reason, reference codes, and the
 * family's opaque references for later follow-ups.
 */
public record BankVerdict(
        String bankCode,
        String reason,
        String bankMessage,
        String authCode,
        String hostRefNum,
        String transId,
        Map<String, String> references) {

    public BankVerdict {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public BankVerdict(
            String bankCode, String reason, String bankMessage, String authCode, String hostRefNum, String transId) {
        this(bankCode, reason, bankMessage, authCode, hostRefNum, transId, Map.of());
    }
}
