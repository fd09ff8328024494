package io.newswire.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code streams} command in a child JVM, as a user runs it ({@code java -cp ... io.newswire.cli.Newswire
 * streams ...}), so that it can be killed for real: {@link #kill()} is a SIGKILL, no shutdown hook, no
 * clean close, no flush.
 */
public final class StreamsProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String name;

    private StreamsProcess(Process process, Path log, String name) {
        this.process = process;
        this.log = log;
        this.name = name;
    }

    /**
     * @param extra -X properties of the command line
     */
    public static StreamsProcess start(String name, String bootstrap, String registryUrl, String appId, Path stateDir,
                                       Path logDir, Map<String, String> extra, String... jvmOptions) throws IOException {
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.addAll(List.of("streams", "--bootstrap-server", bootstrap, "--schema-registry", registryUrl,
                "--state-dir", stateDir.toString(), "--application-id", appId, "--http-port", "-1"));
        extra.forEach((k, v) -> {
            args.add("-X");
            args.add(k + "=" + v);
        });
        return command(name, logDir, args);
    }

    /** Any {@code newswire} subcommand in a child JVM, output to {@code logDir/name.log}; leading "-D..." are JVM options. */
    public static StreamsProcess command(String name, Path logDir, List<String> args) throws IOException {
        Files.createDirectories(logDir);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx384m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newswire.schema");
        int first = 0;
        while (first < args.size() && args.get(first).startsWith("-D")) {
            cmd.add(args.get(first++));
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.newswire.cli.Newswire");
        cmd.addAll(args.subList(first, args.size()));
        Path log = logDir.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new StreamsProcess(p, log, name);
    }

    /** Exit code after at most {@code timeout}; kills it otherwise. */
    public int waitFor(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException(name + " still running after " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** Waits until the instance has logged that it is RUNNING (after its last start). */
    public void awaitRunning(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains("-> RUNNING")) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not RUNNING after " + timeout + ":\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, and wait until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    public String tail() throws IOException {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    /** Log lines of Streams errors (a replaced thread, a task that failed), for the report of a failure. */
    public long errorLines() throws IOException {
        return log().lines().filter(l -> l.contains(" ERROR ")).count();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
