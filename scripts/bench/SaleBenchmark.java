import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sale latency and throughput against a running server (scripts/run), on this machine only.
 * Usage: java scripts/bench/SaleBenchmark.java [baseUrl] [sales] [concurrency]
 * Defaults: http://localhost:9080 200 4. Every sale is an approval on the bank simulator.
 */
public class SaleBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int sales = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        if (!base.startsWith("http://localhost") && !base.startsWith("http://127.")) {
            throw new IllegalArgumentException("benchmarks run against this machine only");
        }
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("collector:collector-demo".getBytes(StandardCharsets.UTF_8));
        String body = "{\"companyId\":1,\"customerAccountId\":1,\"amount\":\"100.00\",\"currency\":\"TRY\",\"installments\":1,"
                + "\"channel\":\"API\",\"card\":{\"number\":\"4355084355084358\",\"expiry\":\"12/30\",\"cvv\":\"000\"}}";
        for (int i = 0; i < 20; i++) { // warm-up, not measured
            send(http, base, auth, body);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < sales; i++) {
            results.add(pool.submit(() -> send(http, base, auth, body)));
        }
        List<Long> micros = new ArrayList<>();
        int approved = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            micros.add(r[0]);
            approved += r[1] == 201 ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("sales=%d concurrency=%d approved=%d elapsed=%.2fs throughput=%.1f/s%n",
                sales, concurrency, approved, seconds, sales / seconds);
        System.out.printf("latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", pct(micros, 50), pct(micros, 95),
                pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static long[] send(HttpClient http, String base, String auth, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/vpos/api/v1/collections"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new long[] {(System.nanoTime() - t) / 1000, response.statusCode()};
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1000.0;
    }
}
