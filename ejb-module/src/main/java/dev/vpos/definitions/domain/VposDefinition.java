package dev.vpos.definitions.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A VPOS account that one company holds at one bank. */
@Entity
@Table(name = "vpos_definition")
public class VposDefinition {

    @Id
    @SequenceGenerator(name = "vpos_definition_seq", sequenceName = "vpos_definition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vpos_definition_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "bank_name", nullable = false, length = 100)
    private String bankName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GatewayFamily family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Environment environment;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_model", nullable = false, length = 20)
    private PaymentModel paymentModel;

    @Column(name = "test_endpoint_url", length = 500)
    private String testEndpointUrl;

    @Column(name = "live_endpoint_url", length = 500)
    private String liveEndpointUrl;

    @Column(name = "connect_timeout_ms", nullable = false)
    private int connectTimeoutMs;

    @Column(name = "read_timeout_ms", nullable = false)
    private int readTimeoutMs;

    @Column(nullable = false, length = 100)
    private String currencies;

    @Column(name = "min_amount", precision = 19, scale = 4)
    private BigDecimal minAmount;

    @Column(name = "max_amount", precision = 19, scale = 4)
    private BigDecimal maxAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_type", nullable = false, length = 10)
    private Discount.Type discountType = Discount.Type.NONE;

    @Column(name = "discount_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal discountValue = BigDecimal.ZERO;

    @Column(name = "save_card_allowed", nullable = false)
    private boolean saveCardAllowed;

    @Column(name = "outgoing_ip", length = 45)
    private String outgoingIp;

    @Column(name = "bank_account_id")
    private Long bankAccountId;

    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    @Column(name = "test_approved_at")
    private OffsetDateTime testApprovedAt;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "is_default", nullable = false)
    private boolean defaultForCompany;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vpos_definition_credential", joinColumns = @JoinColumn(name = "definition_id"))
    private List<StoredCredential> credentials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "definition_installment_plan", joinColumns = @JoinColumn(name = "definition_id"))
    @OrderBy("installments")
    private List<InstallmentPlan> installmentPlans = new ArrayList<>();

    protected VposDefinition() {}

