package dev.vpos.reconciliation.application;

import dev.vpos.reconciliation.domain.FetchSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The fetch job's deadlines and back-off (server variables {@code vpos.settlementFetch.*}). */
@ApplicationScoped
public class FetchSettings {

    @Inject
    @ConfigProperty(name = "vpos.settlementFetch.connectTimeoutSeconds", defaultValue = "10")
    long connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "vpos.settlementFetch.readTimeoutSeconds", defaultValue = "30")
    long readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "vpos.settlementFetch.transferDeadlineSeconds", defaultValue = "300")
    long transferDeadlineSeconds;

    @Inject
    @ConfigProperty(name = "vpos.settlementFetch.retrySeconds", defaultValue = "300")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "vpos.settlementFetch.retryMaxSeconds", defaultValue = "14400")
    long retryMaxSeconds;

    public Duration connectTimeout() {
        return Duration.ofSeconds(connectTimeoutSeconds);
    }

    public Duration readTimeout() {
        return Duration.ofSeconds(readTimeoutSeconds);
    }

    public Duration transferDeadline() {
        return Duration.ofSeconds(transferDeadlineSeconds);
    }

    public FetchSchedule schedule() {
        return new FetchSchedule(
                Duration.ofSeconds(retrySeconds), Duration.ofSeconds(Math.max(retrySeconds, retryMaxSeconds)));
    }

    /** How long a node's claim on a source lasts: the transfer, the imports' wait, and a margin. */
    public Duration claim() {
        return transferDeadline().plus(SettlementFetcher.IMPORT_WAIT).plusMinutes(5);
    }
}
