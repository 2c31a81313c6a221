package org.juesuan.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.samples.BulkSubmissions;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Remote mode with 1 and 2 worker processes ({@code bench/run --remote}): the county-sized corpus imported by
 * `import --remote` into a fresh MariaDB database, through RabbitMQ (127.0.0.1:5672 guest/guest, a queue of the
 * run's own), by W `worker` JVMs of {@code --threads} each. Each W gets a fresh database and fresh workers, warmed
 * by one import of a small separate corpus; the timed figure is the manager's own "导入批次 #… 完成，用时 X 秒" (plan,
 * dispatch, every partition, not the JVM start), with the workers' CPU and the database server's over the same
 * run, and the load average around it. It reports; it asserts nothing.
 *
 * <p>{@code --n N} (default 300) {@code --workers 1,2} {@code --threads T} (per worker, default 1)
 * {@code --warmup W} (default 30) {@code --runtime-cp FILE} {@code --work target/bench}.
 */
public final class RemoteBench {

    private static final Pattern SUMMARY = Pattern.compile("导入批次 #\\d+ (\\S+)，用时 ([\\d.]+) 秒：(.*)；数据 ([\\d,]+) 条");

    private final Path work;
    private final String classpath;
    private final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private RemoteBench(Path work, String classpath) {
        this.work = work;
        this.classpath = classpath;
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path work = Path.of(args.get("work", "target/bench")).toAbsolutePath();
        String classes = Path.of("target/classes").toAbsolutePath().toString();
        String classpath = classes + ":" + Files.readString(Path.of(args.get("runtime-cp"))).strip();
        int n = args.integer("n", 300);
        int threads = args.integer("threads", 1);
        int warmupCount = args.integer("warmup", 30);
        List<Integer> workerCounts = Arrays.stream(args.get("workers", "1,2").split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
        RemoteBench bench = new RemoteBench(work, classpath);
        Files.createDirectories(work.resolve("logs"));
        Path corpus = work.resolve("corpus-county-" + n);
        Path warmup = work.resolve("remote-warmup-county-" + warmupCount);
        BulkSubmissions.main(new String[] {corpus.toString(), Integer.toString(n),
                Long.toString(BulkSubmissions.DEFAULT_SEED), "county"});
        BulkSubmissions.main(new String[] {warmup.toString(), Integer.toString(warmupCount), "7000000", "county"});

        StringBuilder table = new StringBuilder();
        table.append(String.format("## Remote mode, county corpus, N = %d (%s, %d cores)%n%n", n, Instant.now(),
                Runtime.getRuntime().availableProcessors()));
        table.append("| workers × threads | submissions/s | run s | facts/s | workers' CPU s | DB server CPU s | "
                + "load before → after | outcome |\n|---|---|---|---|---|---|---|---|\n");
        for (int workers : workerCounts) {
            table.append(bench.measure(n, workers, threads, corpus, warmup)).append('\n');
            System.out.println(table);
        }
        String text = table + "\nEvery worker and the manager run on this machine with MariaDB: on 2 cores a second "
                + "worker competes with the first and with the database for the same cores, so read the ratio of the "
                + "two rows as what this machine allows, not as how remote mode scales across machines.\n";
        Path file = work.resolve("results-remote-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println(text);
        System.out.println("(written to " + file + ")");
    }

    private String measure(int n, int workerCount, int threads, Path corpus, Path warmup) throws Exception {
        String queue = "juesuan.bench." + UUID.randomUUID();
        List<Process> workers = new ArrayList<>();
        try (BenchDatabase db = BenchDatabase.create(BenchDatabase.Kind.MARIADB, "remote" + workerCount)) {
            Map<String, String> env = Map.of("JUESUAN_DB_URL", db.url(), "JUESUAN_DB_USER", db.user(),
                    "JUESUAN_DB_PASSWORD", db.password(), "JUESUAN_REMOTE_QUEUE", queue);
            cli(env, "schema-" + workerCount, "status");
            for (int w = 1; w <= workerCount; w++) {
                workers.add(startWorker(env, workerCount + "-worker-" + w, threads));
            }
            System.out.printf("[remote %d×%d] warm-up: %s%n", workerCount, threads,
                    cli(env, "warmup-" + workerCount, "import", "--remote", warmup.toString()));
            double workersCpu = cpu(workers);
            double dbCpu = ProcessStats.databaseServerCpuSeconds();
            String loadBefore = Environment.loadAverage();
            String summary = cli(env, "import-" + workerCount, "import", "--remote", corpus.toString());
            double workersCpuUsed = cpu(workers) - workersCpu;
            double dbCpuUsed = ProcessStats.databaseServerCpuSeconds() - dbCpu;
            String loadAfter = Environment.loadAverage();
            Matcher m = SUMMARY.matcher(summary);
            if (!m.find()) {
                return String.format("| %d × %d | – | – | – | – | – | %s → %s | %s |", workerCount, threads, loadBefore,
                        loadAfter, summary);
            }
            double seconds = Double.parseDouble(m.group(2));
            long facts = Long.parseLong(m.group(4).replace(",", ""));
            return String.format("| %d × %d | %.1f | %.1f | %,.0f | %.1f | %.1f | %s → %s | %s %s |", workerCount, threads,
                    n / seconds, seconds, facts / seconds, workersCpuUsed, dbCpuUsed, loadBefore, loadAfter,
                    m.group(1), m.group(3));
        } finally {
            for (Process worker : workers) {
                worker.destroyForcibly();
                worker.waitFor(30, TimeUnit.SECONDS);
            }
            deleteQueue(queue);
        }
    }

    /** Runs one CLI command to its end; @return its "导入批次" line (or its last line). */
    private String cli(Map<String, String> env, String name, String... args) throws Exception {
        Path log = work.resolve("logs").resolve("remote-" + name + ".log");
        Process process = builder(env, args).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(log);
        if (exit != 0) {
            throw new IllegalStateException(name + " exited " + exit + "; see " + log);
        }
        return lines.stream().filter(l -> l.startsWith("导入批次 #")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    }

    private Process startWorker(Map<String, String> env, String name, int threads) throws Exception {
        Process worker = builder(env, "worker", "--threads", Integer.toString(threads)).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("worker: 正在队列")) {
            // start-up lines
        }
        if (line == null) {
            throw new IllegalStateException(name + " ended before it took messages");
        }
        Path log = work.resolve("logs").resolve("remote-" + name + ".log");
        Thread pump = new Thread(() -> {
            try (var to = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    to.write(l);
                    to.newLine();
                }
            } catch (Exception e) {
                // the worker was stopped
            }
        }, name);
        pump.setDaemon(true);
        pump.start();
        return worker;
    }

    private ProcessBuilder builder(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin, "-Dfile.encoding=UTF-8", "-cp", classpath,
                "org.juesuan.JuesuanApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("JUESUAN_"));
        builder.environment().putAll(env);
        return builder;
    }

    /** CPU seconds used so far by the processes (user + system, from /proc). */
    private static double cpu(List<Process> processes) {
        double seconds = 0;
        for (Process p : processes) {
            seconds += p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }
        return seconds;
    }

    private static void deleteQueue(String queue) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete(queue);
        } catch (Exception e) {
            System.err.println("queue " + queue + " not deleted: " + e.getMessage());
        }
    }
}
