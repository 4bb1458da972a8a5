package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.link.CorpusLinker;
import org.sitrep.link.DedupConfig;
import org.sitrep.link.EventKeys;
import org.sitrep.link.StoryConfig;
import org.sitrep.link.StoryFeatures;
import org.sitrep.link.TextSignature;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;

/**
 * What cross-article linking needs of one analysed article, computed in parallel next to its
 * analysis and much smaller than it: the MinHash signature, the story features, the source key
 * the article would have as an original, and per event its identity key, day, denial and wire
 * source. The linker's settings are the embedded defaults ({@link CorpusLinker#withDefaults}).
 *
 * @param index input position of the article (0-based, over every record read)
 */
record LinkFeatures(long index, String id, String ownSourceKey, int[] minHashes, int shingleCount,
                    TreeMap<String, Double> terms, LocalDate day, List<EventFeature> events) implements Serializable {
    static final DedupConfig DEDUP = DedupConfig.DEFAULT;
    static final StoryConfig STORY = StoryConfig.DEFAULT;

    /**
     * One event as linking sees it.
     *
     * @param position its place in the article's event list
     * @param wire     the wire service the report is attributed to ("wire:…"), or null
     */
    record EventFeature(int position, String eventId, String key, LocalDate day, boolean denied, String wire)
            implements Serializable {
    }

    static LinkFeatures of(long index, Analysis a) {
        TextSignature sig = DEDUP.signature(a.article().text());
        StoryFeatures story = StoryFeatures.ofAnalysis(a, STORY);
        Map<String, Entity> entities = a.entities().stream()
                .collect(Collectors.toMap(Entity::id, Function.identity(), (x, y) -> x));
        Map<String, Attribution> attributions = a.attributions().stream()
                .collect(Collectors.toMap(Attribution::id, Function.identity(), (x, y) -> x));
        List<EventFeature> events = new ArrayList<>(a.events().size());
        for (Event e : a.events()) {
            events.add(new EventFeature(events.size(), e.id(), EventKeys.key(e, entities),
                    EventKeys.day(e, a.article().published()), CorpusLinker.denied(e),
                    CorpusLinker.eventSourceKey(e, attributions, entities, null)));
        }
        return new LinkFeatures(index, a.article().id(), CorpusLinker.ownSourceKey(a), sig.minHashes(), sig.shingleCount(),
                new TreeMap<>(story.terms()), story.day(), List.copyOf(events));
    }

    TextSignature signature() {
        return new TextSignature(minHashes, shingleCount);
    }

    StoryFeatures storyFeatures() {
        return new StoryFeatures(terms, day);
    }

    /** Orders an event report: article first, then its place in the article. */
    static long point(long index, int position) {
        if (position >= 1 << 24) {
            throw new IllegalArgumentException("too many events in one article: " + position);
        }
        return (index << 24) | position;
    }
}
