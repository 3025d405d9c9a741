package dev.vpos.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's bounded contexts are the packages right under {@code dev.vpos} (collection, batches, reconciliation,
 * definitions, ...). Each owns its tables and is the only one to change them; the others call its application API or
 * react to its events (issue #15 item 2). These rules keep it so:
 *
 * <ul>
 *   <li>no cycle between contexts;
 *   <li>an entity is created and changed (its void methods: the commands) only by its own context — except by
 *       {@code demo}, which seeds the run and test servers' demo data set into an empty database at start-up (a fixture,
 *       never run in production, that builds each context's rows as that context's tests would);
 *   <li>SQL that writes a table ({@code insert into}, {@code update}, {@code delete from}) is written only in the
 *       context that owns the table: the one whose entity maps it, or the one named below for tables without one.
 * </ul>
 */
class ContextBoundariesTest {

    /** Tables without an entity, and their owners. */
    private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.of(
            "held_card", "collection",
            "statement_import_progress", "reconciliation",
            "unclassified_return_code", "returncodes",
            "scheduled_task_lease", "shared",
            "staff_session", "shared",
            "staff_company_access", "access",
            "staff_company_grant", "access");

    private static final Pattern WRITE = Pattern.compile(
            "\"[^\"]*?\\b(insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vpos");
    }

    @Test
    void contextsDependOnEachOtherWithoutCycles() {
        slices().matching("dev.vpos.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void anEntityIsCreatedAndChangedOnlyByItsOwnContext() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            String own = context(c);
            if (own.equals("demo")) {
                continue;
            }
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                if (isEntity(target)
                        && !context(target).equals(own)
                        && call.getTarget().getRawReturnType().getName().equals("void")) {
                    violations.add(call.getDescription());
                }
            }
            for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                if (isEntity(target) && !context(target).equals(own)) {
                    violations.add(call.getDescription());
                }
            }
        }
        assertEquals(List.of(), violations, "another context's entity created or changed");
    }

    @Test
    void sqlWritesOnlyTheTablesOfItsOwnContext() throws IOException {
        Map<String, String> owners = owners();
        Path sources = Path.of("src", "main", "java", "dev", "vpos");
        List<String> violations = new ArrayList<>();
        int writes = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String context = sources.relativize(file).getName(0).toString();
                String text = Files.readString(file);
                Matcher m = WRITE.matcher(text);
                while (m.find()) {
                    String table = m.group(2).toLowerCase(Locale.ROOT);
                    if (!owners.containsKey(table)) {
                        continue; // words in a message ("update would ..."), not a table
                    }
                    writes++;
                    if (!owners.get(table).equals(context)) {
                        violations.add(
                                file + ": " + m.group(1) + " " + table + " (owned by " + owners.get(table) + ")");
                    }
                }
            }
        }
        assertTrue(writes > 10, "the scan finds the module's SQL writes (" + writes + ")");
        assertEquals(List.of(), violations, "SQL that writes another context's table");
    }

    /** Every table and its context: the entities' tables, and the ones without an entity. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>(TABLES_WITHOUT_ENTITY);
        for (JavaClass c : classes) {
            if (isEntity(c) && c.isAnnotatedWith(Table.class)) {
                String table = c.getAnnotationOfType(Table.class).name().toLowerCase(Locale.ROOT);
                String previous = owners.put(table, context(c));
                assertTrue(previous == null || previous.equals(context(c)), table + " mapped in two contexts: " + c);
            }
        }
        return owners;
    }

    private static boolean isEntity(JavaClass c) {
        return c.isAnnotatedWith(Entity.class);
    }

    private static String context(JavaClass c) {
        String rest = c.getPackageName().substring("dev.vpos.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
