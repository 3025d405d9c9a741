package dev.vpos.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.web.rest.admin.KeyStatusResponse;
import dev.vpos.web.rest.checkout.CheckoutResponse;
import dev.vpos.web.rest.collections.BankReportResponse;
import dev.vpos.web.rest.companies.CompanyResponse;
import dev.vpos.web.rest.companies.CustomerAccountResponse;
import dev.vpos.web.rest.companies.SavedCardResponse;
import dev.vpos.web.rest.definitions.ConnectionResponse;
import dev.vpos.web.rest.definitions.DefinitionAuditResponse;
import dev.vpos.web.rest.definitions.DefinitionResponse;
import dev.vpos.web.rest.definitions.FamilyResponse;
import dev.vpos.web.rest.health.HealthReportResponse;
import dev.vpos.web.rest.quotes.QuoteResponse;
import dev.vpos.web.rest.reconciliation.DayResponse;
import dev.vpos.web.rest.reconciliation.DefinitionChoiceResponse;
import dev.vpos.web.rest.reconciliation.ImportResponse;
import dev.vpos.web.rest.reconciliation.ItemResponse;
import dev.vpos.web.rest.reconciliation.MappingResponse;
import dev.vpos.web.rest.reconciliation.ReconciliationAuditResponse;
import dev.vpos.web.rest.returncodes.ReturnCodeResponse;
import dev.vpos.web.rest.txlog.PruningReportResponse;
import dev.vpos.web.rest.txlog.RetentionResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resources answer with web DTOs mapped from the application's results (issue #15 item 4); the JSON stays what the
 * application's records wrote: for each DTO, an application value with every component set — and one with every
 * nullable component null — is written by JSON-B (Yasson, as Liberty runs it) directly and through the DTO, and the
 * two texts are the same (names, nesting, number and date formats, omitted nulls).
 */
class ResponseJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @ParameterizedTest
    @ValueSource(
            classes = {
                KeyStatusResponse.class,
                CheckoutResponse.class,
                BankReportResponse.class,
                CompanyResponse.class,
                CustomerAccountResponse.class,
                SavedCardResponse.class,
                ConnectionResponse.class,
                DefinitionAuditResponse.class,
                DefinitionResponse.class,
                FamilyResponse.class,
                HealthReportResponse.class,
                QuoteResponse.class,
                DayResponse.class,
                DefinitionChoiceResponse.class,
                ImportResponse.class,
                ItemResponse.class,
                MappingResponse.class,
                ReconciliationAuditResponse.class,
                ReturnCodeResponse.class,
                PruningReportResponse.class,
                RetentionResponse.class
            })
    void theDtoWritesTheSameJsonAsTheApplicationType(Class<?> dto) throws Exception {
        Method of = dto.getMethod("of", applicationType(dto));
        Class<?> source = of.getParameterTypes()[0];
        assertTrue(source.getPackageName().matches(".*\\.(application|domain)"), source.getName());

        Object full = sample(source, false);
        String expected = JSONB.toJson(full);
        assertEquals(expected, JSONB.toJson(of.invoke(null, full)));
        assertTrue(expected.length() > 20, expected);

        Object sparse = sample(source, true);
        if (sparse != null) {
            assertEquals(JSONB.toJson(sparse), JSONB.toJson(of.invoke(null, sparse)));
        }
    }

    private static Class<?> applicationType(Class<?> dto) {
        for (Method m : dto.getMethods()) {
            if (m.getName().equals("of") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1) {
                return m.getParameterTypes()[0];
            }
        }
        throw new AssertionError(dto + " has no of(...)");
    }

    /** A value of the type with every component set, or (nulls) with every reference component null if it allows. */
    private static Object sample(Class<?> type, boolean nulls) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = nulls && !types[i].isPrimitive()
                    ? null
                    : value(components[i].getGenericType(), components[i].getName(), i);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
            return canonical.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException refused) {
            if (nulls) {
                return null; // the application type refuses nulls (e.g. CredentialSchema)
            }
            throw refused;
        }
    }

    private static Object value(Type generic, String name, int i) throws Exception {
        if (generic instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(value(args[0], name, i), value(args[0], name + "2", i + 1));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(value(args[0], name, i));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(value(args[0], name, i), value(args[1], name, i));
            }
            throw new AssertionError("no sample for " + generic);
        }
        Class<?> c = (Class<?>) generic;
        if (c == String.class) {
            return name + "-" + i;
        }
        if (c == int.class || c == Integer.class) {
            return 10 + i;
        }
        if (c == long.class || c == Long.class) {
            return 1000L + i;
        }
        if (c == boolean.class || c == Boolean.class) {
            return i % 2 == 0;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1250.50").add(BigDecimal.valueOf(i));
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 12, 7, 10, 30, i, 0, ZoneOffset.ofHours(3));
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 12, 1 + i % 28);
        }
        if (c == Instant.class) {
            return Instant.parse("2026-12-07T10:30:00Z").plusSeconds(i);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[i % c.getEnumConstants().length];
        }
        if (c.isRecord()) {
            return sample(c, false);
        }
        throw new AssertionError("no sample for " + c);
    }
}
