package dev.vpos.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a merchant sets once in a provider's control panel, done for the demo on every start (run and test servers
 * only, {@code vpos.demo.seed=true}): the simulated 2Checkout's IPN URL of the demo merchant is our inbox for the demo
 * 2Checkout definition ({@code .../vpos/notify/{id}}). The simulator keeps it in memory and may start after us, so it
 * is told again every two seconds until it answers (for two minutes at most).
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoProviderSettings {

    private static final Logger LOG = Logger.getLogger(DemoProviderSettings.class.getName());
    private static final int MAX_TRIES = 60;

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "vpos.demo.bankBaseUrl", defaultValue = "http://localhost:9080/bank-simulator")
    String bankBaseUrl;

    private ScheduledFuture<?> task;

    @PostConstruct
    void configure() {
        if (!seed) {
            return;
        }
        List<Long> ids = em.createQuery("select d.id from VposDefinition d where d.code = :code", Long.class)
                .setParameter("code", DemoDataSeeder.TWOCHECKOUT_CODE).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        String simulator = bankBaseUrl.replaceAll("/+$", "");
        String ourBase = simulator.endsWith("/bank-simulator")
                ? simulator.substring(0, simulator.length() - "/bank-simulator".length()) : simulator;
        String body = "{\"merchant\":\"DEMO2CO\",\"url\":\"" + ourBase + "/vpos/notify/" + ids.get(0) + "\"}";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger tries = new AtomicInteger();
        task = scheduler.scheduleWithFixedDelay(() -> {
            if (tell(http, URI.create(simulator + "/control/twocheckout/ipn-settings"), body)
                    || tries.incrementAndGet() >= MAX_TRIES) {
                task.cancel(false);
            }
        }, 1, 2, TimeUnit.SECONDS);
    }

    private static boolean tell(HttpClient http, URI control, String body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(control).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                LOG.info(() -> "Demo: the simulated 2Checkout sends the demo merchant's IPNs to " + body);
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
