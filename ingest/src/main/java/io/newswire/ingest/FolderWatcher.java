package io.newswire.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds new or changed files in a folder by polling (portable, recursive, works on network mounts).
 *
 * <p>A file is reported once its size and modification time are the same on two scans in a row, so a file
 * still being written is not read half-way. Files already read are reported again only when they change;
 * with path ids (ingest's default) a changed file keeps its id and corrects the article, with
 * {@code --id-from content} it gets a new one; an unchanged one is a duplicate.
 */
final class FolderWatcher {
    private record State(long size, long modified) {
    }

    private final Path folder;
    private final Map<Path, State> done = new HashMap<>();
    private final Map<Path, State> pending = new HashMap<>();

    FolderWatcher(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /**
     * Marks these files as read, as they are now: call before reading them, with the list that is read,
     * so that a file added or changed meanwhile is still reported by the next scans.
     */
    void markRead(List<Path> files) {
        for (Path f : files) {
            State s = state(f);
            if (s != null) {
                done.put(f, s);
            }
        }
    }

    /** Files that are new or changed and stable since the previous scan, in sorted order. */
    List<Path> scan() throws IOException {
        List<Path> ready = new ArrayList<>();
        List<Path> files = ArticleSources.listFiles(folder);
        for (Path f : files) {
            State s = state(f);
            if (s == null || s.equals(done.get(f))) {
                pending.remove(f);
                continue;
            }
            if (s.equals(pending.get(f))) {
                pending.remove(f);
                done.put(f, s);
                ready.add(f);
            } else {
                pending.put(f, s);
            }
        }
        done.keySet().retainAll(files);
        pending.keySet().retainAll(files);
        return ready;
    }

    private static State state(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return new State(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
