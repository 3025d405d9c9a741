package dev.vpos.collection.domain;

/** The bank's codes that a state change records: verbatim code and message, unified reason, reference codes. */
public record BankVerdict(String bankCode, String reason, String bankMessage, String authCode, String hostRefNum,
                          String transId) {
}
