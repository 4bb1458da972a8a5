package org.sitrep.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.model.Analysis;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.EventRow;
import org.sitrep.store.SearchHit;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreFullException;
import org.sitrep.store.jdbc.JdbcStore;
import org.sitrep.store.lucene.ArticleIndex;

/**
 * The default store: an embedded DuckDB database ({@code sitrep.duckdb}) and a Lucene index
 * ({@code index/}) in one folder. One process may write at a time: DuckDB's file lock makes a
 * second writer fail, reported as a {@link StoreException} that says so.
 */
public final class DuckDbStore extends JdbcStore {
    public static final String DATABASE_FILE = "sitrep.duckdb";
    private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");
    private final Path dir;
    private final ArticleIndex index;
    private long minFreeBytes;

    private DuckDbStore(Connection c, Path dir, boolean readOnly, ArticleIndex index) {
        super(c, "DuckDB store " + dir, readOnly, List.of());
        this.dir = dir;
        this.index = index;
    }

    /** Opens (creating it when writing) the store in a folder. */
    public static DuckDbStore open(Path dir, boolean readOnly) {
        return open(dir, readOnly, UnaryOperator.identity());
    }

    /**
     * Opens the store with its JDBC connection passed through {@code connections} first (tests
     * inject faults such as a full disk this way).
     */
    public static DuckDbStore open(Path dir, boolean readOnly, UnaryOperator<Connection> connections) {
        Path db = dir.resolve(DATABASE_FILE);
        if (readOnly && !Files.exists(db)) {
            throw new StoreException("no store at " + dir + " (ingest articles first: sitrep ingest PATH --store " + dir + ")");
        }
        Connection c;
        try {
            Files.createDirectories(dir);
            Class.forName("org.duckdb.DuckDBDriver");
            Properties p = new Properties();
            if (readOnly) {
                p.setProperty("duckdb.read_only", "true");
            }
            c = connections.apply(DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p));
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB driver is missing from the class path", e);
        } catch (SQLException e) {
            throw openFailure(dir, e);
        }
        ArticleIndex index = null;
        try {
            index = readOnly ? ArticleIndex.forReading(dir.resolve("index")) : ArticleIndex.forWriting(dir.resolve("index"));
            DuckDbStore store = new DuckDbStore(c, dir, readOnly, index);
            if (!readOnly) {
                store.reconcileIndex();
            }
            return store;
        } catch (IOException e) {
            closeQuietly(c);
            throw new StoreException("cannot open the full-text index in " + dir.resolve("index") + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    static StoreException openFailure(Path dir, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock")) {
            Matcher pid = LOCK_HOLDER.matcher(m);
            return new StoreException("the store " + dir + " is in use by another process"
                    + (pid.find() ? " (pid " + pid.group(1) + ")" : "")
                    + ": only one process may write to a DuckDB store at a time; wait for it to finish or use another --store", e);
        }
        return new StoreException("cannot open the store " + dir + ": " + m, e);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    /** After a crash the index may lag the database: add what it lacks, drop what it should not have. */
    private void reconcileIndex() throws IOException {
        index(index.reconcile(ids()));
    }

    /** After a reanalysis every text may have changed: index them all again. */
    @Override
    protected void afterReanalysis() {
        try {
            List<String> ids = ids();
            index.reconcile(ids);
            index(ids);
        } catch (IOException e) {
            throw new StoreException("cannot index the reanalysed articles (they are stored; the index is repaired on the next"
                    + " reanalysis): " + e.getMessage(), e);
        }
    }

    private void index(List<String> ids) throws IOException {
        for (String id : ids) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT headline, text FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        index.put(id, rs.getString(1), rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw fail("cannot read article " + id, e);
            }
        }
        index.commit();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public synchronized void requireFreeSpace(long bytes) {
        minFreeBytes = Math.max(0, bytes);
    }

    @Override
    protected void checkFreeSpace() {
        if (minFreeBytes <= 0) {
            return;
        }
        long free;
        try {
            free = Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return; // cannot tell: the write itself will report a full disk
        }
        if (free < minFreeBytes) {
            throw new StoreFullException(describe() + ": disk full: only " + megabytes(free) + " MB free on the disk of " + dir
                    + ", less than the " + megabytes(minFreeBytes) + " MB to keep free; stopped before writing (everything"
                    + " stored so far is intact; free some space, or lower --min-free-mb, and run the same command again)");
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    protected void afterPut(String id, Analysis analysis) {
        try {
            index.put(id, analysis.article().headline(), analysis.article().text());
        } catch (IOException | RuntimeException e) { // Lucene closes its writer after a failed write (AlreadyClosedException)
            String what = "cannot index article " + id + " (it is stored; the index is repaired on the next open)";
            if (StoreFullException.isDiskFull(e)) {
                throw diskFull(what, e);
            }
            throw new StoreException(what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<SearchHit> search(String query, int limit) {
        if (index == null) {
            return List.of();
        }
        try {
            List<SearchHit> out = new ArrayList<>();
            for (ArticleIndex.Hit h : index.search(query, limit)) {
                List<ArticleSummary> s = summaries("WHERE id = ?", List.of(h.id()));
                if (!s.isEmpty()) {
                    out.add(new SearchHit(s.get(0), h.score(), h.snippet()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    @Override
    protected void exportParquet(Path out) throws SQLException {
        String select = org.sitrep.store.jdbc.ExportSql.gdeltSelect();
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
        }
    }

    /**
     * Appends events in bulk through DuckDB's Appender (for synthetic benchmark stores): one
     * transaction, no linking.
     */
    public synchronized long appendEvents(Iterator<EventRow> rows) {
        long n = 0;
        try {
            connection.setAutoCommit(false);
            n = append(rows);
            connection.commit();
        } catch (SQLException e) {
            throw fail("cannot append events", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // reported by the next statement
            }
        }
        return n;
    }

    private long append(Iterator<EventRow> rows) throws SQLException {
        long n = 0;
        try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            while (rows.hasNext()) {
                EventRow r = rows.next();
                a.beginRow();
                a.append(r.globalEventId()).append(r.articleId()).append(r.eventId()).append(r.clusterId()).append(r.storyId());
                a.append(r.ploverType() + "|" + r.actor1Name() + "|" + r.actor2Name());
                a.append(r.sqlDate()).append(r.day()).append(r.day() == null ? null : r.day().toString()).append("PUBLICATION");
                a.append(r.actor1Name()).append(r.actor1Code()).append(r.actor1CountryCode()).append(lower(r.actor1Name()));
                a.append(r.actor2Name()).append(r.actor2Code()).append(r.actor2CountryCode()).append(lower(r.actor2Name()));
                a.append("|" + lower(r.actor1Name()) + "|" + lower(r.actor1Code()) + "|");
                a.append("|" + lower(r.actor2Name()) + "|" + lower(r.actor2Code()) + "|");
                a.append(r.eventCode()).append(r.ploverType()).appendNull().append(r.goldstein());
                a.append(r.certainty()).append(r.polarity()).append(2.0).append(0.8).append(false);
                a.append("article:" + r.articleId()).appendNull();
                a.append(r.numSources()).append(r.numArticles()).append(r.contradicted());
                a.append(r.geoName()).append(r.geoLat()).append(r.geoLon()).append(r.sourceUrl()).append(r.trigger()).appendNull();
                a.endRow();
                n++;
            }
        }
        return n;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public synchronized void close() {
        try {
            if (index != null) {
                index.commit();
                index.close();
            }
        } catch (IOException | RuntimeException e) { // Lucene closes its writer after a failed write (AlreadyClosedException)
            if (StoreFullException.isDiskFull(e)) {
                throw diskFull("cannot close the full-text index (it is repaired on the next open)", e);
            }
            throw new StoreException("cannot close the index: " + e.getMessage(), e);
        } finally {
            super.close();
        }
    }
}
