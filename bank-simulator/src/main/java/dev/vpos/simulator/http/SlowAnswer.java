package dev.vpos.simulator.http;

/**
 * The slow magic amount of every family: the bank takes {@code vpos.simulator.slowMillis} (a system property read on
 * each request, default 30 s) before it answers, and then processes the request as usual.
 */
public final class SlowAnswer {

    public static final String SLOW_MILLIS_PROPERTY = "vpos.simulator.slowMillis";
    static final long DEFAULT_SLOW_MILLIS = 30_000;

    private SlowAnswer() {}

    /** Sleeps the slow answer's time; false when interrupted (the interrupt flag is restored). */
    public static boolean pause() {
        try {
            Thread.sleep(Math.max(0, Long.getLong(SLOW_MILLIS_PROPERTY, DEFAULT_SLOW_MILLIS)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
