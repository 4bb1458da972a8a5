package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.SourceKind;

/**
 * Links each new article to the corpus seen so far: near-duplicates, story, cross-article events
 * with their corroboration and contradictions. Incremental (indexes and signatures only) and
 * thread-safe (one article at a time). A store rebuilds it with the {@code restore…} methods from
 * what it persisted.
 */
public final class CorpusLinker {
    private final StoryConfig storyConfig;
    private final NearDuplicateIndex duplicates;
    private final StoryClusterer stories;
    private final EventIdentityIndex events;
    private final Map<String, String> rootOf = new HashMap<>();
    private final Map<String, String> sourceKeyOf = new HashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    /** Per article, the source key each of its event identity keys was counted under. */
    private final Map<String, Map<String, String>> eventSourceOf = new HashMap<>();

    public CorpusLinker(DedupConfig dedup, StoryConfig story, int eventWindowDays) {
        this.storyConfig = Objects.requireNonNull(story, "story");
        this.duplicates = new NearDuplicateIndex(dedup);
        this.stories = new StoryClusterer(story);
        this.events = new EventIdentityIndex(eventWindowDays);
    }

    /** Days apart within which two reports with the same event key are one event, by default. */
    public static final int DEFAULT_EVENT_WINDOW_DAYS = 3;

    public static CorpusLinker withDefaults() {
        return new CorpusLinker(DedupConfig.DEFAULT, StoryConfig.DEFAULT, DEFAULT_EVENT_WINDOW_DAYS);
    }

    /** Links a new article (the analysis must not have been linked before). */
    public synchronized ArticleLinks link(Analysis a) {
        String id = a.article().id();
        TextSignature sig = duplicates.config().signature(a.article().text());
        List<DuplicateMatch> matches = duplicates.find(sig).stream().filter(m -> !m.articleId().equals(id)).toList();
        duplicates.add(id, sig);
        String root = matches.isEmpty() ? null : rootOf.getOrDefault(matches.get(0).articleId(), matches.get(0).articleId());
        String sourceKey = root != null ? sourceKeyOf.getOrDefault(root, "article:" + root) : ownSourceKey(a);
        rootOf.put(id, root == null ? id : root);
        sourceKeyOf.put(id, sourceKey);
        StoryFeatures features = StoryFeatures.ofAnalysis(a, storyConfig);
        // A reanalysed article keeps its story (its features are already in the centroid).
        String story = storyOf.containsKey(id) ? storyOf.get(id) : stories.add(features);
        storyOf.put(id, story);
        Map<String, Entity> entities = a.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (x, y) -> x));
        Map<String, Attribution> attributions = a.attributions().stream()
                .collect(Collectors.toMap(Attribution::id, Function.identity(), (x, y) -> x));
        List<ArticleLinks.LinkedEvent> linked = new ArrayList<>();
        Map<String, EventCluster> touched = new LinkedHashMap<>();
        for (Event e : a.events()) {
            String key = EventKeys.key(e, entities);
            String source = root != null && eventSourceOf.getOrDefault(root, Map.of()).containsKey(key)
                    ? eventSourceOf.get(root).get(key) // a copy reports what its original reported, from the same source
                    : eventSourceKey(e, attributions, entities, sourceKey);
            EventMention m = new EventMention(id, e.id(), key, EventKeys.day(e, a.article().published()), source, denied(e));
            remember(m);
            String cluster = events.add(m);
            linked.add(new ArticleLinks.LinkedEvent(m, cluster));
        }
        for (ArticleLinks.LinkedEvent le : linked) {
            touched.put(le.clusterId(), events.cluster(le.clusterId()));
        }
        return new ArticleLinks(id, sig, matches, root, sourceKey, story, features, linked, touched);
    }

    /** Puts back a stored article's signature, duplicate root, source key and story. */
    public synchronized void restoreArticle(String id, TextSignature sig, String duplicateOf, String sourceKey,
                                            String storyId, StoryFeatures features) {
        duplicates.add(id, sig);
        rootOf.put(id, duplicateOf == null ? id : duplicateOf);
        sourceKeyOf.put(id, sourceKey);
        if (storyId != null) {
            stories.restore(storyId, features);
            storyOf.put(id, storyId);
        }
    }

    /** Puts back a stored event report under its cross-article event. */
    public synchronized void restoreEvent(String clusterId, EventMention m) {
        remember(m);
        events.restore(clusterId, m);
    }

    private void remember(EventMention m) {
        eventSourceOf.computeIfAbsent(m.articleId(), k -> new HashMap<>()).putIfAbsent(m.key(), m.sourceKey());
    }

    public StoryClusterer stories() {
        return stories;
    }

    /** Whether a report denies its event (a denial mark or negative polarity). */
    public static boolean denied(Event e) {
        return !e.deniedBy().isEmpty() || e.factuality().polarity() == Factuality.Polarity.NEG;
    }

    /** An original article's source: its publisher when known, else itself. */
    public static String ownSourceKey(Analysis a) {
        String publisher = a.article().publisher();
        if (publisher != null && !EntityKeys.normalise(publisher).isEmpty()) {
            return "publisher:" + EntityKeys.normalise(publisher);
        }
        return "article:" + a.article().id();
    }

    /**
     * A report attributed to a wire service counts as that wire, whoever republished it; any other
     * report counts as {@code articleKey} (pass null to learn whether a wire stands behind it).
     */
    public static String eventSourceKey(Event e, Map<String, Attribution> attributions, Map<String, Entity> entities,
                                         String articleKey) {
        Attribution at = e.attribution() == null ? null : attributions.get(e.attribution());
        while (at != null) {
            Entity source = at.source() == null ? null : entities.get(at.source());
            boolean wire = at.sourceKind() == SourceKind.WIRE_SERVICE || (source != null && source.sourceKind() == SourceKind.WIRE_SERVICE);
            if (wire) {
                String name = source != null ? (source.kbId() != null ? source.kbId() : EntityKeys.normalise(source.name()))
                        : EntityKeys.normalise(at.sourceText() == null ? "" : at.sourceText());
                return "wire:" + name;
            }
            at = at.parent() == null ? null : attributions.get(at.parent());
        }
        return articleKey;
    }
}
