package io.newswire.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The Docker build context of the repository: every file that {@code .dockerignore} does not exclude.
 * Docker's rules as far as this repository uses them: one pattern per line, {@code #} comments, paths
 * relative to the root, {@code *} within a name, {@code **} across folders, {@code !} re-includes, the
 * last matching line wins, and a matched folder excludes everything under it.
 */
final class DockerContext {
    private record Rule(PathMatcher matcher, boolean exclude) {}

    private final Path root;
    private final List<Rule> rules = new ArrayList<>();

    DockerContext(Path root) throws IOException {
        this.root = root;
        Path ignore = root.resolve(".dockerignore");
        if (!Files.exists(ignore)) return;
        for (String line : Files.readAllLines(ignore)) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) continue;
            boolean exclude = !pattern.startsWith("!");
            pattern = (exclude ? pattern : pattern.substring(1)).replaceAll("^/+|/+$", "");
            rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + pattern), exclude));
            if (pattern.startsWith("**/")) {
                // Docker's "**/" also matches at the root.
                rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)), exclude));
            }
        }
    }

    /** Whether {@code relative} (a path inside the repository) is left out of the context. */
    boolean excludes(Path relative) {
        for (Path prefix = relative; prefix != null; prefix = prefix.getParent()) {
            if (decide(prefix)) return true;
        }
        return false;
    }

    private boolean decide(Path relative) {
        boolean excluded = false;
        for (Rule rule : rules) {
            if (rule.matcher().matches(relative)) excluded = rule.exclude();
        }
        return excluded;
    }

    /** Copies the context to {@code target}, as {@code COPY . .} would; returns the number of files. */
    int copyTo(Path target) throws IOException {
        int[] files = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = root.relativize(dir);
                if (!relative.toString().isEmpty() && excludes(relative)) return FileVisitResult.SKIP_SUBTREE;
                Files.createDirectories(target.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = root.relativize(file);
                if (!excludes(relative)) {
                    Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    files[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files[0];
    }
}
