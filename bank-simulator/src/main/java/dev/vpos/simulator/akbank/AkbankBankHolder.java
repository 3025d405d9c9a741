package dev.vpos.simulator.akbank;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated Akbank API and 3-D gateway of the application. */
@ApplicationScoped
public class AkbankBankHolder {

    @Inject
    Ledger ledger;

    private AkbankBank bank;

    public synchronized AkbankBank bank() {
        if (bank == null) {
            bank = new AkbankBank(
                    AkbankMerchants.fromClasspath(),
                    ledger,
                    Clock.system(ZoneId.of("Europe/Istanbul")),
                    new SecureRandom());
        }
        return bank;
    }
}
