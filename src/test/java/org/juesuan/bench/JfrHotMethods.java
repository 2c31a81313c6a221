package org.juesuan.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a JFR recording went: execution samples counted by top frame (self time), by every
 * method on the stack (total time) and by the first frame inside a package of interest (which stage of
 * ours is on the stack). Reads the recording that {@code bench/run --profile} writes.
 *
 * <p>Run: {@code java -cp … org.juesuan.bench.JfrHotMethods recording.jfr [rows] [package-prefix]}
 */
public final class JfrHotMethods {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String ours = args.length > 2 ? args[2] : "org.juesuan.";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> stage = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        double compileSeconds = 0;
        double gcPauseSeconds = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.Compilation")) {
                compileSeconds += event.getDuration().toNanos() / 1e9;
            } else if (type.equals("jdk.GCPhasePause")) {
                gcPauseSeconds += event.getDuration().toNanos() / 1e9;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            String ourFrame = null;
            for (RecordedFrame frame : frames) {
                String n = name(frame);
                if (seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
                if (ourFrame == null && n.startsWith(ours)) {
                    ourFrame = n;
                }
            }
            stage.merge(ourFrame == null ? "(none of " + ours + "*)" : ourFrame, 1, Integer::sum);
            packages.merge(ourFrame == null ? "(none of " + ours + "*)"
                    : ourFrame.substring(0, ourFrame.lastIndexOf('.', ourFrame.lastIndexOf('.') - 1)), 1, Integer::sum);
        }
        System.out.printf("%d execution samples in %s; JIT compilations took %.1f s, GC pauses %.1f s%n", samples,
                file, compileSeconds, gcPauseSeconds);
        print("by package of the innermost " + ours + "* frame (the pipeline stage)", packages, samples, rows);
        print("self (top frame)", self, samples, rows);
        print("total (on the stack)", total, samples, rows);
        print("innermost frame of " + ours + "*", stage, samples, rows);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
        System.out.printf("%n-- %s --%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod m = frame.getMethod();
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }

    private JfrHotMethods() {
    }
}
