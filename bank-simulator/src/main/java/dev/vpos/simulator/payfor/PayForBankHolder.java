package dev.vpos.simulator.payfor;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated PayFor bank of the application, shared by its API servlet and its 3-D gate servlet. */
@ApplicationScoped
public class PayForBankHolder {

    static final ZoneId BANK_TIME_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    Ledger ledger;

    private PayForBank bank;

    public synchronized PayForBank bank() {
        if (bank == null) {
            bank = new PayForBank(
                    PayForMerchants.fromClasspath(),
                    ledger,
                    new PayForThreeDsSessions(),
                    Clock.system(BANK_TIME_ZONE),
                    new SecureRandom());
        }
        return bank;
    }
}
