package org.sitrep.store;

import java.time.LocalDate;

/** A stored article in a list: id, headline, publisher, date, URL and its duplicate original. */
public record ArticleSummary(String id, String headline, String publisher, LocalDate published, String url,
                             String duplicateOf) {
}
