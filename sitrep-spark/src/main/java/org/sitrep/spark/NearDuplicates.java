package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.link.DuplicateMatch;
import org.sitrep.link.TextSignature;
import scala.Tuple2;

/**
 * Near-duplicate detection as Spark stages, with the embedded index's decisions
 * ({@link org.sitrep.link.NearDuplicateIndex}): every article's LSH band keys (in parallel) →
 * candidate pairs per band key (a shuffle on the key; the later article of a pair is the one that
 * looks up the earlier) → both signatures joined to the pair → the same thresholds
 * ({@link org.sitrep.link.DedupConfig#match}). An article's matches are ordered as the index orders
 * them: most similar first, then by the first of the later article's bands that brought the
 * candidate, then by input order.
 */
final class NearDuplicates {
    private NearDuplicates() {
    }

    /**
     * One duplicate pair: the later article ({@code index}, {@code id}) and the earlier one it copies
     * or rewrites.
     */
    record Match(long index, String id, long otherIndex, String otherId, String kind, double jaccard,
                 double containment, int band) implements Serializable {
        Object[] linkRow() {
            return new Object[] {id, otherId, kind, jaccard, containment};
        }
    }

    /** The embedded index's order of one article's matches. */
    static final Comparator<Match> ORDER = Comparator.comparingDouble(Match::jaccard).reversed()
            .thenComparingInt(Match::band).thenComparingLong(Match::otherIndex);

    /** Every duplicate pair among the (kept) articles; {@code partitions} for its shuffles of compact records. */
    static JavaRDD<Match> matches(JavaRDD<LinkFeatures> articles, int partitions) {
        JavaPairRDD<Long, long[]> bands = articles.filter(f -> f.shingleCount() > 0).flatMapToPair(f -> {
            long[] keys = LinkFeatures.DEDUP.bandKeys(f.signature());
            List<Tuple2<Long, long[]>> out = new ArrayList<>(keys.length);
            for (int b = 0; b < keys.length; b++) {
                out.add(new Tuple2<>(keys[b], new long[] {f.index(), b}));
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Tuple2<Long, Integer>> candidates = bands.groupByKey(partitions).flatMapToPair(bucket -> {
            List<long[]> members = new ArrayList<>();
            bucket._2().forEach(members::add);
            List<Tuple2<Tuple2<Long, Long>, Integer>> pairs = new ArrayList<>();
            for (long[] later : members) {
                for (long[] earlier : members) {
                    if (earlier[0] < later[0]) {
                        pairs.add(new Tuple2<>(new Tuple2<>(later[0], earlier[0]), (int) later[1]));
                    }
                }
            }
            return pairs.iterator();
        }).reduceByKey(Math::min, partitions).mapToPair(p -> new Tuple2<>(p._1()._1(), new Tuple2<>(p._1()._2(), p._2())));
        JavaPairRDD<Long, Signed> signatures = articles.filter(f -> f.shingleCount() > 0)
                .mapToPair(f -> new Tuple2<>(f.index(), new Signed(f.id(), f.minHashes(), f.shingleCount())));
        return candidates.join(signatures, partitions)
                .mapToPair(c -> new Tuple2<>(c._2()._1()._1(), new Later(c._1(), c._2()._2(), c._2()._1()._2())))
                .join(signatures, partitions)
                .flatMap(c -> {
                    Later l = c._2()._1();
                    Signed earlier = c._2()._2();
                    DuplicateMatch m = LinkFeatures.DEDUP.match(l.article().signature(), earlier.id(), earlier.signature());
                    return m == null ? java.util.Collections.emptyIterator() : List.of(new Match(l.index(), l.article().id(), c._1(),
                            m.articleId(), m.kind().name(), m.jaccard(), m.containment(), l.band())).iterator();
                });
    }

    /** An article's id and MinHash signature. */
    private record Signed(String id, int[] minHashes, int shingleCount) implements Serializable {
        TextSignature signature() {
            return new TextSignature(minHashes, shingleCount);
        }
    }

    /** The later article of a candidate pair, on its way to meet the earlier one's signature. */
    private record Later(long index, Signed article, int band) implements Serializable {
    }

    /** Each copy's best match, by the copy's input position: {copy id, match id}. */
    static TreeMap<Long, String[]> best(JavaRDD<Match> matches) {
        Map<Long, Match> best = matches.mapToPair(m -> new Tuple2<>(m.index(), m))
                .reduceByKey((a, b) -> ORDER.compare(a, b) <= 0 ? a : b, matches.getNumPartitions()).collectAsMap();
        TreeMap<Long, String[]> out = new TreeMap<>();
        best.forEach((index, m) -> out.put(index, new String[] {m.id(), m.otherId()}));
        return out;
    }
}
