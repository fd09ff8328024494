package io.newswire.streams.runtime;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for every RocksDB store of the process (Kafka's documented
 * "BoundedMemoryRocksDBConfig" pattern). By default each store instance gets its own 50 MB block
 * cache and up to three 16 MB memtables; with seven stores per partition that grew the
 * process to 1.5 GiB resident at a million articles (-Xmx512m). Here block cache, index and
 * filter blocks and memtables all come out of one LRU cache of {@value #DEFAULT_TOTAL_MIB} MiB by
 * default ({@code newswire.rocksdb.memory.mib}), half of it for memtables.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
    /** Total off-heap memory of all RocksDB stores in this process, MiB. */
    public static final String TOTAL_MIB = "newswire.rocksdb.memory.mib";
    static final long DEFAULT_TOTAL_MIB = 128;

    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    private static synchronized void init(long totalBytes) {
        if (cache == null) {
            // Index and filter blocks get the high-priority part of the cache, so scans do not evict them.
            cache = new LRUCache(totalBytes, -1, false, 0.1);
            writeBuffers = new WriteBufferManager(totalBytes / 2, cache);
        }
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object mib = configs.get(TOTAL_MIB);
        init((mib == null ? DEFAULT_TOTAL_MIB : Long.parseLong(mib.toString())) * 1024 * 1024);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBuffers);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write buffer manager are shared by every store: never closed here.
    }
}
