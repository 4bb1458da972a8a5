package org.sitrep.store.jdbc;

import org.sitrep.store.rows.StoryTerms;
import org.sitrep.store.rows.MetaJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.sitrep.json.AnalysisJson;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.CorpusLinker;
import org.sitrep.link.EventMention;
import org.sitrep.link.TextSignature;
import org.sitrep.model.Analysis;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.CorpusLinks;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventRow;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreFullException;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredDiagnostic;
import org.sitrep.store.StoryView;
import org.sitrep.store.TimelineDay;

/**
 * The store on one JDBC connection, in SQL shared by DuckDB and PostgreSQL. Each {@link #put} is
 * one transaction (rows of the article, its links, the corroboration counts of the events it
 * touched). The corpus linker is rebuilt from the stored signatures and event keys on the first
 * write, never from the texts. Thread-safe: every operation holds the store's lock.
 */
public abstract class JdbcStore implements Store {
    protected final Connection connection;
    private final String description;
    private final ArticleWriter writer;
    private CorpusLinker linker;
    private long nextSeq = -1;

    protected JdbcStore(Connection connection, String description, boolean readOnly, List<String> indexes) {
        this.connection = connection;
        this.description = description;
        this.writer = new ArticleWriter(connection);
        if (!readOnly) {
            try {
                Schema.create(connection, indexes);
                try (Statement s = connection.createStatement()) {
                    s.execute("DELETE FROM store_meta WHERE key = 'schema'");
                    s.execute("INSERT INTO store_meta VALUES ('schema', '" + Schema.VERSION + "')");
                }
            } catch (SQLException e) {
                throw fail("cannot create the tables", e);
            }
        }
    }

    protected StoreException fail(String what, SQLException e) {
        if (StoreFullException.isDiskFull(e)) {
            return diskFull(what, e);
        }
        return new StoreException(description + ": " + what + ": " + e.getMessage(), e);
    }

    /** The error for a write that ran out of disk: what was not done, and that the rest is intact. */
    protected StoreFullException diskFull(String what, Throwable e) {
        return new StoreFullException(description + ": disk full: " + what + " (everything committed before it is intact;"
                + " free some space and run the same command again): " + e.getMessage(), e);
    }

