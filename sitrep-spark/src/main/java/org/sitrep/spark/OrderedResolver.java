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

/**
 * The part of cross-article linking that depends on input order, run on the driver over compact
 * features only, in two passes: {@link #next} takes every analysed article in input order (first
 * record of an id wins; sequence numbers; incremental story clustering, exactly as the embedded
 * linker does it), then {@link #roots} resolves duplicate groups from each copy's best match
 * (found by the distributed LSH stage). What it decides goes to the executors as a {@link Resolution}.
 */
final class OrderedResolver {
    private final StoryClusterer stories = new StoryClusterer(LinkFeatures.STORY);
    private final Set<String> storyOrder = new LinkedHashSet<>();
    private final Map<String, Resolution.Article> byId = new HashMap<>();
    private final Set<Long> dropped = new HashSet<>();
    private boolean copies;
    private long seq;

    /** The next analysed article in input order. */
    void next(LinkFeatures f) {
        if (byId.containsKey(f.id())) {
            dropped.add(f.index());
            return;
        }
        String story = stories.add(f.storyFeatures());
        storyOrder.add(story);
        byId.put(f.id(), new Resolution.Article(f.index(), ++seq, story, null, f.ownSourceKey()));
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
