package org.juesuan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

/** Where the numbers were taken: machine, JVM, database server, and how busy the machine was. */
record Environment(String date, String commit, String jvm, int cores, String cpu, String memory, String os,
                   String database) {

    static Environment capture() {
        Runtime rt = Runtime.getRuntime();
        return new Environment(Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                System.getenv().getOrDefault("JUESUAN_BENCH_COMMIT", "?"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + "), default heap max "
                        + rt.maxMemory() / (1024 * 1024) + " MiB, GC " + gcNames(),
                rt.availableProcessors(), cpuModel(), memTotal(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), databaseVersion());
    }

    /** Date, commit, JVM, machine and database as the list items that open a results file. */
    String markdown() {
        return "- date: " + date + ", commit " + commit + "\n"
                + "- JVM: " + jvm + "\n"
                + "- machine: " + cores + " cores (" + cpu + "), " + memory + ", " + os + "\n"
                + "- database: " + database + "\n";
    }

    /** The 1-, 5- and 15-minute load averages (Linux), e.g. "1.24 1.65 1.17". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String gcNames() {
        return String.join("+", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB").findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String databaseVersion() {
        try (Connection c = BenchDatabase.connect("", BenchDatabase.MYSQL_OPTIONS);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, "
                     + "@@innodb_buffer_pool_size")) {
            rs.next();
            return rs.getString(1) + " on " + BenchDatabase.HOST + " (innodb_flush_log_at_trx_commit="
                    + rs.getString(2) + ", buffer pool " + rs.getLong(3) / (1024 * 1024) + " MiB)";
        } catch (Exception e) {
            return "unreachable: " + e.getMessage();
        }
    }
}
