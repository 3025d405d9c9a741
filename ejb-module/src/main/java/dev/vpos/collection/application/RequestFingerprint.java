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

    private RequestFingerprint() {
    }

    static String of(ValidSale s) {
        String canonical = String.join("|", String.valueOf(s.companyId()), String.valueOf(s.customerAccountId()),
                String.valueOf(s.definitionId()), s.amount().amount().toPlainString(), s.amount().currencyCode(),
                String.valueOf(s.installments()), s.card().masked(), s.expiry().mmSlashYy(), s.channel().name());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
