package org.sitrep.link;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.CorpusLinks;

/**
 * What linking decided for one new article, for the store to persist.
 *
 * @param duplicates  earlier articles it copies or rewrites, most similar first
 * @param duplicateOf the original of its duplicate group, or null
 * @param sourceKey   who stands behind the article as a source (shared by syndicated copies)
 * @param events      its events with the cross-article event each belongs to
 * @param clusters    the updated corroboration of every cross-article event it touched
 */
public record ArticleLinks(String articleId, TextSignature signature, List<DuplicateMatch> duplicates,
                           String duplicateOf, String sourceKey, String storyId, StoryFeatures features,
                           List<LinkedEvent> events, Map<String, EventCluster> clusters) {
    public ArticleLinks {
        duplicates = List.copyOf(duplicates);
        events = List.copyOf(events);
        clusters = java.util.Collections.unmodifiableMap(new TreeMap<>(clusters));
    }

    /** One event of the article and the cross-article event it belongs to. */
    public record LinkedEvent(EventMention mention, String clusterId) {
    }

    /** The {@code corpus} section of the article's analysis. */
    public CorpusLinks corpusLinks() {
        Map<String, CorpusLinks.EventCorroboration> ev = new TreeMap<>();
        for (LinkedEvent e : events) {
            EventCluster c = clusters.get(e.clusterId());
            ev.put(e.mention().eventId(), new CorpusLinks.EventCorroboration(c.independentSources(), c.contradicted()));
        }
        List<String> copies = duplicates.stream().filter(d -> d.kind() == DuplicateKind.COPY_OF)
                .map(DuplicateMatch::articleId).toList();
        return new CorpusLinks(storyId, duplicateOf, copies, ev);
    }
}
