package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * A durable corpus. Every {@link #put} is one transaction: after a crash (even kill -9) each
 * article is either fully stored or absent. Implementations are thread-safe; writes are
 * serialised.
 */
public interface Store extends AutoCloseable {
    /** Whether an article with this id is stored. */
    boolean has(String articleId);

    /**
     * Stores an article (raw content and analysis), links it to the corpus and indexes it, in one
     * transaction. A full disk rolls it back and throws {@link StoreFullException}. An article already stored under the same id is replaced; the links of articles
     * stored after it are not recomputed (use {@link #reanalyze} for that).
     */
    PutResult put(RawArticle raw, Analysis analysis);

    /**
     * Makes every later write first check that at least this many bytes stay free on the disk
     * under the store, and stop with a {@link StoreFullException} before writing otherwise. A
     * no-op where the store cannot see its disk (a database server reports a full disk itself).
     */
    default void requireFreeSpace(long bytes) {
    }

    /** Records a problem with an input that yielded no article (an unreadable file). */
    void putDiagnostic(String origin, Diagnostic diagnostic);

    /** A stored article: its raw input and its analysis JSON with the current corpus links. */
    Optional<StoredArticle> get(String articleId);

    /** Events matching the query, newest day first. */
    List<EventRow> events(EventQuery query);

    /**
     * Per day (oldest first), an entity's (name, code or knowledge-base id) best-sourced events — a
     * few a day, at most {@code limit} in all, each with its id, day, participants, type and
     * corroboration (other columns null: read them with {@link #events}) — the day's event count,
     * and the articles published that day that mention it.
     */
    List<TimelineDay> timeline(String entity, int limit);

    /** Per day, how many events an entity takes part in (the cheap timeline, for charts). */
    List<DayCount> dailyCounts(String entity);

    /** A story with its articles and events. */
    Optional<StoryView> story(String storyId);

    /** Full-text search over headlines and texts, best first. */
    List<SearchHit> search(String query, int limit);

    /** Writes the corpus in a format to a file. */
    void export(ExportFormat format, Path out);

    /**
     * One page of the stored articles in ingest order, as summaries (no raw text or analysis is
     * read): the articles at positions {@code offset} to {@code offset + limit - 1}.
     */
    List<ArticleSummary> articles(int offset, int limit);

    /** Every stored raw article in ingest order (for reanalysis after an upgrade). */
    void forEachRaw(Consumer<RawArticle> sink);

    /**
     * Re-runs an analysis over every stored raw article (after an upgrade) and re-links the whole
     * corpus in ingest order, so that duplicates, stories, corroboration and contradictions equal a
     * fresh ingest of the same articles; all or nothing.
     *
     * @param threads  articles analysed in parallel (linking stays in ingest order)
     * @param progress told the number of articles done so far
     * @return the number of articles reanalysed
     */
    int reanalyze(Function<RawArticle, Analysis> analyzer, int threads, IntConsumer progress);

    /** Counts of what is stored. */
    StoreStats stats();

    /** Stored diagnostics, newest last. */
    List<StoredDiagnostic> diagnostics(int limit);

    /** A short description (location and kind) for messages. */
    String describe();

    @Override
    void close();
}
