package dev.vpos.simulator.posnet;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The identifiers PosNet hands out: {@code hostlogkey}, 18 digits ({@code yyDDD} + hour + an 11-digit sequence),
 * unique per bank; {@code authCode}, 6 digits; {@code tranDate} {@code yyMMddHHmmss}. Thread-safe.
 */
final class PosNetIdentifiers {

    static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong sequence;

    PosNetIdentifiers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
        this.sequence = new AtomicLong(random.nextInt(1_000_000));
    }

    String hostLogKey() {
        LocalDateTime now = LocalDateTime.now(clock);
        return String.format(
                "%02d%03d%02d%011d",
                now.getYear() % 100, now.getDayOfYear(), now.getHour(), sequence.getAndIncrement() % 100_000_000_000L);
    }

    String authCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    String tranDate() {
        return TRAN_DATE.format(LocalDateTime.now(clock));
    }
}
