package dev.vpos.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the simulated banks are "down": while down, every bank endpoint answers HTTP 503 (see {@link OutageFilter}). */
@ApplicationScoped
public class OutageSwitch {

    private volatile boolean down;

    public boolean isDown() {
        return down;
    }

    public void setDown(boolean down) {
        this.down = down;
    }
}
