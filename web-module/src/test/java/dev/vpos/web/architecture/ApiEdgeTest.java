package dev.vpos.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API edge rule (issue #15 item 4): a JAX-RS resource method in {@code dev.vpos.web.rest} answers with the web
 * module's own DTOs (records in the resource's package), mapped from the application's results at the edge. Neither
 * its return type nor a type it wraps ({@code PageResponse<T>}, {@code List<T>}, ...) comes from an {@code application}
 * or {@code domain} package. So the JSON is the web module's decision, and MicroProfile OpenAPI describes every answer
 * with its properties (Open Liberty does not read the schemas of the EJB module's classes).
 */
class ApiEdgeTest {

    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private static final Pattern INNER_LAYERS = Pattern.compile("\\.(application|domain)(\\.|$)");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vpos.web.rest");
    }

    @Test
    void resourcesAnswerWithWebDtosOnly() {
        List<String> methods = resourceMethods();
        assertTrue(methods.size() > 60, "the scan finds the API's methods: " + methods.size());
        List<String> offending = classes.stream()
                .filter(c -> c.getPackageName().startsWith("dev.vpos.web.rest"))
                .flatMap(c -> c.getMethods().stream())
                .filter(ApiEdgeTest::isResourceMethod)
                .filter(m -> m.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(ApiEdgeTest::inner))
                .map(m -> m.getFullName() + " returns " + m.getReturnType().getName())
                .sorted()
                .toList();
        assertEquals(List.of(), offending, "resource methods returning application or domain types");
    }

    @Test
    void theRuleSeesAWrappedApplicationType() {
        JavaClasses own = new ClassFileImporter().importClasses(Fixture.class);
        JavaMethod m = own.get(Fixture.class).getMethod("listing");
        assertTrue(isResourceMethod(m));
        assertTrue(m.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(ApiEdgeTest::inner));
    }

    private List<String> resourceMethods() {
        return classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(ApiEdgeTest::isResourceMethod)
                .map(JavaMethod::getFullName)
                .toList();
    }

    private static boolean isResourceMethod(JavaMethod m) {
        return m.getOwner().isAnnotatedWith(Path.class) && VERBS.stream().anyMatch(m::isAnnotatedWith);
    }

    private static boolean inner(JavaClass type) {
        return INNER_LAYERS.matcher(type.getPackageName()).find();
    }

    /** What the rule must refuse: an application record wrapped in the web module's page. */
    @Path("fixture")
    static class Fixture {
        @GET
        public dev.vpos.web.rest.PageResponse<List<dev.vpos.shared.application.Page<String>>> listing() {
            return null;
        }
    }
}
