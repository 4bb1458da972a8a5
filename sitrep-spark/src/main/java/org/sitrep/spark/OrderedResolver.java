package org.sitrep.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.sitrep.link.StoryClusterer;
import org.sitrep.store.rows.TableRows;
import scala.Tuple2;

/**
 * The part of cross-article linking that depends on input order, run on the driver over compact
 * features only, in three passes, each in input order: {@link #ids} (the first record of an id
 * wins; sequence numbers), {@link #stories} (incremental story clustering, exactly as the embedded
 * linker does it), then {@link #roots} (duplicate groups from each copy's best match, found by the
 * distributed LSH stage). What it decides goes to the executors as a {@link Resolution}.
 */
final class OrderedResolver {
    private final StoryClusterer stories = new StoryClusterer(LinkFeatures.STORY);
    private final Set<String> storyOrder = new LinkedHashSet<>();
    private final Map<String, Resolution.Article> byId = new HashMap<>();
    private final Set<Long> dropped = new HashSet<>();
    private boolean copies;
    private long seq;

    /** Every analysed record's (input position, article id), in input order: the first record of an id is kept. */
    void ids(List<Tuple2<Long, String>> records) {
        for (Tuple2<Long, String> r : records) {
            if (byId.containsKey(r._2())) {
                dropped.add(r._1());
            } else {
                byId.put(r._2(), new Resolution.Article(r._1(), ++seq, null, null, null));
            }
        }
    }

    /** The next analysed record in input order: a kept article joins a story (incremental, as the embedded linker). */
    void stories(LinkFeatures f) {
        Resolution.Article a = byId.get(f.id());
        if (a.index() != f.index()) {
            return;
        }
        String story = stories.add(f.storyFeatures());
        storyOrder.add(story);
        byId.put(f.id(), new Resolution.Article(a.index(), a.seq(), story, null, f.ownSourceKey()));
    }

    /** Input positions of records skipped because an earlier record had the same article id. */
    Set<Long> dropped() {
        return Set.copyOf(dropped);
    }

    /**
     * Duplicate groups: each copy joins the group of its best match (an earlier article), whose
     * original gives the group its source key.
     *
     * @param best by input position of a copy: the id of its best match, in input order
     */
    void roots(SortedMap<Long, String[]> best) {
        for (String[] copyAndMatch : best.values()) {
            Resolution.Article match = byId.get(copyAndMatch[1]);
            String root = match.duplicateOf() != null ? match.duplicateOf() : copyAndMatch[1];
            String rootKey = byId.get(root).sourceKey();
            byId.put(copyAndMatch[0], byId.get(copyAndMatch[0]).asCopyOf(root, rootKey));
            copies = true;
        }
    }

    Resolution resolution() {
        return new Resolution(Map.copyOf(byId), copies);
    }

    /** The stories table (label and span of every story, final). */
    List<Object[]> storyRows() {
        List<Object[]> rows = new ArrayList<>(storyOrder.size());
        for (String s : storyOrder) {
            rows.add(TableRows.story(s, String.join(" ", stories.label(s, 6)), stories.span(s)));
        }
        return rows;
    }
}
