package io.newswire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process, native ones included (GC, JIT, RocksDB), summed
 * by thread name with digits removed, from /proc/self/task (Linux; empty elsewhere). Tells
 * where a run's CPU went when the stream thread is only part of it.
 */
final class ThreadCpu {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ThreadCpu() {}

    static Map<String, Long> byName() {
        Map<String, Long> out = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (Stream<Path> all = Files.list(tasks)) {
            all.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    String name = comm.matches("C[12] Compiler.*") ? comm.substring(0, 2) + " compiler" : comm.replaceAll("\\d+", "N");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    out.merge(name, ticks, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** The {@code n} thread names that used the most CPU between two snapshots, in seconds. Threads that ended meanwhile are not counted. */
    static String top(Map<String, Long> before, Map<String, Long> after, int n) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(n)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / TICKS_PER_SECOND))
                .collect(Collectors.joining(", "));
    }
}
