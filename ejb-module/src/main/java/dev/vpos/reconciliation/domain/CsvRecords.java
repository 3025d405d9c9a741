package dev.vpos.reconciliation.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict, streaming CSV reader (RFC 4180 with any one-character separator): fields may be quoted with {@code "},
 * a quote inside a quoted field is doubled, a quoted field may span lines; records end with CRLF or LF. Blank lines
 * are skipped and a leading byte-order mark is ignored. What RFC 4180 forbids is refused with the line it is on:
 * a quote inside an unquoted field, text after a closing quote, a quote left open at the end of the file; bytes that
 * are not text in the file's character set (when the reader reports them).
 */
public final class CsvRecords {

    /** One record: the physical line it starts on (1-based) and its fields. */
    public record CsvRecord(int line, List<String> fields) {}

    /** The file breaks the CSV rules; reading cannot go on. */
    public static final class SyntaxException extends Exception {
        private final transient LineProblem problem;

        SyntaxException(LineProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public LineProblem problem() {
            return problem;
        }
    }

    private static final int MAX_FIELD = 4000;

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = -2;
    private boolean first = true;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int filled;

    public CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record, or null at the end of the file. */
    public CsvRecord next() throws SyntaxException {
        while (true) {
            int c = read();
            if (first && c == '\uFEFF') {
                c = read();
            }
            first = false;
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                if (peekIs('\n')) {
                    read();
                }
                line++;
                continue;
            }
            unread(c);
            return record();
        }
    }

    private CsvRecord record() throws SyntaxException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.length() == 0) {
                quoted(field, start);
                c = read();
                if (c != separator && c != '\n' && c != '\r' && c != -1) {
                    throw new SyntaxException(LineProblem.of(line, "statement.csv.afterQuote"));
                }
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r' && peekIs('\n')) {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(start, fields);
            }
            if (c == '"') {
                throw new SyntaxException(LineProblem.of(line, "statement.csv.strayQuote"));
            }
            append(field, (char) c);
        }
    }

    private void quoted(StringBuilder field, int start) throws SyntaxException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new SyntaxException(LineProblem.of(start, "statement.csv.openQuote"));
            }
            if (c == '"') {
                if (peekIs('"')) {
                    read();
                    append(field, '"');
                    continue;
                }
                return;
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r' && !peekIs('\n')) {
                line++;
            }
            append(field, (char) c);
        }
    }

    private void append(StringBuilder field, char c) throws SyntaxException {
        if (field.length() >= MAX_FIELD) {
            throw new SyntaxException(LineProblem.of(line, "statement.csv.fieldTooLong", MAX_FIELD));
        }
        field.append(c);
    }

    private boolean peekIs(char expected) throws SyntaxException {
        int c = read();
        unread(c);
        return c == expected;
    }

    private int read() throws SyntaxException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == filled) {
            try {
                filled = in.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException e) {
                throw new SyntaxException(LineProblem.of(line, "statement.csv.charset"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
