package dev.vpos.simulator.payfor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/** Bank-shaped identifiers: auth code {@code S12345}, 12-digit host reference (RRN), 16-digit RequestGuid, ResponseRnd. */
final class PayForIdentifiers {

    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong sequence;

    PayForIdentifiers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
        this.sequence = new AtomicLong(random.nextInt(1_000_000));
    }

    String authCode() {
        return "S" + String.format("%05d", random.nextInt(100_000));
    }

    /** yyDDD + a 7-digit sequence: 12 digits, like QNB's HostRefNum / F37. */
    String hostRefNum() {
        LocalDate today = LocalDate.now(clock);
        return String.format(
                "%02d%03d%07d", today.getYear() % 100, today.getDayOfYear(), sequence.getAndIncrement() % 10_000_000);
    }

    String requestGuid() {
        return "1000000" + String.format("%09d", random.nextLong(1_000_000_000L));
    }

    String responseRnd() {
        return "PF" + String.format("%018d", random.nextLong(1_000_000_000_000_000_000L));
    }

    /** 3-D Secure values the ACS returns: XID (base64 of 20 bytes of text) and CAVV (base64 of 20 bytes). */
    String payerTxnId() {
        return java.util.Base64.getEncoder()
                .encodeToString(String.format("%020d", random.nextLong(1_000_000_000_000_000_000L))
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    String cavv() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
