package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile builds from what the repository gives it. No Docker engine runs here, so the test
 * builds exactly the Docker build context (the repository minus {@code .dockerignore}) in a
 * temporary folder with the Dockerfile's own {@code RUN mvn} command, offline, and runs the jar the
 * final stage copies.
 */
class DockerContextTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @TempDir
    Path context;

    @Test
    void everyModuleOfTheParentPomIsInTheContext() throws Exception {
        DockerContext docker = new DockerContext(REPOSITORY);
        Matcher module = MODULE.matcher(Files.readString(REPOSITORY.resolve("pom.xml")));
        int modules = 0;
        while (module.find()) {
            modules++;
            Path pom = Path.of(module.group(1), "pom.xml");
            assertFalse(docker.excludes(pom), ".dockerignore leaves out " + pom + ", which the parent pom lists");
        }
        assertTrue(modules >= 7, "modules found in pom.xml: " + modules);
        assertTrue(docker.excludes(Path.of("streams-app", "target", "classes")), "build output stays out");
        assertTrue(docker.excludes(Path.of(".git", "HEAD")));
    }

    @Test
    void theBuildStageCopiesTheRepositoryAndTheRuntimeStageTheLauncherJar() throws Exception {
        List<String> dockerfile = Files.readAllLines(REPOSITORY.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY . ."), "the build stage copies the whole context");
        assertTrue(builtJar(dockerfile).startsWith("cli/target/"), builtJar(dockerfile));
    }

    @Test
    @Tag("reliability")
    void theDockerBuildContextBuildsOfflineIntoARunnableJar() throws Exception {
        List<String> dockerfile = Files.readAllLines(REPOSITORY.resolve("Dockerfile"));
        int files = new DockerContext(REPOSITORY).copyTo(context);
        List<String> command = new ArrayList<>(Arrays.asList(runCommand(dockerfile).split("\\s+")));
        command.add(1, "-o"); // everything it needs is in the local repository after the outer build
        command.remove("-q");
        Path log = Files.createDirectories(Path.of("target")).resolve("docker-context-build.log");
        Process build = new ProcessBuilder(command).directory(context.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(build.waitFor(15, TimeUnit.MINUTES), "the build took over 15 minutes");
        assertEquals(0, build.exitValue(), "`" + String.join(" ", command) + "` in the context (" + files + " files) failed:\n"
                + tail(log));

        Path jar = context.resolve(builtJar(dockerfile));
        assertTrue(Files.isRegularFile(jar), jar + " was not built");
        Process version = new ProcessBuilder("java", "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
        String printed = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(version.waitFor(60, TimeUnit.SECONDS));
        assertTrue(printed.startsWith("newswire "), printed);
    }

    /** The {@code mvn ...} of the build stage's RUN line. */
    private static String runCommand(List<String> dockerfile) {
        return dockerfile.stream().filter(l -> l.startsWith("RUN mvn ")).map(l -> l.substring(4).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no `RUN mvn` in the Dockerfile"));
    }

    /** The path, inside the build stage's /src, of the jar the runtime stage copies. */
    private static String builtJar(List<String> dockerfile) {
        Pattern copy = Pattern.compile("COPY --from=build /src/(\\S+) ");
        for (String line : dockerfile) {
            Matcher m = copy.matcher(line);
            if (m.find()) return m.group(1);
        }
        throw new AssertionError("no `COPY --from=build` in the Dockerfile");
    }

    private static String tail(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
