package dev.vpos.simulator.est;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The identifiers the EST gateway hands out, in the shapes it uses: TransId {@code yyDDD} + 4 letters + 5 digits
 * (e.g. {@code 26327MvfH12345}), HostRefNum (RRN) {@code yDDDHH} + 6 digits, AuthCode {@code P} + 5 digits, and a
 * generated order id {@code ORDER-<TransId>}. TransId and HostRefNum carry one shared sequence number, so both are
 * unique as long as fewer than a million identifiers are drawn within an hour. Thread-safe.
 */
final class EstIdentifiers {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final LocalDate SETTLEMENT_EPOCH = LocalDate.of(2020, 1, 1);

    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong sequence;
    private final String transIdLetters;

    EstIdentifiers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
        this.sequence = new AtomicLong(random.nextInt(100_000));
        this.transIdLetters = "" + letter(26) + letter(LETTERS.length()) + letter(LETTERS.length());
    }

    String transId() {
        long n = sequence.getAndIncrement();
        char roll = LETTERS.charAt((int) (n / 100_000 % 26));
        return yearAndDay(2) + transIdLetters + roll + String.format("%05d", n % 100_000);
    }

    String hostRefNum() {
        LocalDateTime now = LocalDateTime.now(clock);
        return yearAndDay(1) + String.format("%02d%06d", now.getHour(), sequence.getAndIncrement() % 1_000_000);
    }

    String authCode() {
        return "P" + String.format("%05d", random.nextInt(100_000));
    }

    String orderId() {
        return "ORDER-" + transId();
    }

    /** The settlement batch: one per day, counted from 2020-01-01. */
    String settleId() {
        return Long.toString(ChronoUnit.DAYS.between(SETTLEMENT_EPOCH, LocalDate.now(clock)));
    }

    private String yearAndDay(int yearDigits) {
        LocalDate today = LocalDate.now(clock);
        String year = String.format("%02d", today.getYear() % 100).substring(2 - yearDigits);
        return year + String.format("%03d", today.getDayOfYear());
    }

    private char letter(int bound) {
        return LETTERS.charAt(random.nextInt(bound));
    }
}
