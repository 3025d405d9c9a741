import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Does the embedded H2 database keep a committed row when its process is killed (kill -9)? For each URL setting, a
 * child JVM opens a file database, commits rows one transaction each and prints the id after each commit returned; the
 * parent reads those acknowledgements, kills the child with SIGKILL after a number of them (the child keeps
 * committing, so the kill lands in the middle of its work), reopens the database and counts. A committed row is lost
 * when the last acknowledged id is not in the table. Several rounds per setting; one line per round, then a table.
 *
 * <p>Usage (from the checkout's top): java -cp h2.jar scripts/bench/H2KillDurability.java [rounds] [commitsBeforeKill]
 */
public class H2KillDurability {

    private static final String[][] SETTINGS = {
        {"H2 default (write delay 500 ms)", ""},
        {"run mode: WRITE_DELAY=0", ";WRITE_DELAY=0"},
    };

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1]);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("h2-kill");
        List<String> table = new ArrayList<>();
        for (String[] setting : SETTINGS) {
            int lostRounds = 0;
            long lostRows = 0;
            for (int round = 1; round <= rounds; round++) {
                Path db = dir.resolve("db" + setting[1].hashCode() + "-" + round);
                String url = "jdbc:h2:file:" + db + setting[1];
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                        Statement s = c.createStatement()) {
                    s.execute("create table acked (id bigint primary key, note varchar(100))");
                }
                Process p = new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-cp",
                                System.getProperty("java.class.path"),
                                System.getProperty("bench.source", "scripts/bench/H2KillDurability.java"),
                                "child",
                                url)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                long lastAcked = 0;
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lastAcked = Long.parseLong(line.trim());
                        if (lastAcked >= commits) {
                            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close of the database
                            break;
                        }
                    }
                }
                p.waitFor();
                long found;
                long max;
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select count(*), coalesce(max(id), 0) from acked")) {
                    rs.next();
                    found = rs.getLong(1);
                    max = rs.getLong(2);
                }
                long lost = Math.max(0, lastAcked - found);
                if (max < lastAcked) {
                    lostRounds++;
                    lostRows += lastAcked - max;
                }
                System.out.printf(
                        "%-34s round %d: last commit acknowledged before the kill #%d, rows after reopening %d"
                                + " (highest id %d)%s%n",
                        setting[0], round, lastAcked, found, max, max < lastAcked ? "  LOST " + lost : "");
            }
            table.add(String.format(
                    "| %-32s | %6d | %6d | %25d | %19d |", setting[0], rounds, commits, lostRounds, lostRows));
        }
        System.out.println();
        System.out.println("| setting                          | rounds | kill after | rounds that lost a commit | committed rows lost |");
        System.out.println("|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    /** Commits one row per transaction for ever, printing each id once its commit returned. */
    private static void child(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into acked (id, note) values (?, ?)")) {
                for (long id = 1; ; id++) {
                    p.setLong(1, id);
                    p.setString(2, "committed row " + id);
                    p.executeUpdate();
                    c.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
