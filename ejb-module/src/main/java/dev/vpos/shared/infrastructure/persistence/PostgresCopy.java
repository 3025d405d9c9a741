package dev.vpos.shared.infrastructure.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code COPY … FROM STDIN (FORMAT csv)} on a PostgreSQL connection, through the driver's CopyManager: rows go to the
 * server as one stream, without a statement per row or per batch. Only where the driver's classes are visible to the
 * application (the PostgreSQL server configuration shares the driver library with it; a benchmark has it on its class
 * path): {@link #open} answers null otherwise, and on H2, and the caller inserts in JDBC batches instead.
 *
 * <p>While a copy is open the connection runs nothing else: end it ({@link Stream#end}) before the next statement.
 */
public final class PostgresCopy {

    /** An open COPY: rows written in CSV, ended once. Closing an unfinished one cancels it (nothing is written). */
    public interface Stream extends AutoCloseable {
        void write(byte[] bytes, int offset, int length) throws SQLException;

        /** Ends the copy; the number of rows the server took. */
        long end() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    private PostgresCopy() {}

    /** A copy with {@code sql} ({@code COPY table (columns) FROM STDIN (FORMAT csv)}), or null where there is none. */
    public static Stream open(Connection c, String sql) throws SQLException {
        if (!isPostgres(c)) {
            return null;
        }
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
            return Driver.open(c, sql);
        } catch (ClassNotFoundException | LinkageError driverNotVisible) {
            return null;
        }
    }

    public static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** One CSV field: null is an empty unquoted field (NULL), text is always quoted (an empty text stays empty). */
    public static void field(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof java.time.LocalDate) {
            out.append(value);
        } else {
            String s = value.toString();
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    out.append('"');
                }
                out.append(ch);
            }
            out.append('"');
        }
    }

    /** Writes a builder's CSV to the copy (UTF-8, the driver's client encoding). */
    public static void write(Stream copy, CharSequence csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        copy.write(bytes, 0, bytes.length);
    }

    /** The only class that names the driver's types: loaded only once they are known to be visible. */
    private static final class Driver implements Stream {
        private final org.postgresql.copy.CopyIn in;

        private Driver(org.postgresql.copy.CopyIn in) {
            this.in = in;
        }

        static Stream open(Connection c, String sql) throws SQLException {
            if (!c.isWrapperFor(org.postgresql.PGConnection.class)) {
                return null;
            }
            return new Driver(
                    c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws SQLException {
            in.writeToCopy(bytes, offset, length);
        }

        @Override
        public long end() throws SQLException {
            return in.endCopy();
        }

        @Override
        public void close() throws SQLException {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
