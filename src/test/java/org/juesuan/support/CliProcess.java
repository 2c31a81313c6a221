package org.juesuan.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The juesuan CLI as a child JVM on the test classpath (as a user runs it), its output collected
 * line by line while it runs, so a test can act on progress — or kill it with SIGKILL.
 */
public final class CliProcess {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private CliProcess(Process process, String label) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                    System.out.println(label + line);
                }
            } catch (Exception e) {
                // the process was killed: its output ends here
            }
        }, "cli-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code juesuan ARGS} in {@code workDir} with the given environment (JUESUAN_* from the test's own removed). */
    public static CliProcess start(Path workDir, Map<String, String> env, String label, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.juesuan.JuesuanApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("JUESUAN_"));
        builder.environment().putAll(env);
        return new CliProcess(builder.start(), label);
    }

    /** Waits until {@code count} output lines match, or the process ends; @return whether they did. */
    public boolean awaitLines(Predicate<String> matching, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.stream().filter(matching).count() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !pump.isAlive())) {
                    return false;
                }
                lines.wait(Math.min(200, Math.max(1, left / 1_000_000)));
            }
            return true;
        }
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("juesuan did not end within " + timeout + ":\n" + output());
        }
        pump.join(5000);
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no finally block, no rollback from the process's side. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        pump.join(5000);
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    public long count(Predicate<String> matching) {
        synchronized (lines) {
            return lines.stream().filter(matching).count();
        }
    }
}
