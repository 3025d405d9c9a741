package dev.vpos.simulator.interpos;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated Denizbank InterPOS of the application. */
@ApplicationScoped
public class InterPosBankHolder {

    @Inject
    Ledger ledger;

    private InterPosBank bank;

    public synchronized InterPosBank bank() {
        if (bank == null) {
            bank = new InterPosBank(
                    InterPosMerchants.fromClasspath(),
                    ledger,
                    Clock.system(ZoneId.of("Europe/Istanbul")),
                    new SecureRandom());
        }
        return bank;
    }
}
