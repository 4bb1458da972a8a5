package org.sitrep.spark;

import org.apache.spark.Partitioner;

/**
 * Spreads articles numbered 0…total-1 (input order) over partitions in contiguous, equal ranges,
 * so partition index then position within the partition is input order: every later stage keeps
 * it without a global sort.
 */
final class ContiguousPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final long total;
    private final int partitions;

    ContiguousPartitioner(long total, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions < 1");
        }
        this.total = Math.max(1, total);
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        long index = (Long) key;
        return (int) Math.min(partitions - 1, Math.max(0, index) * partitions / total);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContiguousPartitioner p && p.total == total && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(total) * 31 + partitions;
    }
}
