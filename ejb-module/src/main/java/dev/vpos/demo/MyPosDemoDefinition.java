package dev.vpos.demo;

import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.infrastructure.ErpDocument;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo company's myPOS Checkout definition (run and test servers only, {@code vpos.demo.seed=true}), added once
 * to company DEMO — also to a demo database seeded before it existed. It points at the bank simulator's myPOS with
 * myPOS's published sandbox store (SID 000000000000010, wallet 61938166610, key index 1), a private key generated
 * for the demo (the simulator knows its certificate) and the simulator's myPOS certificate. Enabled, hosted
 * (3D Host), not the company default. With it come orders MYP-2026-0001…0015 (480.00 TRY) of customer C001, for
 * paying with myPOS on the demo portal and in the tests.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class MyPosDemoDefinition {

    static final String CODE = "MYPOS-DEMO";
    static final int ORDERS = 15;
    private static final Logger LOG = Logger.getLogger(MyPosDemoDefinition.class.getName());

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    DefinitionService definitions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "vpos.demo.bankBaseUrl", defaultValue = "http://localhost:9080/bank-simulator")
    String bankBaseUrl;

    @Inject
    @ConfigProperty(name = "vpos.demo.readTimeoutMs", defaultValue = "15000")
    int readTimeoutMs;

    @PostConstruct
    void seedOnce() {
        if (!seed) {
            return;
        }
        List<Long> company = em.createQuery("select c.id from Company c where c.code = :code", Long.class)
                .setParameter("code", DemoDataSeeder.COMPANY_CODE)
                .getResultList();
        if (company.isEmpty()
                || !em.createQuery(
                                "select d.id from VposDefinition d where d.companyId = :c and d.code = :code",
                                Long.class)
                        .setParameter("c", company.get(0))
                        .setParameter("code", CODE)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        Long bankAccount = em.createQuery(
                        "select b.id from BankAccount b where b.companyId = :c order by b.id", Long.class)
                .setParameter("c", company.get(0))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        em.persist(definition(company.get(0), bankAccount, OffsetDateTimes.now(clock)));
        Long customer = em.createQuery(
                        "select a.id from CustomerAccount a where a.companyId = :c and a.code = 'C001'", Long.class)
                .setParameter("c", company.get(0))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (customer != null) {
            // orders of the demo portal's customer for paying with myPOS (and saving the card for the next one)
            for (int i = 1; i <= ORDERS; i++) {
                em.persist(new ErpDocument(
                        company.get(0),
                        customer,
                        "ORDER",
                        String.format("MYP-2026-%04d", i),
                        "TRY",
                        new BigDecimal("480.00"),
                        LocalDate.now(clock).plusDays(7)));
            }
        }
        em.flush();
        LOG.info(() -> "Seeded the demo myPOS definition " + CODE + " at " + bankBaseUrl + "/mypos/vmp/checkout-test");
    }

    private VposDefinition definition(long companyId, Long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                CODE,
                "myPOS Checkout",
                "myPOS",
                GatewayFamily.MYPOS,
                Environment.TEST,
                PaymentModel.THREE_D_HOST,
                bankBaseUrl + "/mypos/vmp/checkout-test",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY", "EUR", "USD", "GBP"), new BigDecimal("1.00"), new BigDecimal("50000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(new InstallmentPlan(1, new BigDecimal("2.90"), new BigDecimal("0.25"), 1)));
        d.putCredential(definitions.credential("storeId", "000000000000010", false));
        d.putCredential(definitions.credential("walletNumber", "61938166610", false));
        d.putCredential(definitions.credential("keyIndex", "1", false));
        d.putCredential(definitions.credential("privateKey", resource("demo-merchant.key.pem"), true));
        d.putCredential(definitions.credential("myposCertificate", resource("mypos-certificate.crt.pem"), false));
        d.enable(now);
        return d;
    }

    private static String resource(String name) {
        try (InputStream in = MyPosDemoDefinition.class.getResourceAsStream("/dev/vpos/demo/mypos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
