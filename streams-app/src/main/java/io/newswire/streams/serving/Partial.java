package io.newswire.streams.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one instance answered for some partitions of a store: rows, how many matched before
 * any limit, and the partitions it could not read (not hosted there any more, restoring).
 */
record Partial<T>(List<T> rows, long total, SortedSet<Integer> unavailable) {
    static <T> Partial<T> failed(Set<Integer> partitions) {
        return new Partial<>(new ArrayList<>(), 0, new TreeSet<>(partitions));
    }
}
