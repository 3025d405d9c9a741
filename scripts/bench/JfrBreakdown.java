import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a sale's CPU goes, from a flight recording of the node (scripts/bench/sale with VPOS_BENCH_JFR=file.jfr):
 * the execution samples whose stack passes through the sale's REST resource, each charged to the first frame (from
 * the top) outside java.lang/java.util/jdk.internal, grouped by library; plus the hottest methods, GC pauses and the
 * share of all samples the sale path has.
 *
 * <pre>java scripts/bench/JfrBreakdown.java target/bench/before.jfr [entry point, e.g. dev.vpos.web.pay.ThreeDsCallbackServlet.doPost]</pre>
 */
public class JfrBreakdown {

    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("org.postgresql", "JDBC driver (PostgreSQL)");
        GROUPS.put("org.eclipse.persistence", "JPA (EclipseLink)");
        GROUPS.put("com.ibm.ejs.j2c", "connection pool (Liberty JCA)");
        GROUPS.put("com.ibm.ws.rsadapter", "connection pool (Liberty JCA)");
        GROUPS.put("com.ibm.ws.jdbc", "connection pool (Liberty JCA)");
        GROUPS.put("com.ibm.tx", "transactions (JTA)");
        GROUPS.put("com.ibm.ws.tx", "transactions (JTA)");
        GROUPS.put("com.ibm.ws.transaction", "transactions (JTA)");
        GROUPS.put("com.ibm.ws.Transaction", "transactions (JTA)");
        GROUPS.put("org.apache.cxf", "CXF (bank client)");
        GROUPS.put("javax.xml", "XML (JDK)");
        GROUPS.put("com.sun.org.apache", "XML (JDK)");
        GROUPS.put("jdk.xml", "XML (JDK)");
        GROUPS.put("dev.vpos.gateway.infrastructure.xml", "XML (JDK)");
        GROUPS.put("java.util.logging", "logging");
        GROUPS.put("com.ibm.ws.logging", "logging");
        GROUPS.put("org.jboss.weld", "CDI (Weld)");
        GROUPS.put("com.ibm.ws.cdi", "CDI (Weld)");
        GROUPS.put("org.eclipse.yasson", "JSON-B");
        GROUPS.put("org.glassfish.json", "JSON-B");
        GROUPS.put("org.jboss.resteasy", "JAX-RS (RESTEasy)");
        GROUPS.put("javax.crypto", "crypto");
        GROUPS.put("com.sun.crypto", "crypto");
        GROUPS.put("sun.security", "crypto");
        GROUPS.put("dev.vpos", "module code");
        GROUPS.put("java.net", "network (JDK)");
        GROUPS.put("sun.net", "network (JDK)");
        GROUPS.put("sun.nio", "network (JDK)");
        GROUPS.put("java.nio", "network (JDK)");
        GROUPS.put("com.ibm.ws.security", "security (Liberty)");
        GROUPS.put("com.ibm.ws.webcontainer.security", "security (Liberty)");
        GROUPS.put("com.ibm.ws.", "Liberty web container, HTTP, other");
        GROUPS.put("com.ibm.", "Liberty web container, HTTP, other");
    }

    public static void main(String[] args) throws Exception {
        String marker = args.length > 1 ? args[1] : "dev.vpos.web.rest.collections.CollectionResource.collect";
        // a Weld proxy of the resource names the same method on a generated class: match the method by its prefix
        Map<String, Integer> groups = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        int all = 0;
        int sale = 0;
        Duration gc = Duration.ZERO;
        int gcs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gc = gc.plus(e.getDuration("sumOfPauses"));
                gcs++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            all++;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            boolean inSale = frames.stream().anyMatch(f -> name(f).startsWith(marker.substring(0, marker.lastIndexOf('.')))
                    && name(f).endsWith("." + marker.substring(marker.lastIndexOf('.') + 1))
                    && f.getMethod().getName().equals(marker.substring(marker.lastIndexOf('.') + 1)));
            if (!inSale) {
                continue;
            }
            sale++;
            methods.merge(name(frames.get(0)), 1, Integer::sum);
            String group = "JDK (java.lang, java.util)";
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("java.lang.") || n.startsWith("java.util.") && !n.startsWith("java.util.logging")
                        || n.startsWith("jdk.internal.") || n.startsWith("sun.reflect") || n.startsWith("java.time.")
                        || n.startsWith("java.math.") || n.startsWith("java.security.")) {
                    continue;
                }
                group = GROUPS.entrySet().stream().filter(g -> n.startsWith(g.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse("other (" + n.substring(0, Math.min(n.length(), 40)) + ")");
                break;
            }
            groups.merge(group, 1, Integer::sum);
        }
        System.out.printf("execution samples: %d in the JVM, %d (%.0f %%) under %s%n", all, sale,
                100.0 * sale / Math.max(all, 1), marker);
        System.out.printf("GC: %d collections, %d ms of pauses%n", gcs, gc.toMillis());
        int total = sale;
        System.out.println("sale path by library (first frame outside java.lang/java.util):");
        groups.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(g -> System.out.printf("  %5.1f %%  %s%n", 100.0 * g.getValue() / total, g.getKey()));
        System.out.println("hottest top frames:");
        methods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(g -> System.out.printf("  %5.1f %%  %s%n", 100.0 * g.getValue() / total, g.getKey()));
    }

    static String name(RecordedFrame f) {
        if (f.getMethod() == null) {
            return "(no method)"; // a frame JFR recorded without its method (seen in Liberty's recordings)
        }
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