    public VposDefinition(
            long companyId,
            String code,
            String displayName,
            String bankName,
            GatewayFamily family,
            Environment environment,
            PaymentModel paymentModel,
            String endpointUrl,
            OffsetDateTime now) {
        // endpointUrl is the endpoint of the given environment
        this.companyId = companyId;
        this.code = Objects.requireNonNull(code);
        this.displayName = Objects.requireNonNull(displayName);
        this.bankName = Objects.requireNonNull(bankName);
        this.family = Objects.requireNonNull(family);
        this.environment = Objects.requireNonNull(environment);
        this.paymentModel = Objects.requireNonNull(paymentModel);
        if (environment == Environment.LIVE) {
            this.liveEndpointUrl = Objects.requireNonNull(endpointUrl);
        } else {
            this.testEndpointUrl = Objects.requireNonNull(endpointUrl);
        }
        this.connectTimeoutMs = 5_000;
        this.readTimeoutMs = 30_000;
        this.currencies = "TRY";
        this.installmentPlans.add(InstallmentPlan.singlePaymentFree());
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new definition from an admin's settings: disabled until enabled. */
    public VposDefinition(long companyId, DefinitionSettings settings, OffsetDateTime now) {
        this(
                companyId,
                settings.code(),
                settings.displayName(),
                settings.bankName(),
                settings.family(),
                settings.environment(),
                settings.paymentModel(),
                settings.environment() == Environment.LIVE ? settings.liveEndpointUrl() : settings.testEndpointUrl(),
                now);
        apply(settings, now);
    }

    /** Applies an admin's edit. The family cannot change: its credentials would no longer fit. */
    public void apply(DefinitionSettings s, OffsetDateTime now) {
        if (s.family() != family) {
            throw new IllegalArgumentException("the family of a definition cannot change");
        }
        code = s.code();
        displayName = s.displayName();
        bankName = s.bankName();
        logoUrl = s.logoUrl();
        if (s.environment() != environment) {
            enabled = false; // switching between TEST and LIVE always needs a deliberate enable
        }
        environment = s.environment();
        paymentModel = s.paymentModel();
        testEndpointUrl = s.testEndpointUrl();
        liveEndpointUrl = s.liveEndpointUrl();
        configureDeadline(s.connectTimeoutMs(), s.readTimeoutMs());
        configureLimits(s.currencies(), s.minAmount(), s.maxAmount());
        configurePlans(s.installmentPlans());
        bankAccountId = s.bankAccountId();
        discountType = s.discount().type();
        discountValue = s.discount().value();
        saveCardAllowed = s.saveCardAllowed();
        outgoingIp = s.outgoingIp();
        defaultForCompany = s.companyDefault();
        updatedAt = now;
    }

    /** The settings as they are now (to copy a definition or to compare before and after an edit). */
    public DefinitionSettings settings() {
        return new DefinitionSettings(
                code,
                displayName,
                bankName,
                logoUrl,
                family,
                environment,
                paymentModel,
                testEndpointUrl,
                liveEndpointUrl,
                connectTimeoutMs,
                readTimeoutMs,
                Set.of(currencies.split(",")),
                minAmount,
                maxAmount,
                installmentPlans,
                new Discount(discountType, discountValue),
                saveCardAllowed,
                outgoingIp,
                bankAccountId,
                defaultForCompany);
    }

    /** A LIVE definition goes live only after a test approval, unless an admin overrides with a reason. */
    public boolean needsOverrideToEnable() {
        return environment == Environment.LIVE && testApprovedAt == null;
    }

    public void disable(OffsetDateTime now) {
        enabled = false;
        updatedAt = now;
    }

    public void makeCompanyDefault() {
        defaultForCompany = true;
    }

    public void notDefault() {
        defaultForCompany = false;
    }

    public void removeCredential(String name) {
        credentials.removeIf(c -> c.name().equals(name));
    }

    public void configureDeadline(int connectTimeoutMs, int readTimeoutMs) {
        if (connectTimeoutMs <= 0 || readTimeoutMs <= 0) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    public void configureLimits(Set<String> acceptedCurrencies, BigDecimal min, BigDecimal max) {
        if (acceptedCurrencies.isEmpty()) {
            throw new IllegalArgumentException("at least one currency is required");
        }
        this.currencies = acceptedCurrencies.stream().sorted().collect(Collectors.joining(","));
        this.minAmount = min;
        this.maxAmount = max;
    }

    /** The installment counts offered, each with its commission, fixed fee and blocked days; 1 must be among them. */
    public void configurePlans(List<InstallmentPlan> plans) {
        if (plans.stream().noneMatch(p -> p.installments() == 1)) {
            throw new IllegalArgumentException("a single payment (1 installment) must be offered");
        }
        installmentPlans.clear();
        installmentPlans.addAll(plans);
    }

    public void settleTo(Long bankAccountId) {
        this.bankAccountId = bankAccountId;
    }

    public Optional<InstallmentPlan> plan(int installments) {
        return installmentPlans.stream()
                .filter(p -> p.installments() == installments)
                .findFirst();
    }

    public void enable(OffsetDateTime now) {
        this.enabled = true;
        this.updatedAt = now;
    }

    public void putCredential(StoredCredential credential) {
        credentials.removeIf(c -> c.name().equals(credential.name()));
        credentials.add(credential);
    }

    public boolean accepts(String currencyCode) {
        return Arrays.asList(currencies.split(",")).contains(currencyCode);
    }

    /** Whether the amount is inside this definition's min/max (bounds inclusive; null = unbounded). */
    public boolean withinLimits(Money amount) {
        BigDecimal value = amount.amount();
        return (minAmount == null || value.compareTo(minAmount) >= 0)
                && (maxAmount == null || value.compareTo(maxAmount) <= 0);
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCode() {
        return code;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBankName() {
        return bankName;
    }

    public GatewayFamily getFamily() {
        return family;
    }

    public Environment getEnvironment() {
        return environment;
    }

    public PaymentModel getPaymentModel() {
        return paymentModel;
    }

    /** The endpoint of the current environment. */
    public String getEndpointUrl() {
        return environment == Environment.LIVE ? liveEndpointUrl : testEndpointUrl;
    }

    public String getTestEndpointUrl() {
        return testEndpointUrl;
    }

    public String getLiveEndpointUrl() {
        return liveEndpointUrl;
    }

    public List<InstallmentPlan> getInstallmentPlans() {
        return List.copyOf(installmentPlans);
    }

    public Discount getDiscount() {
        return new Discount(discountType, discountValue);
    }

    public boolean isSaveCardAllowed() {
        return saveCardAllowed;
    }

    public String getOutgoingIp() {
        return outgoingIp;
    }

    public int getConnectTimeoutMs() {
        return connectTimeoutMs;
    }

    public int getReadTimeoutMs() {
        return readTimeoutMs;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDefaultForCompany() {
        return defaultForCompany;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public OffsetDateTime getTestApprovedAt() {
        return testApprovedAt;
    }

    public long getVersion() {
        return version;
    }

    public String getCurrencies() {
        return currencies;
    }

    public Long getBankAccountId() {
        return bankAccountId;
    }

    public List<StoredCredential> getCredentials() {
        return List.copyOf(credentials);
    }
}
