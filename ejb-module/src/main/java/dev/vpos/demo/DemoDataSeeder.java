package dev.vpos.demo;

import dev.vpos.approvals.domain.FourEyesThreshold;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.infrastructure.BankAccount;
import dev.vpos.erp.infrastructure.Company;
import dev.vpos.erp.infrastructure.CustomerAccount;
import dev.vpos.erp.infrastructure.ErpDocument;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.routing.domain.InstallmentCampaign;
import dev.vpos.routing.domain.PlusInstallmentCampaign;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the run server (and the test server's fixtures): company DEMO with two customer accounts, an open
 * invoice, a bank account and an EST "ver3" definition pointing at the bank simulator; company DEMO2 with a
 * customer account, a bank account, a Tosla (3D Pay) and an Akbank (3D) definition on the simulator's merchants.
 * DEMO2 also has a Vakıf Katılım (3D), a Param (3D, a SOAP service), a Denizbank InterPOS (3D Pay) and a PosNet V1
 * (Albaraka, 3D) definition.
 * Runs only when {@code vpos.demo.seed=true}; a production server never sets it. Seeds once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataSeeder {

    static final String COMPANY_CODE = "DEMO";
    static final String TWOCHECKOUT_CODE = "2CO-DEMO";
    static final String STRIPE_CODE = "STRIPE-DEMO";
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

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

    /**
     * Four eyes for DEMO in run mode ("TRY 10000.00": refunds above it, and any by the user who took the sale, wait
     * for a second finance user); empty = off, as on the test server, whose tests set their own.
     */
    @Inject
    @ConfigProperty(name = "vpos.demo.fourEyes")
    java.util.Optional<String> fourEyes;

    @PostConstruct
    void seedOnce() {
        if (!seed || alreadySeeded()) {
            return;
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        Company company = persist(new Company(COMPANY_CODE, "Demo Ticaret A.Ş.", now));
        Company logistics = persist(new Company("DEMO2", "Demo Lojistik A.Ş.", now));
        // DEMO's records first: the README's examples use customer account 1 and bank account 1.
        CustomerAccount akdeniz = persist(new CustomerAccount(
                company.getId(), "C001", "Akdeniz Yapı Ltd. Şti.", "muhasebe@akdeniz-yapi.example"));
        persist(new CustomerAccount(company.getId(), "C002", "Boğaziçi Gıda A.Ş.", "odeme@bogazici-gida.example"));
        BankAccount bank = persist(
                new BankAccount(company.getId(), "ISB-TRY", "Türkiye İş Bankası", "TR330006100519786457841326", "TRY"));
        CustomerAccount ege = persist(
                new CustomerAccount(logistics.getId(), "C100", "Ege Tekstil San. A.Ş.", "finans@ege-tekstil.example"));
        BankAccount ziraat = persist(new BankAccount(
                logistics.getId(), "ZRT-TRY", "T.C. Ziraat Bankası", "TR820001000000000000000001", "TRY"));
        persist(new ErpDocument(
                company.getId(),
                akdeniz.getId(),
                "INVOICE",
                "INV-2026-0001",
                "TRY",
                new BigDecimal("1250.00"),
                LocalDate.now(clock).plusDays(30)));
        // Portal orders waiting for payment at order completion (the demo portal and the checkout tests use them).
        for (int i = 1; i <= 9; i++) {
            persist(new ErpDocument(
                    company.getId(),
                    akdeniz.getId(),
                    "ORDER",
                    "ORD-2026-000" + i,
                    "TRY",
                    new BigDecimal("480.00"),
                    LocalDate.now(clock).plusDays(7)));
        }
        // DEMO2's orders: paid through the hosted page's payment methods (discounts, providers)
        for (int i = 0; i <= 9; i++) {
            persist(new ErpDocument(
                    logistics.getId(),
                    ege.getId(),
                    "ORDER",
                    "ORD-2026-010" + i,
                    "TRY",
                    new BigDecimal("200.00"),
                    LocalDate.now(clock).plusDays(7)));
        }
        // DEMO2's orders paid through the hosted providers 2Checkout (02xx) and PayMaster (03xx) in the tests
        for (int i = 1; i <= 6; i++) {
            persist(new ErpDocument(
                    logistics.getId(),
                    ege.getId(),
                    "ORDER",
                    "ORD-2026-020" + i,
                    "TRY",
                    new BigDecimal("200.00"),
                    LocalDate.now(clock).plusDays(7)));
            persist(new ErpDocument(
                    logistics.getId(),
                    ege.getId(),
                    "ORDER",
                    "ORD-2026-030" + i,
                    "TRY",
                    new BigDecimal("200.00"),
                    LocalDate.now(clock).plusDays(7)));
        }
        // DEMO2's invoices paid in installments whose commission is passed on to the payer (VDF: vade farkı)
        for (int i = 1; i <= 4; i++) {
            persist(new ErpDocument(
                    logistics.getId(),
                    ege.getId(),
                    "INVOICE",
                    String.format("VDF-2026-%04d", i),
                    "TRY",
                    new BigDecimal("1000.00"),
                    LocalDate.now(clock).plusDays(30)));
        }
        // DEMO's orders paid through Stripe in the tests (04xx)
        for (int i = 1; i <= 8; i++) {
            persist(new ErpDocument(
                    company.getId(),
                    akdeniz.getId(),
                    "ORDER",
                    "ORD-2026-040" + i,
                    "TRY",
                    new BigDecimal("200.00"),
                    LocalDate.now(clock).plusDays(7)));
        }
        // DEMO's invoices paid through payment links in the tests and the demo (LNK-2026-00xx)
        for (int i = 1; i <= 12; i++) {
            persist(new ErpDocument(
                    company.getId(),
                    akdeniz.getId(),
                    "INVOICE",
                    String.format("LNK-2026-%04d", i),
                    "TRY",
                    new BigDecimal("300.00"),
                    LocalDate.now(clock).plusDays(30)));
        }
        persist(estDefinition(company.getId(), bank.getId(), now));
        persist(stripeDefinition(company.getId(), bank.getId(), now));
        persist(twoCheckoutDefinition(company.getId(), bank.getId(), now));
        persist(payMasterDefinition(company.getId(), bank.getId(), now));
        persist(toslaDefinition(logistics.getId(), ziraat.getId(), now));
        persist(akbankDefinition(logistics.getId(), ziraat.getId(), now));
        persist(vakifKatilimDefinition(logistics.getId(), ziraat.getId(), now));
        persist(paramDefinition(logistics.getId(), ziraat.getId(), now));
        persist(interPosDefinition(logistics.getId(), ziraat.getId(), now));
        persist(posNetV1Definition(logistics.getId(), ziraat.getId(), now));
        persist(payFlexCpDefinition(logistics.getId(), ziraat.getId(), now));
        // DEMO3 has no definitions: the routing tests give it their own three and its rules (docs/routing.md)
        Company distribution = persist(new Company("DEMO3", "Demo Dağıtım A.Ş.", now));
        persist(new CustomerAccount(
                distribution.getId(), "C200", "Trakya Gıda Dağıtım A.Ş.", "muhasebe@trakya-gida.example"));
        DemoBins.rows(now).forEach(this::persist);
        // a plus-installment campaign as the banks run them (docs/routing.md): Maximum cards get 2 installments more on
        // 3
        // or more with DEMO for a year; the payer's page and the Online Collection screen show "3 + 2 installments"
        persist(new InstallmentCampaign(
                company.getId(),
                0,
                new PlusInstallmentCampaign(
                        "Maximum",
                        2,
                        3,
                        LocalDate.now(clock).minusDays(1),
                        LocalDate.now(clock).plusDays(365)),
                "demo",
                now));
        if (fourEyes.filter(f -> !f.isBlank()).isPresent()) {
            String[] threshold = fourEyes.get().trim().split("\\s+");
            persist(new FourEyesThreshold(company.getId(), threshold[0], new BigDecimal(threshold[1]), "demo", now));
        }
        LOG.info(() -> "Seeded demo data: company " + COMPANY_CODE + " with an EST definition at " + bankBaseUrl);
    }

    private VposDefinition estDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "ISBANK-EST",
                "İşbank Sanal POS",
                "Türkiye İş Bankası",
                GatewayFamily.EST,
                Environment.TEST,
                PaymentModel.REGULAR,
                bankBaseUrl + "/est/fim/api",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY", "USD", "EUR"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.75"), BigDecimal.ZERO, 1),
                new InstallmentPlan(2, new BigDecimal("2.10"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.60"), BigDecimal.ZERO, 1),
                new InstallmentPlan(6, new BigDecimal("3.90"), new BigDecimal("0.50"), 1)));
        d.putCredential(definitions.credential("apiUser", "ISBANKAPI", false));
        d.putCredential(definitions.credential("password", "ISBANK07", true));
        d.putCredential(definitions.credential("clientId", "700655000200", false));
        d.putCredential(definitions.credential("storeKey", "TRPS0200", true));
        d.makeCompanyDefault();
        d.enable(now);
        return d;
    }

    /**
     * Stripe on the simulator's demo account (test keys): the payer picks it on the hosted page. Its webhooks reach us
     * once {@link DemoStripeWebhook} has registered our inbox as the account's webhook endpoint.
     */
    private VposDefinition stripeDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                STRIPE_CODE,
                "Stripe",
                "Stripe",
                GatewayFamily.STRIPE,
                Environment.TEST,
                PaymentModel.THREE_D_HOST,
                bankBaseUrl + "/stripe",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY", "USD", "EUR"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(new InstallmentPlan(1, new BigDecimal("2.90"), new BigDecimal("0.30"), 2)));
        d.putCredential(definitions.credential("profileName", "Demo Ticaret (Stripe test)", false));
        d.putCredential(definitions.credential("publishableKey", DemoStripeWebhook.PUBLISHABLE_KEY, false));
        d.putCredential(definitions.credential("secretKey", "sk_test_51VposDemoSecretKey000000000000000", true));
        d.putCredential(definitions.credential("webhookSecret", DemoStripeWebhook.SIGNING_SECRET, true));
        d.enable(now);
        return d;
    }

    /**
     * 2Checkout on the simulator's demo merchant: the payer picks it on the hosted page; IPNs reach us once
     * {@link DemoProviderSettings} has told the simulated 2Checkout where (its control panel's IPN URL).
     */
    private VposDefinition twoCheckoutDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                TWOCHECKOUT_CODE,
                "2Checkout (Verifone)",
                "2Checkout",
                GatewayFamily.TWOCHECKOUT,
                Environment.TEST,
                PaymentModel.THREE_D_HOST,
                bankBaseUrl + "/twocheckout/checkout/buy",
                now);
        hostedProvider(d, bankAccountId);
        d.putCredential(definitions.credential("merchantCode", "DEMO2CO", false));
        d.putCredential(definitions.credential("secretKey", "2co-demo-secret-key", true));
        d.putCredential(definitions.credential("buyLinkSecretWord", "2co-demo-buy-link-word", true));
        d.putCredential(definitions.credential("ipnHashAlgorithm", "SHA256", false));
        d.enable(now);
        return d;
    }

    /** PayMaster on the simulator's demo site; the payment form names our notification URL itself. */
    private VposDefinition payMasterDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "PAYMASTER-DEMO",
                "PayMaster",
                "PayMaster",
                GatewayFamily.PAYMASTER,
                Environment.TEST,
                PaymentModel.THREE_D_HOST,
                bankBaseUrl + "/paymaster/Payment/Init",
                now);
        hostedProvider(d, bankAccountId);
        d.putCredential(definitions.credential("merchantId", "7f1c2a9e-0d4b-4c55-9a57-1b2d3e4f5a60", false));
        d.putCredential(definitions.credential("secretKey", "pm-demo-secret", true));
        d.putCredential(definitions.credential("hashAlgorithm", "SHA256", false));
        d.putCredential(definitions.credential("apiLogin", "demo-api", false));
        d.putCredential(definitions.credential("apiPassword", "pm-demo-api-password", true));
        d.enable(now);
        return d;
    }

    /** DEMO2's Tosla account on the simulator's demo merchant (client 1000000777): 3D Pay through our hosted page. */
    private VposDefinition toslaDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "TOSLA-DEMO2",
                "Tosla Sanal POS",
                "Tosla",
                GatewayFamily.TOSLA,
                Environment.TEST,
                PaymentModel.THREE_D_PAY,
                bankBaseUrl + "/tosla/api/Payment",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.95"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.90"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("clientId", "1000000777", false));
        d.putCredential(definitions.credential("apiUser", "DEMO2_API", false));
        d.putCredential(definitions.credential("apiPass", "Demo2-Tosla-2026", true));
        d.enable(now);
        return d;
    }

    /** DEMO2's Akbank (new API) terminal on the simulator's test merchant: 3D through our hosted page. */
    private VposDefinition akbankDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "AKBANK-DEMO2",
                "Akbank Sanal POS",
                "Akbank T.A.Ş.",
                GatewayFamily.AKBANK,
                Environment.TEST,
                PaymentModel.THREE_D,
                bankBaseUrl + "/akbank/api/v1/payment/virtualpos",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.85"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.75"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("merchantSafeId", "2023090417500272654BD9A49CF07574", false));
        d.putCredential(definitions.credential("terminalSafeId", "2023090417500284633D137A249DBBEB", false));
        d.putCredential(definitions.credential(
                "secretKey",
                "3230323330393034313735303032363031353172675f357637355f3273387373745f7233725f73323333383737335f"
                        + "323272383774767276327672323531355f",
                true));
        d.putCredential(definitions.credential("gatewayUrl", bankBaseUrl + "/akbank/gateway", false));
        d.enable(now);
        return d;
    }

    /** DEMO2's Vakıf Katılım account on the simulator's demo merchant (MerchantId 2): 3D through our hosted page. */
    private VposDefinition vakifKatilimDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "VAKIFKATILIM-DEMO2",
                "Vakıf Katılım Sanal POS",
                "Vakıf Katılım Bankası A.Ş.",
                GatewayFamily.VAKIF_KATILIM,
                Environment.TEST,
                PaymentModel.THREE_D,
                bankBaseUrl + "/vakifkatilim/VirtualPOS.Gateway/Home",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.80"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.70"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("merchantId", "2", false));
        d.putCredential(definitions.credential("customerId", "22222", false));
        d.putCredential(definitions.credential("userName", "DEMO2USER", false));
        d.putCredential(definitions.credential("password", "Demo2-VakifKatilim-2026", true));
        d.enable(now);
        return d;
    }

    /** DEMO2's Param (TurkPos) account on the simulator's demo merchant (terminal 10777): 3D, a SOAP service. */
    private VposDefinition paramDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "PARAM-DEMO2",
                "Param Sanal POS",
                "TURK Elektronik Para A.Ş.",
                GatewayFamily.PARAM,
                Environment.TEST,
                PaymentModel.THREE_D,
                bankBaseUrl + "/param/turkpos.ws/service_turkpos_test.asmx",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.75"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.65"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("clientCode", "10777", false));
        d.putCredential(definitions.credential("clientUsername", "DEMO2WS", false));
        d.putCredential(definitions.credential("clientPassword", "Demo2-Param-2026", true));
        d.putCredential(definitions.credential("guid", "7d2a6f0e-4c1b-4e3a-9f21-5b8c0d6e1a77", true));
        d.enable(now);
        return d;
    }

    /** DEMO2's Denizbank InterPOS shop on the simulator (shop 3124): 3D Pay through our hosted page. */
    private VposDefinition interPosDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "INTERPOS-DEMO2",
                "Denizbank Sanal POS",
                "Denizbank A.Ş.",
                GatewayFamily.INTERPOS,
                Environment.TEST,
                PaymentModel.THREE_D_PAY,
                bankBaseUrl + "/interpos/mpi/Default.aspx",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.80"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.70"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("shopCode", "3124", false));
        d.putCredential(definitions.credential("userCode", "DEMO2_INTER", false));
        d.putCredential(definitions.credential("userPass", "Demo2-Inter-2026", true));
        d.putCredential(definitions.credential("storeKey", "Demo2InterKey", true));
        d.enable(now);
        return d;
    }

    /** DEMO2's Albaraka (PosNet V1 JSON) terminal on the simulator (merchant 6700950077): 3D through our hosted page. */
    private VposDefinition posNetV1Definition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "POSNETV1-DEMO2",
                "Albaraka Sanal POS",
                "Albaraka Türk Katılım Bankası A.Ş.",
                GatewayFamily.POSNET_V1,
                Environment.TEST,
                PaymentModel.THREE_D,
                bankBaseUrl + "/posnetv1/ALBMerchantService/MerchantJSONAPI.svc",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.70"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.65"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("merchantNo", "6700950077", false));
        d.putCredential(definitions.credential("terminalNo", "67540077", false));
        d.putCredential(definitions.credential("posnetId", "1010028724240077", false));
        d.putCredential(definitions.credential("storeKey", "22,22,22,22,22,22,22,22", true));
        d.putCredential(definitions.credential(
                "gatewayUrl",
                bankBaseUrl + "/posnetv1/ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx",
                false));
        d.enable(now);
        return d;
    }

    /**
     * DEMO2's VakıfBank Common Payment terminal on the simulator (demo merchant 000100000099999, terminal VP000579):
     * 3D Host, the bank's card page.
     */
    private VposDefinition payFlexCpDefinition(long companyId, long bankAccountId, OffsetDateTime now) {
        VposDefinition d = new VposDefinition(
                companyId,
                "PAYFLEXCP-DEMO2",
                "VakıfBank Ortak Ödeme",
                "Türkiye Vakıflar Bankası T.A.O.",
                GatewayFamily.PAYFLEX_CP,
                Environment.TEST,
                PaymentModel.THREE_D_HOST,
                bankBaseUrl + "/payflexcp/CommonPayment/api",
                now);
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(
                new InstallmentPlan(1, new BigDecimal("1.72"), BigDecimal.ZERO, 1),
                new InstallmentPlan(3, new BigDecimal("2.68"), BigDecimal.ZERO, 1)));
        d.putCredential(definitions.credential("merchantId", "000100000099999", false));
        d.putCredential(definitions.credential("terminalId", "VP000579", false));
        d.putCredential(definitions.credential("password", "DEMOCP13506", true));
        d.enable(now);
        return d;
    }

    /** A hosted provider's single payment with its per-transaction fee (3.90 % + 0.45), never the company default. */
    private void hostedProvider(VposDefinition d, long bankAccountId) {
        d.configureDeadline(5_000, readTimeoutMs);
        d.configureLimits(Set.of("TRY", "USD", "EUR"), new BigDecimal("1.00"), new BigDecimal("250000.00"));
        d.settleTo(bankAccountId);
        d.configurePlans(List.of(new InstallmentPlan(1, new BigDecimal("3.90"), new BigDecimal("0.45"), 2)));
    }

    private boolean alreadySeeded() {
        return !em.createQuery("select c.id from Company c where c.code = :code", Long.class)
                .setParameter("code", COMPANY_CODE)
                .getResultList()
                .isEmpty();
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
