package dev.vpos.simulator.est;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one simulated EST bank of the web application: the API ({@link EstBank}) and the 3-D gate ({@link EstGate})
 * share the ledger and the 3-D sessions, so an md the gate hands out is known to the provision call.
 */
@ApplicationScoped
public class EstSimulation {

    static final ZoneId BANK_TIME_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    Ledger ledger;

    private EstBank bank;
    private EstGate gate;

    @PostConstruct
    void init() {
        EstMerchants merchants = EstMerchants.fromClasspath();
        EstThreeDsSessions sessions = new EstThreeDsSessions();
        SecureRandom random = new SecureRandom();
        bank = new EstBank(merchants, ledger, Clock.system(BANK_TIME_ZONE), random, sessions);
        gate = new EstGate(merchants, bank, sessions, random);
    }

    public EstBank bank() {
        return bank;
    }

    public EstGate gate() {
        return gate;
    }
}
