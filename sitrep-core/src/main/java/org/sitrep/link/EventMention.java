package org.sitrep.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article's report of an event, as the corpus sees it.
 *
 * @param key       the cross-article identity key (type, actors, targets)
 * @param day       the event's day (else the publication day), or null
 * @param sourceKey who stands behind the report: the original of a syndicated copy, a wire
 *                  service, a publisher, or the article itself
 * @param denied    whether this report denies the event (negative polarity or a denial mark)
 */
public record EventMention(String articleId, String eventId, String key, LocalDate day, String sourceKey, boolean denied) {
    public EventMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }
}
