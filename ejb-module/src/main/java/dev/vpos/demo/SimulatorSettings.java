package dev.vpos.demo;

import dev.vpos.shared.domain.BusinessException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a merchant sets once in a provider's control panel (a webhook endpoint, an IPN URL), done for the demo on every
 * start (run and test servers only, {@code vpos.demo.seed=true}): our inbox for a demo definition
 * ({@code .../vpos/notify/{id}}) told to the simulated provider. The simulator keeps it in memory and may start after
 * us, so it is told every two seconds until it has it (two minutes at most).
 */
@ApplicationScoped
public class SimulatorSettings {

    private static final int MAX_TRIES = 60;

    /** One try at telling the simulator; true when it has the setting. */
    @FunctionalInterface
    public interface Attempt {
        boolean tell(HttpClient http, String simulatorBase, String notifyUrl) throws IOException, InterruptedException;
    }

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

    /** Keeps trying {@code attempt} for the demo definition {@code definitionCode}, if the demo is seeded and has it. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public void keepTelling(String definitionCode, Attempt attempt) {
        if (!seed) {
            return;
        }
        List<Long> ids = em.createQuery("select d.id from VposDefinition d where d.code = :code", Long.class)
                .setParameter("code", definitionCode)
                .getResultList();
        if (ids.isEmpty()) {
            return;
        }
        String simulator = bankBaseUrl.replaceAll("/+$", "");
        String ourBase = simulator.endsWith("/bank-simulator")
                ? simulator.substring(0, simulator.length() - "/bank-simulator".length())
                : simulator;
        String notifyUrl = ourBase + "/vpos/notify/" + ids.get(0);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger tries = new AtomicInteger();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(scheduler.scheduleWithFixedDelay(
                () -> {
                    if (told(attempt, http, simulator, notifyUrl) || tries.incrementAndGet() >= MAX_TRIES) {
                        task.get().cancel(false);
                    }
                },
                1,
                2,
                TimeUnit.SECONDS));
    }

    private static boolean told(Attempt attempt, HttpClient http, String simulator, String notifyUrl) {
        try {
            return attempt.tell(http, simulator, notifyUrl);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
