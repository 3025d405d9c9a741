package dev.vpos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A use case reads as the business rule (issue #15 item 3): queries and persistence calls live in a repository or
 * query class per aggregate in the context's {@code infrastructure} package, and a context's infrastructure is used by
 * that context alone.
 */
class PersistenceInInfrastructureTest {

    /**
     * Application classes allowed to hold an EntityManager or a Query, each with why. Empty: every use case reaches the
     * database through its context's repositories and query classes.
     */
    private static final Set<String> STILL_HOLDING_AN_ENTITY_MANAGER = Set.of();

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vpos");
    }

    @Test
    void useCasesDoNotTouchTheEntityManagerOrQueries() {
        noClasses()
                .that()
                .resideInAPackage("dev.vpos..application..")
                .and(DescribedPredicate.describe(
                        "are not on the allow-list",
                        (JavaClass c) -> !STILL_HOLDING_AN_ENTITY_MANAGER.contains(
                                c.getName().substring("dev.vpos.".length()).replaceAll("\\$.*", ""))))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .because("queries belong with their aggregate in the context's infrastructure package")
                .check(classes);
    }

    @Test
    void aContextsRepositoriesAreUsedOnlyByThatContext() {
        noClasses()
                .should(new ArchCondition<JavaClass>("use another context's repository or query class") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String own = context(c);
                        c.getDirectDependenciesFromSelf().forEach(d -> {
                            JavaClass target = d.getTargetClass();
                            if (!isRepository(target)) {
                                return;
                            }
                            String theirs = context(target);
                            if (!theirs.equals(own)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                })
                .check(classes);
    }

    /** A class of a context's infrastructure that holds an EntityManager: a repository or query class. */
    private static boolean isRepository(JavaClass c) {
        return c.getPackageName().startsWith("dev.vpos.")
                && c.getPackageName().contains(".infrastructure")
                && c.getAllFields().stream()
                        .anyMatch(f -> f.getRawType().getName().equals("jakarta.persistence.EntityManager"));
    }

    private static String context(JavaClass c) {
        String rest = c.getPackageName().substring("dev.vpos.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
