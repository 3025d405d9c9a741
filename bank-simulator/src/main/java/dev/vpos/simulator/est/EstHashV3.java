package dev.vpos.simulator.est;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The EST "ver3" hash of a 3-D form and of the gate's callback (one function for both): every field except
 * {@code hash}, {@code encoding} and {@code nationalidno} (names compared case-insensitively), sorted by name in
 * natural, case-insensitive order (PHP {@code ksort(SORT_NATURAL | SORT_FLAG_CASE)}); the values in that order and
 * the store key last, each escaped ({@code \} → {@code \\} first, then {@code |} → {@code \|}), joined with
 * {@code |}; Base64 of SHA-512 over the UTF-8 bytes. Source: mewebstudio/pos {@code src/Crypt/EstV3PosCrypt.php}.
 */
public final class EstHashV3 {

    private static final Set<String> NOT_HASHED = Set.of("hash", "encoding", "nationalidno");

    private EstHashV3() {}

    public static String of(Map<String, String> fields, String storeKey) {
        List<String> names = new ArrayList<>();
        for (String name : fields.keySet()) {
            if (!NOT_HASHED.contains(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        names.sort(EstHashV3::naturalIgnoreCase);
        StringBuilder plain = new StringBuilder();
        for (String name : names) {
            plain.append(escape(fields.get(name))).append('|');
        }
        plain.append(escape(storeKey));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-512").digest(plain.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
    }

    /** Constant-time comparison of a received hash with the expected one. */
    public static boolean matches(String received, String expected) {
        return received != null
                && MessageDigest.isEqual(
                        received.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** PHP's strnatcasecmp: runs of digits compare as numbers, everything else character by character, ignoring case. */
    static int naturalIgnoreCase(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (Character.isDigit(cx) && Character.isDigit(cy)) {
                int ei = digitsEnd(x, i);
                int ej = digitsEnd(y, j);
                String nx = stripZeros(x.substring(i, ei));
                String ny = stripZeros(y.substring(j, ej));
                int byNumber =
                        nx.length() != ny.length() ? Integer.compare(nx.length(), ny.length()) : nx.compareTo(ny);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = ei;
                j = ej;
            } else {
                if (cx != cy) {
                    return Character.compare(cx, cy);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
