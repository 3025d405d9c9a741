package dev.vpos.collection.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most {@code limit} sales doing their own work on the node at once — their transactions before and after the
 * bank call, and what the answer means — and never the bank call itself, which holds no turn. A sale coming back from its
 * bank ({@link #finish()}) goes before sales that have not started ({@link #start()}): the work in hand is finished
 * first, so that a burst queues at the door instead of slowing every sale in flight, and the CPU left over stays free
 * for everything that is not a sale (staff screens, the janitor, 3-D callbacks). Turns are handed over in arrival
 * order within each line, finishers' line first; nothing is refused.
 */
public final class WorkGate {

    private final int limit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Waiter> finishers = new ArrayDeque<>();
    private final Deque<Waiter> starters = new ArrayDeque<>();
    private int working;

    public WorkGate(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a work gate needs at least one turn: " + limit);
        }
        this.limit = limit;
    }

    /** A turn for a sale's first work (before its bank call); waits while the gate is full or others wait. */
    public Turn start() {
        return enter(starters);
    }

    /** A turn for a sale back from its bank; goes before every sale waiting to start. */
    public Turn finish() {
        return enter(finishers);
    }

    public int limit() {
        return limit;
    }

    /** Sales working now, and waiting for a turn (to finish, to start): for the node's metrics and tests. */
    public int[] counts() {
        lock.lock();
        try {
            return new int[] {working, finishers.size(), starters.size()};
        } finally {
            lock.unlock();
        }
    }

    private Turn enter(Deque<Waiter> line) {
        lock.lock();
        try {
            // no one passes a waiting sale: a free turn goes to the head of a line (finishers first), never to a
            // newcomer, so that turns are taken in arrival order
            boolean ahead = !finishers.isEmpty() || (line == starters && !starters.isEmpty());
            if (working < limit && !ahead) {
                working++;
                return new Turn(this);
            }
            Waiter me = new Waiter(lock.newCondition());
            line.addLast(me);
            while (!me.granted) {
                me.turn.awaitUninterruptibly();
            }
            return new Turn(this);
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        lock.lock();
        try {
            working--;
            Waiter next = finishers.isEmpty() ? starters.pollFirst() : finishers.pollFirst();
            if (next != null) {
                // handed over: the turn is the waiter's before it wakes up
                working++;
                next.granted = true;
                next.turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiter {
        final Condition turn;
        boolean granted;

        Waiter(Condition turn) {
            this.turn = turn;
        }
    }

    /** One sale's turn; given back when its work is done, whatever the outcome. */
    public static final class Turn implements AutoCloseable {
        private WorkGate gate;

        Turn(WorkGate gate) {
            this.gate = gate;
        }

        @Override
        public void close() {
            if (gate != null) {
                WorkGate g = gate;
                gate = null;
                g.leave();
            }
        }
    }
}
