package dev.vpos.simulator.garanti;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;

/** The one simulated Garanti bank of the application: API endpoint and 3-D gate share its 3-D sessions. */
@ApplicationScoped
public class GarantiSimulation {

    @Inject
    Ledger ledger;

    private GarantiBank bank;
    private GarantiGate gate;

    @PostConstruct
    void start() {
        GarantiMerchants merchants = GarantiMerchants.fromClasspath();
        SecureRandom random = new SecureRandom();
        bank = new GarantiBank(merchants, ledger, Clock.system(GarantiInquiries.BANK_ZONE), random);
        gate = new GarantiGate(merchants, bank, random);
    }

    public GarantiBank bank() {
        return bank;
    }

    public GarantiGate gate() {
        return gate;
    }
}
