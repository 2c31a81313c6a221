package org.juesuan.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Resident memory, CPU and GC time of this JVM, and the CPU time of the database server process (Linux /proc):
 * enough to tell whether a run waited on the database or worked itself.
 */
final class ProcessStats {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ProcessStats() {
    }

    /** Peak resident set size of this process so far (VmHWM), in MiB. */
    static double peakRssMiB() {
        return statusKiB("VmHWM") / 1024.0;
    }

    static double rssMiB() {
        return statusKiB("VmRSS") / 1024.0;
    }

    /** Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next peak belongs to the next measurement. */
    static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static double cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    static double gcSeconds() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1000.0;
    }

    /** CPU seconds used so far by the MariaDB/MySQL server on this machine, NaN if it cannot be seen. */
    static double databaseServerCpuSeconds() {
        Optional<ProcessHandle> server = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst();
        if (server.isEmpty()) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(server.get().pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long statusKiB(String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
