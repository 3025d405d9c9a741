package dev.vpos.shared.infrastructure.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.collection.application.IdempotencyConflictException;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 7: a business refusal leaving a {@code @Transactional} method must not make Liberty write an FFDC
 * incident. Liberty skips the incident only for exceptions in the annotation's {@code dontRollbackOn}, so every
 * {@code @Transactional} of the module must list {@link BusinessException} (BusinessRefusalRollback still rolls back).
 */
class QuietRefusalsTest {

    private static final Pattern TRANSACTIONAL = Pattern.compile("@Transactional\\b(\\([^)]*\\))?");

    @Test
    void everyRefusalTheApiMapsToA4xxIsABusinessException() {
        for (Class<?> refusal : List.of(
                InvalidInputException.class,
                NotFoundException.class,
                RuleViolationException.class,
                IdempotencyConflictException.class)) {
            assertTrue(BusinessException.class.isAssignableFrom(refusal), refusal.getName());
        }
    }

    @Test
    void everyTransactionalMethodAndClassListsBusinessExceptionInDontRollbackOn() throws IOException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path sources :
                List.of(Path.of("src", "main", "java"), Path.of("..", "web-module", "src", "main", "java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.getFileName().toString().equals("BusinessRefusalRollback.java")) {
                        continue; // the interceptors' own bindings
                    }
                    String text = Files.readString(file);
                    Matcher m = TRANSACTIONAL.matcher(text);
                    while (m.find()) {
                        if (text.lastIndexOf("{@code", m.start()) > text.lastIndexOf('}', m.start())) {
                            continue; // mentioned in a comment
                        }
                        seen++;
                        if (m.group(1) == null || !m.group(1).contains("dontRollbackOn = BusinessException.class")) {
                            missing.add(file.getFileName() + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertTrue(seen > 50, "found the annotations: " + seen);
        assertEquals(List.of(), missing);
    }
}
