package dev.vpos.simulator.tosla;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated Tosla API of the application, shared by its API and 3-D pages. */
@ApplicationScoped
public class ToslaBankHolder {

    static final ZoneId BANK_TIME_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    Ledger ledger;

    private ToslaBank bank;

    public synchronized ToslaBank bank() {
        if (bank == null) {
            bank = new ToslaBank(
                    ToslaMerchants.fromClasspath(), ledger, Clock.system(BANK_TIME_ZONE), new SecureRandom());
        }
        return bank;
    }
}
