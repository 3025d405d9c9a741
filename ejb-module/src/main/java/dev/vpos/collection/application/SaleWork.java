package dev.vpos.collection.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's {@link WorkGate} for sales: {@code vpos.sale.concurrentWork} turns (0, the default: three per processor).
 * With a slow bank and hundreds of sales in flight, the sales' own work was hundreds of runnable threads sharing the
 * CPU with the staff screens, whose calls then waited seconds (issue #14 target 3, docs/benchmarks.md).
 */
@ApplicationScoped
public class SaleWork {

    @Inject
    @ConfigProperty(name = "vpos.sale.concurrentWork", defaultValue = "0")
    int configured;

    private WorkGate gate;

    @PostConstruct
    void create() {
        gate = new WorkGate(
                configured > 0 ? configured : 3 * Runtime.getRuntime().availableProcessors());
    }

    public WorkGate.Turn start() {
        return gate.start();
    }

    public WorkGate.Turn finish() {
        return gate.finish();
    }

    public WorkGate gate() {
        return gate;
    }
}
