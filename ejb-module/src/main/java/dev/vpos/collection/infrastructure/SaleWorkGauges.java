package dev.vpos.collection.infrastructure;

import dev.vpos.collection.application.SaleWork;
import dev.vpos.shared.infrastructure.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * The node's sales by their place at the work gate ({@link SaleWork}): working now, waiting to finish after their
 * bank answered, waiting to start. A lasting "waiting to start" means the node takes more sales than its CPU works
 * through (docs/admin-guide.md, "Production").
 */
@ApplicationScoped
public class SaleWorkGauges {

    public void register(@Observes @Initialized(ApplicationScoped.class) Object started, Meters meters, SaleWork work) {
        meters.gauge("vpos_sale_work", () -> work.gate().counts()[0], "state", "working");
        meters.gauge("vpos_sale_work", () -> work.gate().counts()[1], "state", "waiting_to_finish");
        meters.gauge("vpos_sale_work", () -> work.gate().counts()[2], "state", "waiting_to_start");
        meters.gauge("vpos_sale_work_limit", () -> work.gate().limit());
    }
}
