package dev.vpos.collection.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Our order id at the bank: "VP" + yyMMdd + 12 random base-36 characters (20 upper-case alphanumerics).
 * Short and plain enough for every family's allowed format, unique (a database constraint backs it),
 * and it tells a person reading a bank statement the day it was made.
 */
public final class BankOrderIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BankOrderIds() {}

    public static String next(Clock clock) {
        StringBuilder id = new StringBuilder("VP").append(LocalDate.now(clock).format(DAY));
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
