package dev.vpos.definitions.application;

import dev.vpos.definitions.domain.DefinitionSettings;
import dev.vpos.definitions.domain.Discount;
import dev.vpos.definitions.domain.Environment;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks every field of a definition (and its credentials against the family's schema), reporting all problems. */
final class DefinitionValidator {

    private DefinitionValidator() {}

    /** A definition that passed its checks: settings and the credential values to store (name → value). */
    record ValidDefinition(DefinitionSettings settings, CredentialSchema schema, Map<String, String> credentials) {}

    static ValidDefinition validate(
            DefinitionCommand c,
            Function<GatewayFamily, Optional<CredentialSchema>> schemas,
            Function<Long, Boolean> bankAccountOfCompany) {
        List<FieldError> errors = new ArrayList<>();
        String code = text(c.code(), "code", "[A-Z0-9][A-Z0-9_-]{1,39}", errors);
        String displayName = text(c.displayName(), "displayName", ".{1,100}", errors);
        String bankName = text(c.bankName(), "bankName", ".{1,100}", errors);
        CredentialSchema schema = family(c.family(), schemas, errors);
        Environment environment = choice(c.environment(), "environment", Environment.class, errors);
        PaymentModel model = choice(c.paymentModel(), "paymentModel", PaymentModel.class, errors);
        if (schema != null && model != null && !schema.paymentModels().contains(model.name())) {
            errors.add(FieldError.of("paymentModel", "definition.modelNotSupported", model, schema.family()));
        }
        String testEndpoint = endpoint(
                c.testEndpointUrl(),
                "testEndpointUrl",
                schema == null ? null : schema.defaultTestEndpoint(),
                environment == Environment.TEST,
                false,
                errors);
        String liveEndpoint = endpoint(
                c.liveEndpointUrl(),
                "liveEndpointUrl",
                schema == null ? null : schema.defaultLiveEndpoint(),
                environment == Environment.LIVE,
                true,
                errors);
        int connect = range(c.connectTimeoutMs(), 5_000, "connectTimeoutMs", 100, 30_000, errors);
        int read = range(c.readTimeoutMs(), 30_000, "readTimeoutMs", 1_000, 120_000, errors);
        Set<String> currencies = currencies(c.currencies(), errors);
        BigDecimal min = decimal(c.minAmount(), "minAmount", errors);
        BigDecimal max = decimal(c.maxAmount(), "maxAmount", errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(FieldError.of("maxAmount", "definition.maxBelowMin"));
        }
        List<InstallmentPlan> plans = InstallmentPlans.validate(c.installmentPlans(), errors);
        Discount discount = discount(c.discountType(), c.discountValue(), errors);
        String logoUrl = LogoUrls.validate(c.logoUrl(), errors);
        String outgoingIp = blankToNull(c.outgoingIp());
        if (outgoingIp != null && !outgoingIp.matches("[0-9A-Fa-f:.]{2,45}")) {
            errors.add(FieldError.of("outgoingIp", "definition.ip"));
        }
        if (c.bankAccountId() != null && !bankAccountOfCompany.apply(c.bankAccountId())) {
            errors.add(FieldError.of("bankAccountId", "definition.bankAccountNotOfCompany", c.bankAccountId()));
        }
        Map<String, String> credentials = c.credentials() == null ? Map.of() : c.credentials();
        if (schema != null) {
            credentials(credentials, schema, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidDefinition(
                new DefinitionSettings(
                        code,
                        displayName,
                        bankName,
                        logoUrl,
                        schema.family(),
                        environment,
                        model,
                        testEndpoint,
                        liveEndpoint,
                        connect,
                        read,
                        currencies,
                        min,
                        max,
                        plans,
                        discount,
                        Boolean.TRUE.equals(c.saveCardAllowed()),
                        outgoingIp,
                        c.bankAccountId(),
                        Boolean.TRUE.equals(c.companyDefault())),
                schema,
                credentials);
    }

    private static void credentials(Map<String, String> given, CredentialSchema schema, List<FieldError> errors) {
        given.forEach((name, value) -> {
            Optional<CredentialField> field = schema.field(name);
            if (field.isEmpty()) {
                errors.add(FieldError.of("credentials." + name, "definition.credentialUnknown", schema.family()));
            } else if (value != null && !value.isEmpty() && !field.get().accepts(value)) {
                errors.add(FieldError.of(
                        "credentials." + name,
                        "definition.credentialFormat",
                        field.get().formatHint()));
            }
        });
    }

    private static CredentialSchema family(
            String family, Function<GatewayFamily, Optional<CredentialSchema>> schemas, List<FieldError> errors) {
        GatewayFamily f = choice(family, "family", GatewayFamily.class, errors);
        if (f == null) {
            return null;
        }
        Optional<CredentialSchema> schema = schemas.apply(f);
        if (schema.isEmpty()) {
            errors.add(FieldError.of("family", "definition.familyWithoutAdapter", f));
        }
        return schema.orElse(null);
    }

    /**
     * An endpoint: given, or the family default (a live default only where the family has one host for everybody);
     * required for the definition's own environment; https for live.
     */
    private static String endpoint(
            String url, String field, String familyDefault, boolean needed, boolean live, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            if (familyDefault != null && !familyDefault.contains("<")) {
                return familyDefault;
            }
            if (needed) {
                errors.add(FieldError.of(field, "field.required"));
            }
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            if (live && !"https".equals(uri.getScheme())) {
                errors.add(FieldError.of(field, "definition.liveNeedsHttps"));
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "definition.url"));
            return null;
        }
    }

    private static Discount discount(String type, String value, List<FieldError> errors) {
        Discount.Type t = type == null || type.isBlank()
                ? Discount.Type.NONE
                : choice(type, "discountType", Discount.Type.class, errors);
        BigDecimal v = decimal(value == null || value.isBlank() ? "0" : value, "discountValue", errors);
        if (t == null || v == null) {
            return Discount.none();
        }
        if (t == Discount.Type.PERCENT && v.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(FieldError.of("discountValue", "definition.rate"));
        }
        return t == Discount.Type.NONE ? Discount.none() : new Discount(t, v);
    }

    private static Set<String> currencies(List<String> codes, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            errors.add(FieldError.of("currencies", "field.required"));
            return out;
        }
        for (String code : codes) {
            try {
                if (code == null || !code.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException();
                }
                out.add(Currency.getInstance(code).getCurrencyCode());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("currencies", "currency.unknown", String.valueOf(code)));
            }
        }
        return out;
    }

    private static String text(String value, String field, String pattern, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "field.required"));
            return null;
        }
        String v = value.trim();
        if (!v.matches(pattern)) {
            errors.add(FieldError.of(field, "definition." + field));
        }
        return v;
    }

    private static <E extends Enum<E>> E choice(String value, String field, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "field.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "definition.choice", value, List.of(type.getEnumConstants())));
            return null;
        }
    }

    static int range(Integer value, int fallback, String field, int min, int max, List<FieldError> errors) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            errors.add(FieldError.of(field, "field.range", min, max));
        }
        return v;
    }

    static BigDecimal decimal(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.trim());
            if (d.signum() < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "definition.decimal"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
