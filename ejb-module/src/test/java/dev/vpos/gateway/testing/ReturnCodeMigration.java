package dev.vpos.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The return codes a family's Flyway migration seeds, read from the script on the class path, for the families'
 * catalogue tests: bank code → {reason, fraud suspected ("TRUE"/"FALSE")}.
 */
public final class ReturnCodeMigration {

    private ReturnCodeMigration() {}

    /**
     * @param family the family's name as the rows spell it (e.g. {@code AKBANK})
     * @param script the migration's file name (e.g. {@code V81__akbank.sql})
     */
    public static Map<String, String[]> rows(String family, String script) throws IOException {
        Pattern row = Pattern.compile(
                "^\\('" + Pattern.quote(family) + "', '([^']+)', +'([A-Z_]+)'.*(TRUE|FALSE), +(TRUE|FALSE)\\)[,;]$",
                Pattern.MULTILINE);
        try (InputStream in = ReturnCodeMigration.class.getResourceAsStream("/db/migration/" + script)) {
            assertNotNull(in, script + " is on the classpath");
            Matcher m = row.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String[]> rows = new HashMap<>();
            while (m.find()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(4)});
            }
            return rows;
        }
    }
}
