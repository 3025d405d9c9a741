package dev.vpos.collection.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same" for idempotency: company, account, definition, amount, installments and the
 * masked card (BIN + last 4) with its expiry. The full card number and CVV are never part of it.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(ValidSale s) {
        return hash(String.join(
                "|",
                String.valueOf(s.companyId()),
                String.valueOf(s.customerAccountId()),
                String.valueOf(s.definitionId()),
                s.amount().amount().toPlainString(),
                s.amount().currencyCode(),
                String.valueOf(s.installments()),
                s.card() == null ? "-" : s.card().masked(),
                s.expiry() == null ? "-" : s.expiry().mmSlashYy(),
                s.channel().name(),
                s.kind().name(),
                String.valueOf(s.documentId())));
    }

    /** A follow-up: which collection, what was asked (capture, void, refund or cancel) and for how much. */
    static String ofFollowUp(String reference, String requested, String amount) {
        return hash(String.join("|", reference, requested, amount == null ? "full" : amount));
    }

    private static String hash(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
