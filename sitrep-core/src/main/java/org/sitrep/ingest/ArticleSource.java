package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.sitrep.model.RawArticle;

/**
 * Reads one kind of input file into raw articles. Never trusts its input: unreadable or corrupt
 * records become articles carrying ERROR diagnostics (or an {@link IngestException} for a file
 * that cannot be opened at all). Implementations are thread-safe.
 */
public interface ArticleSource {
    /** Whether this source reads the file (by name and, if needed, its first bytes). */
    boolean accepts(Path file);

    /** Reads the file, giving each article to the sink as soon as it is read. */
    void read(Path file, Consumer<RawArticle> sink) throws IngestException;
}
