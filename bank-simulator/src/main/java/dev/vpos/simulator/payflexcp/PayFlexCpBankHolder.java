package dev.vpos.simulator.payflexcp;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated Common Payment of the application, shared by its API, its pages and its VPOS service. */
@ApplicationScoped
public class PayFlexCpBankHolder {

    @Inject
    Ledger ledger;

    private PayFlexCpBank bank;

    public synchronized PayFlexCpBank bank() {
        if (bank == null) {
            bank = new PayFlexCpBank(
                    PayFlexCpMerchants.fromClasspath(),
                    ledger,
                    Clock.system(ZoneId.of("Europe/Istanbul")),
                    new SecureRandom());
        }
        return bank;
    }
}