    /**
     * Throws {@link StoreFullException} when the disk under the store has less free space than
     * {@link #requireFreeSpace} asked for; called before every write. Adapters that can see their
     * disk override it.
     */
    protected void checkFreeSpace() {
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized boolean has(String articleId) {
        try {
            PreparedStatement ps = writer.prepared("SELECT count(*) FROM articles WHERE id = ?");
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw fail("cannot read", e);
        }
    }

    @Override
    public synchronized PutResult put(RawArticle raw, Analysis analysis) {
        String id = analysis.article().id();
        checkFreeSpace();
        boolean replace = has(id);
        CorpusLinker l = linker();
        ArticleLinks links = l.link(analysis);
        try {
            connection.setAutoCommit(false);
            if (replace) {
                writer.deleteChildren(id);
            }
            write(nextSeq++, raw, analysis, links, l, replace);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            linker = null; // its state ran ahead of the store: rebuild on the next write
            nextSeq = -1;
            if (e instanceof SQLException s) {
                throw fail("cannot store article " + id + " (rolled back)", s);
            }
            if (!(e instanceof StoreFullException) && StoreFullException.isDiskFull(e)) {
                throw diskFull("cannot store article " + id + " (rolled back)", e);
            }
            throw (RuntimeException) e;
        } finally {
            autoCommit();
        }
        afterPut(id, analysis);
        return new PutResult(id, replace, links.corpusLinks());
    }

    /** Writes an article's rows, links and the corroboration and story it changed, inside the caller's transaction. */
    private void write(long seq, RawArticle raw, Analysis analysis, ArticleLinks links, CorpusLinker l, boolean update)
            throws SQLException {
        String id = analysis.article().id();
        writer.writeArticle(seq, raw, analysis, links, update);
        writer.writeEntities(id, analysis.entities());
        writer.writeTimes(id, analysis.times());
        writer.writeAttributions(id, analysis.attributions());
        writer.writeEvents(analysis, links);
        writer.writeLinks(id, links.duplicates());
        writer.writeDiagnostics(id, raw.origin(), analysis.diagnostics());
        writer.updateClusters(links);
        writer.upsertStory(links.storyId(), String.join(" ", l.stories().label(links.storyId(), 6)),
                l.stories().span(links.storyId()));
    }

    /**
     * Re-analyses every stored raw article and re-links the whole corpus from scratch in ingest
     * order, in ONE transaction: afterwards duplicates, stories, cross-article events, corroboration
     * and contradictions are exactly what a fresh ingest of the same articles in the same order
     * gives; an interruption (even kill -9) leaves the store as it was before.
     */
    @Override
    public synchronized int reanalyze(Function<RawArticle, Analysis> analyzer, int threads, IntConsumer progress) {
        List<String> ids = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id, seq FROM articles ORDER BY seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                seqs.add(rs.getLong(2));
            }
        } catch (SQLException e) {
            throw fail("cannot read articles", e);
        }
        CorpusLinker fresh = CorpusLinker.withDefaults();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sitrep-reanalyze");
            t.setDaemon(true);
            return t;
        });
        int done = 0;
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String table : Schema.LINKED_TABLES) {
                    s.execute("DELETE FROM " + table);
                }
                s.execute("DELETE FROM diagnostics WHERE article_id IS NOT NULL");
            }
            int batch = Math.max(1, threads) * 4;
            for (int from = 0; from < ids.size(); from += batch) {
                List<RawArticle> raws = new ArrayList<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + batch))) {
                    raws.add(readRaw(id));
                }
                List<Future<Analysis>> analyses = new ArrayList<>();
                for (RawArticle raw : raws) {
                    analyses.add(pool.submit(() -> analyzer.apply(raw)));
                }
                for (int i = 0; i < raws.size(); i++) {
                    Analysis a = analyses.get(i).get();
                    checkFreeSpace();
                    writer.deleteArticle(ids.get(from + i));
                    write(seqs.get(from + i), raws.get(i), a, fresh.link(a), fresh, false);
                    progress.accept(++done);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw fail("cannot reanalyse (the store is unchanged)", e);
        } catch (ExecutionException e) {
            rollback();
            throw new StoreException(description + ": the analysis of article " + ids.get(done) + " failed (the store is unchanged): "
                    + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            rollback();
            Thread.currentThread().interrupt();
            throw new StoreException(description + ": reanalysis interrupted (the store is unchanged)", e);
        } catch (RuntimeException e) {
            rollback();
            if (!(e instanceof StoreFullException) && StoreFullException.isDiskFull(e)) {
                throw diskFull("cannot reanalyse (the store is unchanged)", e);
            }
            throw e;
        } finally {
            pool.shutdownNow();
            autoCommit();
            linker = null; // rebuilt from the tables on the next write
            nextSeq = -1;
        }
        afterReanalysis();
        return done;
    }

    /** Called after a reanalysis committed (rebuild the search index). */
    protected void afterReanalysis() {
    }

    private RawArticle readRaw(String id) throws SQLException {
        PreparedStatement ps = writer.prepared("SELECT origin, raw_format, raw_content, raw_main, raw_hash, raw_meta FROM articles"
                + " WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException(description + ": article " + id + " vanished during reanalysis");
            }
            return raw(rs);
        }
    }

    /** The writer on this store's connection (for bulk loads in this package). */
    ArticleWriter writer() {
        return writer;
    }

    /** Rows were written around {@link #put}: rebuild the linker and sequence from the tables on the next write. */
    synchronized void linksChanged() {
        linker = null;
        nextSeq = -1;
    }

    /** Called after an article's transaction committed (index it for search). */
    protected void afterPut(String id, Analysis analysis) {
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the connection
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // reported by the next statement
        }
    }

    /** The linker, rebuilt from what is stored on first use. */
    private CorpusLinker linker() {
        if (linker != null) {
            return linker;
        }
        CorpusLinker l = CorpusLinker.withDefaults();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, signature, duplicate_of, source_key, story_id, story_terms, published,"
                    + " seq FROM articles ORDER BY seq")) {
                long max = 0;
                while (rs.next()) {
                    Date d = rs.getDate(7);
                    TextSignature sig = TextSignature.fromBytes(Base64.getDecoder().decode(rs.getString(2)));
                    l.restoreArticle(rs.getString(1), sig, rs.getString(3), rs.getString(4), rs.getString(5),
                            StoryTerms.read(rs.getString(6), d == null ? null : d.toLocalDate()));
                    max = Math.max(max, rs.getLong(8));
                }
                nextSeq = max + 1;
            }
            try (ResultSet rs = s.executeQuery("SELECT e.article_id, e.event_id, e.cluster_id, e.event_key, e.day, e.source_key,"
                    + " e.denied FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.event_id")) {
                while (rs.next()) {
                    Date d = rs.getDate(5);
                    l.restoreEvent(rs.getString(3), new EventMention(rs.getString(1), rs.getString(2), rs.getString(4),
                            d == null ? null : d.toLocalDate(), rs.getString(6), rs.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot read the link indexes", e);
        }
        linker = l;
        return l;
    }

    @Override
    public synchronized void putDiagnostic(String origin, Diagnostic d) {
        try {
            writer.writeDiagnostics(null, origin, List.of(d));
        } catch (SQLException e) {
            throw fail("cannot store a diagnostic", e);
        }
    }

    @Override
    public synchronized Optional<StoredArticle> get(String articleId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT origin, raw_format, raw_content, raw_main, raw_hash,"
                + " raw_meta, analysis, story_id, duplicate_of FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                RawArticle raw = raw(rs);
                CorpusLinks links = new CorpusLinks(rs.getString(8), rs.getString(9), copies(articleId), corroboration(articleId));
                return Optional.of(new StoredArticle(raw, withCorpus(rs.getString(7), links)));
            }
        } catch (SQLException e) {
            throw fail("cannot read article " + articleId, e);
        }
    }

    private static RawArticle raw(ResultSet rs) throws SQLException {
        ArticleMeta meta = MetaJson.read(rs.getString(6));
        return new RawArticle(rs.getString(1), ContentFormat.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), meta, List.of());
    }

    private List<String> copies(String articleId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT to_article FROM links WHERE from_article = ? AND kind = 'COPY_OF' ORDER BY to_article")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private Map<String, CorpusLinks.EventCorroboration> corroboration(String articleId) throws SQLException {
        Map<String, CorpusLinks.EventCorroboration> out = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT event_id, num_sources, contradicted FROM events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new CorpusLinks.EventCorroboration(rs.getInt(2), rs.getBoolean(3)));
                }
            }
        }
        return out;
    }

    /** The stored analysis JSON with the {@code corpus} object placed after {@code mainEvent}. */
    private static String withCorpus(String json, CorpusLinks links) {
        try {
            JsonNode tree = AnalysisJson.mapper().readTree(json);
            ObjectNode out = AnalysisJson.mapper().createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> it = tree.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("diagnostics")) {
                    out.set("corpus", AnalysisJson.corpus(links));
                }
                out.set(e.getKey(), e.getValue());
            }
            if (!out.has("corpus")) {
                out.set("corpus", AnalysisJson.corpus(links));
            }
            return AnalysisJson.mapper().writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized List<EventRow> events(EventQuery q) {
        EventReader.Where w = EventReader.where(q);
        String sql = "SELECT " + EventReader.COLUMNS + " FROM events" + w.sql()
                + " ORDER BY day DESC NULLS LAST, num_sources DESC, global_event_id LIMIT " + q.limit();
        return queryEvents(sql, w.params());
    }

    protected List<EventRow> queryEvents(String sql, List<Object> params) {
        return queryEvents(sql, params, EventReader::row);
    }

    /** A row of the events table read by a query. */
    interface RowReader {
        EventRow read(ResultSet rs) throws SQLException;
    }

    private List<EventRow> queryEvents(String sql, List<Object> params, RowReader reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<EventRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot query events", e);
        }
    }

    /** Events per day shown in full by {@link #timeline}; the rest of a day is counted only. */
    static final int EVENTS_PER_DAY = 5;

    /**
     * Per day (oldest first), an entity's best-sourced events (up to {@value #EVENTS_PER_DAY} a day, at
     * most {@code limit} in all; the columns of {@link EventReader#TIMELINE_COLUMNS}, the others
     * null), how many events it has that day, and the articles mentioning it published that day. Two cheap steps instead of ranking every event with all its columns: the
     * per-day counts (one column) give the last day the limit reaches, then only events up to that
     * day are read, each participant column filtered on its own so the database can skip the rest.
     */
    @Override
    public synchronized List<TimelineDay> timeline(String entity, int limit) {
        List<org.sitrep.store.DayCount> counts = dailyCounts(entity);
        Map<java.time.LocalDate, Long> perDay = new TreeMap<>();
        counts.forEach(c -> perDay.put(c.day(), c.events()));
        java.time.LocalDate lastDay = TimelineWindow.lastDay(counts, EVENTS_PER_DAY, limit);
        Map<java.time.LocalDate, List<EventRow>> events = new TreeMap<>();
        if (lastDay != null) {
            EventReader.Where w = EventReader.participantUntil(entity, lastDay);
            String sql = "SELECT " + EventReader.TIMELINE_COLUMNS + " FROM (SELECT " + EventReader.TIMELINE_COLUMNS
                    + ", row_number() OVER (PARTITION BY day ORDER BY num_sources DESC, global_event_id) AS rank_in_day FROM ("
                    + w.sql() + ") matching) ranked WHERE rank_in_day <= " + EVENTS_PER_DAY
                    + " ORDER BY day, num_sources DESC, global_event_id LIMIT " + limit;
            for (EventRow r : queryEvents(sql, w.params(), EventReader::timelineRow)) {
                events.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r);
            }
        }
        Map<java.time.LocalDate, List<ArticleSummary>> articles = new TreeMap<>();
        String e = entity.toLowerCase(java.util.Locale.ROOT);
        for (ArticleSummary a : summaries("WHERE published IS NOT NULL AND id IN (SELECT article_id FROM entities"
                + " WHERE lower(name) = ? OR lower(entity_key) = ? OR lower(kb_id) = ? OR lower(actor_code) = ?)"
                + " ORDER BY published, seq LIMIT " + limit, List.of(e, e, e, e))) {
            articles.computeIfAbsent(a.published(), d -> new ArrayList<>()).add(a);
        }
        java.util.TreeSet<java.time.LocalDate> days = new java.util.TreeSet<>(events.keySet());
        days.addAll(articles.keySet());
        return days.stream().map(d -> new TimelineDay(d, events.getOrDefault(d, List.of()), articles.getOrDefault(d, List.of()),
                perDay.getOrDefault(d, 0L))).toList();
    }

    @Override
    public synchronized List<org.sitrep.store.DayCount> dailyCounts(String entity) {
        EventReader.Where w = EventReader.participant(entity);
        List<org.sitrep.store.DayCount> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT day, count(*) FROM events" + w.sql()
                + " AND day IS NOT NULL GROUP BY day ORDER BY day")) {
            for (int i = 0; i < w.params().size(); i++) {
                ps.setObject(i + 1, w.params().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new org.sitrep.store.DayCount(rs.getDate(1).toLocalDate(), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot count events", e);
        }
        return out;
    }

    @Override
    public synchronized Optional<StoryView> story(String storyId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT first_day, last_day FROM stories WHERE id = ?")) {
            ps.setString(1, storyId);
            java.time.LocalDate first;
            java.time.LocalDate last;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                first = rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate();
                last = rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate();
            }
            List<ArticleSummary> articles = summaries("WHERE story_id = ? ORDER BY published NULLS LAST, seq", List.of(storyId));
            List<EventRow> events = queryEvents("SELECT " + EventReader.COLUMNS + " FROM events WHERE story_id = ?"
                    + " ORDER BY day NULLS LAST, global_event_id LIMIT 1000", List.of(storyId));
            return Optional.of(new StoryView(storyId, first, last, articles, events));
        } catch (SQLException e) {
            throw fail("cannot read story " + storyId, e);
        }
    }

    protected List<ArticleSummary> summaries(String whereOrder, List<Object> params) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, headline, publisher, published, url, duplicate_of FROM articles " + whereOrder)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<ArticleSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date d = rs.getDate(4);
                    out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                            d == null ? null : d.toLocalDate(), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot read articles", e);
        }
    }

    @Override
    public synchronized void export(ExportFormat format, Path out) {
        try {
            switch (format) {
                case JSONL -> Exports.jsonl(this, connection, out);
                case CSV -> Exports.csv(connection, out);
                case PARQUET -> exportParquet(out);
            }
        } catch (SQLException e) {
            throw fail("cannot export", e);
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the events as Parquet; adapters that cannot say so. */
    protected void exportParquet(Path out) throws SQLException {
        throw new StoreException(description + ": Parquet export needs the DuckDB store; use --format csv or jsonl");
    }

    @Override
    public synchronized List<ArticleSummary> articles(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return summaries("ORDER BY seq LIMIT ? OFFSET ?", List.of(limit, offset));
    }

    @Override
    public synchronized void forEachRaw(Consumer<RawArticle> sink) {
        for (String id : ids()) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT origin, raw_format, raw_content, raw_main, raw_hash,"
                    + " raw_meta FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        sink.accept(raw(rs));
                    }
                }
            } catch (SQLException e) {
                throw fail("cannot read article " + id, e);
            }
        }
    }

    /** Article ids in ingest order. */
    public synchronized List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw fail("cannot read articles", e);
        }
        return ids;
    }

    @Override
    public synchronized StoreStats stats() {
        return new StoreStats(count("articles"), count("events"), count("entities"), count("stories"), count("links"),
                count("diagnostics"));
    }

    protected long count(String table) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail("cannot count " + table, e);
        }
    }

    @Override
    public synchronized List<StoredDiagnostic> diagnostics(int limit) {
        List<StoredDiagnostic> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT article_id, origin, severity, stage, message FROM diagnostics ORDER BY noted_at, origin LIMIT " + limit)) {
            while (rs.next()) {
                out.add(new StoredDiagnostic(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw fail("cannot read diagnostics", e);
        }
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
            connection.close();
        } catch (SQLException e) {
            throw fail("cannot close", e);
        }
    }
}
