package dev.vpos.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for a condition with a deadline, never for a fixed time: the test goes on as soon as it holds. */
final class Await {

    static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    private Await() {}

    /** Reads until {@code done} holds and answers that value; fails after {@link #DEADLINE} with the last one. */
    static <T> T until(Supplier<T> read, Predicate<T> done, String what) {
        return until(read, done, what, DEADLINE);
    }

    static <T> T until(Supplier<T> read, Predicate<T> done, String what, Duration deadline) {
        long until = System.nanoTime() + deadline.toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > until) {
                throw new AssertionError(
                        "not reached within " + deadline.toSeconds() + " s: " + what + "; last: " + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = read.get();
        }
        return last;
    }
}
