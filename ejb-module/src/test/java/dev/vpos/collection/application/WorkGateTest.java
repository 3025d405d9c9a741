package dev.vpos.collection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkGateTest {

    @Test
    void neverMoreSalesWorkingThanTurns() throws Exception {
        WorkGate gate = new WorkGate(3);
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean finishing = i % 2 == 0;
                done.add(pool.submit(() -> {
                    try (WorkGate.Turn turn = finishing ? gate.finish() : gate.start()) {
                        most.accumulateAndGet(working.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        working.decrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
        assertEquals(0, gate.counts()[0], "every turn given back");
    }

    @Test
    void aSaleBackFromItsBankGoesBeforeSalesWaitingToStart() throws Exception {
        WorkGate gate = new WorkGate(1);
        List<String> order = new CopyOnWriteArrayList<>();
        WorkGate.Turn held = gate.start();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> starter = pool.submit(() -> {
                try (WorkGate.Turn t = gate.start()) {
                    order.add("start");
                }
            });
            waitFor(() -> gate.counts()[2] == 1);
            Future<?> finisher = pool.submit(() -> {
                try (WorkGate.Turn t = gate.finish()) {
                    order.add("finish");
                }
            });
            waitFor(() -> gate.counts()[1] == 1);
            held.close();
            starter.get(5, TimeUnit.SECONDS);
            finisher.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("finish", "start"), order);
    }

    @Test
    void salesWaitingToStartGetTheirTurnsInArrivalOrderAndNewcomersQueueBehindThem() throws Exception {
        WorkGate gate = new WorkGate(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        WorkGate.Turn held = gate.start();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    try (WorkGate.Turn t = gate.start()) {
                        order.add(n);
                    }
                }));
                waitFor(() -> gate.counts()[2] == n + 1);
            }
            held.close();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(0, 1, 2, 3), order);
    }

    @Test
    void turnsFreedTogetherLetEveryWaiterIn() throws Exception {
        WorkGate gate = new WorkGate(2);
        WorkGate.Turn a = gate.start();
        WorkGate.Turn b = gate.start();
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch leave = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Runnable starter = () -> {
                try (WorkGate.Turn t = gate.start()) {
                    inside.countDown();
                    leave.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            pool.submit(starter);
            pool.submit(starter);
            waitFor(() -> gate.counts()[2] == 2);
            a.close();
            b.close();
            assertTrue(inside.await(5, TimeUnit.SECONDS), "both waiting sales got a turn");
            leave.countDown();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTurnIsGivenBackOnce() {
        WorkGate gate = new WorkGate(1);
        WorkGate.Turn t = gate.start();
        t.close();
        t.close();
        assertEquals(0, gate.counts()[0]);
        try (WorkGate.Turn again = gate.start()) {
            assertEquals(1, gate.counts()[0]);
        }
        assertThrows(IllegalArgumentException.class, () -> new WorkGate(0));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(5);
        }
    }
}
