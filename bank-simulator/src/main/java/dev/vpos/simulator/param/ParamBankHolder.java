package dev.vpos.simulator.param;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated Param service of the application, shared by its SOAP endpoint and 3-D pages. */
@ApplicationScoped
public class ParamBankHolder {

    static final ZoneId BANK_TIME_ZONE = ZoneId.of("Europe/Istanbul");

    @Inject
    Ledger ledger;

    private ParamBank bank;

    public synchronized ParamBank bank() {
        if (bank == null) {
            bank = new ParamBank(
                    ParamMerchants.fromClasspath(), ledger, Clock.system(BANK_TIME_ZONE), new SecureRandom());
        }
        return bank;
    }
}
