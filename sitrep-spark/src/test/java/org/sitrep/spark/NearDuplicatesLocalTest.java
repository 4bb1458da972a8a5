package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.sitrep.link.DuplicateMatch;
import org.sitrep.link.NearDuplicateIndex;
import org.sitrep.link.TextSignature;

/**
 * The distributed LSH stage finds, for every article, the same matches in the same order as the
 * embedded index fed the same articles one by one: exact copies (ties broken by band, then input
 * order), rewrites, unrelated and empty texts.
 */
class NearDuplicatesLocalTest {
    @Test
    void sameMatchesInTheSameOrderAsTheEmbeddedIndex() {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            words.add("w" + Integer.toString(i, 36));
        }
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 120 + random.nextInt(200); w++) {
                sb.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            originals.add(sb.toString());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String o = originals.get(random.nextInt(originals.size()));
            texts.add(switch (random.nextInt(5)) {
                case 0 -> o; // an exact copy
                case 1 -> o.substring(0, o.length() * (5 + random.nextInt(5)) / 10); // a cut rewrite
                case 2 -> o + " " + originals.get(random.nextInt(originals.size())).substring(0, 200); // extended
                case 3 -> i % 7 == 0 ? "" : "short text " + i;
                default -> originals.get(i % originals.size());
            });
        }
        List<LinkFeatures> features = new ArrayList<>();
        NearDuplicateIndex index = new NearDuplicateIndex(LinkFeatures.DEDUP);
        Map<Long, List<String>> expected = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            TextSignature sig = LinkFeatures.DEDUP.signature(texts.get(i));
            String id = "a" + i;
            features.add(new LinkFeatures(i, id, "article:" + id, sig.minHashes(), sig.shingleCount(), new TreeMap<>(), null,
                    List.of()));
            List<DuplicateMatch> found = index.find(sig);
            index.add(id, sig);
            if (!found.isEmpty()) {
                expected.put((long) i, found.stream().map(m -> m.articleId() + " " + m.kind() + " " + m.jaccard()).toList());
            }
        }
        assertThat(expected.values().stream().filter(l -> l.size() > 1).count()).as("ties and multiple matches").isPositive();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            List<NearDuplicates.Match> matches = NearDuplicates.matches(
                    JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(features, 3), 2).collect();
            Map<Long, List<String>> actual = matches.stream().collect(Collectors.groupingBy(NearDuplicates.Match::index,
                    TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted(NearDuplicates.ORDER)
                            .map(m -> m.otherId() + " " + m.kind() + " " + m.jaccard()).toList())));
            assertThat(actual).isEqualTo(expected);
        } finally {
            spark.stop();
        }
    }
}
