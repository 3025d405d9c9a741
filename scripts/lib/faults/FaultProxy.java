import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network between the node and the bank, with faults in it: an HTTP/1.1 proxy the fault suite's family
 * definitions point at. It passes every request on to the bank simulator unchanged, except the first request whose
 * body carries a planned marker (an amount in any of the families' spellings, or an order id): that one gets its
 * fault, before or after the bank has booked it. One request per connection (answers carry {@code Connection: close}),
 * so a fault never touches another request.
 */
final class FaultProxy implements AutoCloseable {

    /** What the network or the bank does to one request. */
    enum Fault {
        SLOW_ANSWER("slow answer (within the deadline)", true, true),
        TIMEOUT_BEFORE_BOOKING("timeout before booking", false, false),
        TIMEOUT_AFTER_BOOKING("timeout after booking", true, false),
        RESET_BEFORE_BOOKING("connection reset before booking", false, false),
        RESET_AFTER_BOOKING("connection reset after booking", true, false),
        HTTP_502_BEFORE_BOOKING("HTTP 502 before booking", false, false),
        HTTP_503_AFTER_BOOKING("HTTP 503 after booking", true, false),
        MALFORMED_ANSWER("malformed answer", true, false),
        WRONG_HASH("answer with a wrong hash", true, false),
        DUPLICATE_DELIVERY("request delivered twice (the answer to the second)", true, false);

        final String label;
        /** The bank receives (and books) the request. */
        final boolean reachesBank;
        /** The caller gets the bank's own answer at once. */
        final boolean answered;

        Fault(String label, boolean reachesBank, boolean answered) {
            this.label = label;
            this.reachesBank = reachesBank;
            this.answered = answered;
        }
    }

    /** The answer elements and fields that carry a bank's signature over its answer. */
    static final Pattern SIGNATURE = Pattern.compile(
            "(<(HashData|Hash|HASH|MAC|Mac)>)([^<]+)(</\\2>)|(\"(hash|hashData|mac|signature)\"\\s*:\\s*\")([^\"]+)(\")");

    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "content-length", "connection", "transfer-encoding", "expect", "upgrade", "keep-alive");

    private final ServerSocket server;
    private final String bank;
    private final Duration hold;
    private final Duration slow;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Fault> planned = new ConcurrentHashMap<>();
    private final Map<String, Fault> applied = new ConcurrentHashMap<>();
    private final Set<String> withoutSignature = ConcurrentHashMap.newKeySet();

    /**
     * @param bank the bank simulator's origin ({@code http://host:port}); the request's path is kept
     * @param hold how long a "timeout" keeps the caller waiting: longer than the node's read deadline
     * @param slow how late a slow answer comes: shorter than the deadline
     */
    FaultProxy(int port, String bank, Duration hold, Duration slow) throws IOException {
        this.server = new ServerSocket(port);
        this.bank = bank.replaceAll("/+$", "");
        this.hold = hold;
        this.slow = slow;
        Thread accept = new Thread(this::accept, "fault-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** The next request whose body carries {@code marker} gets {@code fault}. */
    void plan(String marker, Fault fault) {
        planned.put(marker, fault);
    }

    /** The faults applied so far, by marker. */
    Map<String, Fault> applied() {
        return Map.copyOf(applied);
    }

    /** Markers planned with {@link Fault#WRONG_HASH} whose answer carried no signature to spoil. */
    Set<String> withoutSignature() {
        return Set.copyOf(withoutSignature);
    }

    /** The spellings of an amount in the families' requests: {@code 1234.56}, {@code 123456}, {@code 1234,56}. */
    static List<String> spellings(String amount) {
        return List.of(amount, amount.replace(".", ""), amount.replace('.', ','));
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.submit(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(30_000);
            Incoming in = Incoming.read(socket.getInputStream());
            if (in == null) {
                return;
            }
            Map.Entry<String, Fault> hit = match(in.body);
            Fault fault = hit == null ? null : hit.getValue();
            if (hit != null) {
                applied.put(hit.getKey(), fault);
            }
            if (fault == null) {
                write(socket, forward(in));
                return;
            }
            switch (fault) {
                case SLOW_ANSWER -> {
                    Outgoing answer = forward(in);
                    pause(slow);
                    write(socket, answer);
                }
                case TIMEOUT_BEFORE_BOOKING -> pause(hold);
                case TIMEOUT_AFTER_BOOKING -> {
                    Outgoing answer = forward(in);
                    pause(hold);
                    write(socket, answer);
                }
                case RESET_BEFORE_BOOKING -> reset(socket);
                case RESET_AFTER_BOOKING -> {
                    forward(in);
                    reset(socket);
                }
                case HTTP_502_BEFORE_BOOKING -> write(socket, errorPage(502, "Bad Gateway"));
                case HTTP_503_AFTER_BOOKING -> {
                    forward(in);
                    write(socket, errorPage(503, "Service Unavailable"));
                }
                case MALFORMED_ANSWER -> {
                    Outgoing answer = forward(in);
                    write(socket, answer.withBody(java.util.Arrays.copyOf(answer.body, answer.body.length / 2)));
                }
                case WRONG_HASH -> {
                    Outgoing answer = forward(in);
                    String text = new String(answer.body, StandardCharsets.ISO_8859_1);
                    String spoiled = spoilSignature(text);
                    if (spoiled.equals(text)) {
                        withoutSignature.add(hit.getKey());
                    }
                    write(socket, answer.withBody(spoiled.getBytes(StandardCharsets.ISO_8859_1)));
                }
                case DUPLICATE_DELIVERY -> {
                    forward(in);
                    write(socket, forward(in));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the caller went away (a timeout) or the bank could not be reached: nothing more to do
        }
    }

    private Map.Entry<String, Fault> match(byte[] body) {
        if (planned.isEmpty() || body.length == 0) {
            return null;
        }
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String text = raw;
        try {
            text = URLDecoder.decode(raw, StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            // not form-encoded
        }
        for (String marker : planned.keySet()) {
            for (String s : marker.matches("\\d+\\.\\d{2}") ? spellings(marker) : List.of(marker)) {
                if (contains(raw, s) || contains(text, s)) {
                    Fault f = planned.remove(marker);
                    if (f != null) {
                        return Map.entry(marker, f);
                    }
                }
            }
        }
        return null;
    }

    /** {@code s} in {@code text} not inside a longer run of digits (so 601323 does not match 16013230). */
    static boolean contains(String text, String s) {
        int from = 0;
        while (true) {
            int at = text.indexOf(s, from);
            if (at < 0) {
                return false;
            }
            boolean before = at > 0 && Character.isDigit(text.charAt(at - 1));
            int end = at + s.length();
            boolean after = end < text.length() && Character.isDigit(text.charAt(end));
            if (!before && !after) {
                return true;
            }
            from = at + 1;
        }
    }

    static String spoilSignature(String answer) {
        Matcher m = SIGNATURE.matcher(answer);
        if (!m.find()) {
            return answer;
        }
        boolean xml = m.group(1) != null;
        String value = xml ? m.group(3) : m.group(7);
        char first = value.charAt(0);
        String spoiled = (first == 'A' ? 'B' : 'A') + value.substring(1);
        int start = xml ? m.start(3) : m.start(7);
        int end = xml ? m.end(3) : m.end(7);
        return answer.substring(0, start) + spoiled + answer.substring(end);
    }

    private Outgoing forward(Incoming in) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(bank + in.target))
                .timeout(Duration.ofSeconds(60))
                .method(in.method, in.body.length == 0 && !in.method.equals("POST")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(in.body));
        in.headers.forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                b.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Outgoing(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Outgoing errorPage(int status, String reason) {
        return new Outgoing(
                status,
                "text/html",
                ("<html><body><h1>" + status + " " + reason + "</h1></body></html>").getBytes(StandardCharsets.US_ASCII));
    }

    private static void write(Socket socket, Outgoing answer) throws IOException {
        OutputStream out = socket.getOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status).append(" X\r\n");
        if (answer.contentType != null) {
            head.append("Content-Type: ").append(answer.contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(answer.body.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(answer.body);
        out.flush();
    }

    /** Closes with a TCP reset: the caller sees "connection reset", not an orderly end. */
    private static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Outgoing(int status, String contentType, byte[] body) {
        Outgoing withBody(byte[] other) {
            return new Outgoing(status, contentType, other);
        }
    }

    /** One request as it came in: line, headers and the body (Content-Length or chunked). */
    static final class Incoming {
        String method;
        String target;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];

        static Incoming read(InputStream in) throws IOException {
            String line = line(in);
            if (line == null || line.isBlank()) {
                return null;
            }
            Incoming r = new Incoming();
            String[] parts = line.split(" ");
            r.method = parts[0];
            r.target = parts[1];
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    r.headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
                }
            }
            String length = header(r.headers, "content-length");
            String encoding = header(r.headers, "transfer-encoding");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                r.body = chunked(in);
            } else if (length != null) {
                r.body = in.readNBytes(Integer.parseInt(length.trim()));
            }
            return r;
        }

        static String header(Map<String, String> headers, String name) {
            for (Map.Entry<String, String> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return null;
        }

        static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                if (size == null) {
                    break;
                }
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    for (String t = line(in); t != null && !t.isEmpty(); t = line(in)) {
                        // trailers
                    }
                    break;
                }
                body.write(in.readNBytes(n));
                line(in);
            }
            return body.toByteArray();
        }

        static String line(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    break;
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            if (c == -1 && b.size() == 0) {
                return null;
            }
            return b.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
