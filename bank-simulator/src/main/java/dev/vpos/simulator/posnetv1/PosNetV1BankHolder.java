package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The one simulated PosNet V1 JSON API and 3-D page of the application. */
@ApplicationScoped
public class PosNetV1BankHolder {

    @Inject
    Ledger ledger;

    private PosNetV1Bank bank;

    public synchronized PosNetV1Bank bank() {
        if (bank == null) {
            bank = new PosNetV1Bank(
                    PosNetV1Merchants.fromClasspath(),
                    ledger,
                    Clock.system(ZoneId.of("Europe/Istanbul")),
                    new SecureRandom());
        }
        return bank;
    }
}
