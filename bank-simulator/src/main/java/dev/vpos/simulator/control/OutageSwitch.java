package dev.vpos.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the simulated banks are "down" (every bank endpoint answers 503, like a load balancer before a dead bank). */
@ApplicationScoped
public class OutageSwitch {

    private volatile boolean down;

    public boolean isDown() {
        return down;
    }

    public void set(boolean down) {
        this.down = down;
    }
}
