package org.sitrep.spark;

import java.util.Arrays;
import org.apache.spark.Partitioner;

/**
 * Spreads records numbered 0…total-1 (input order) over partitions in contiguous ranges, so
 * partition index then position within the partition is input order: every later stage keeps it
 * without a global sort. The ranges hold equal numbers of records, or ({@link #balanced}) about
 * equal work, so that no partition keeps one executor thread busy while the others wait.
 */
final class ContiguousPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    /** The first record of each partition (starts[0] = 0, non-decreasing). */
    private final long[] starts;

    /** Equal numbers of records per partition. */
    ContiguousPartitioner(long total, int partitions) {
        this(equal(Math.max(1, total), checked(partitions)));
    }

    private ContiguousPartitioner(long[] starts) {
        this.starts = starts;
    }

    /**
     * Ranges of about equal total weight (e.g. the length of each record's text, which the
     * analysis time follows): each record goes to the share of the whole its middle falls in.
     *
     * @param weights one non-negative weight per record, in input order
     */
    static ContiguousPartitioner balanced(long[] weights, int partitions) {
        checked(partitions);
        long total = 0;
        for (long w : weights) {
            total += Math.max(0, w);
        }
        if (total == 0) {
            return new ContiguousPartitioner(equal(Math.max(1, weights.length), partitions));
        }
        long[] starts = new long[partitions];
        long before = 0;
        int p = 1;
        for (int i = 0; i < weights.length && p < partitions; i++) {
            long w = Math.max(0, weights[i]);
            // a record belongs to the share its middle falls in
            int share = (int) Math.min(partitions - 1, (long) ((before + w / 2.0) * partitions / total));
            while (p <= share) {
                starts[p++] = i;
            }
            before += w;
        }
        for (; p < partitions; p++) {
            starts[p] = weights.length; // nothing left for the rest (more partitions than records)
        }
        return new ContiguousPartitioner(starts);
    }

    private static long[] equal(long total, int partitions) {
        long[] starts = new long[partitions];
        for (int p = 0; p < partitions; p++) {
            starts[p] = (p * total + partitions - 1) / partitions;
        }
        return starts;
    }

    private static int checked(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions < 1");
        }
        return partitions;
    }

    @Override
    public int numPartitions() {
        return starts.length;
    }

    @Override
    public int getPartition(Object key) {
        long index = Math.max(0, (Long) key);
        int at = Arrays.binarySearch(starts, index);
        if (at >= 0) {
            while (at + 1 < starts.length && starts[at + 1] == index) {
                at++; // empty partitions before a range that starts here
            }
            return at;
        }
        return -at - 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContiguousPartitioner p && Arrays.equals(p.starts, starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }
}
