package org.sitrep.clean;

import java.time.LocalDate;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.RawArticle;

/**
 * Turns a raw article into cleaned text: headline first, datelines, wire footers, copyright lines
 * and repeated paragraphs removed (and listed), publication date and language resolved.
 * Implementations are thread-safe.
 */
public interface Cleaner {
    /**
     * @param givenPublished a publication date given by the user (wins over everything), or null
     */
    CleanArticle clean(RawArticle raw, LocalDate givenPublished);
}
