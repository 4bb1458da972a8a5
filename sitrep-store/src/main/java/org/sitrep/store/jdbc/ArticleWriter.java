package org.sitrep.store.jdbc;

import org.sitrep.store.rows.TableRows;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.DuplicateMatch;
import org.sitrep.link.StoryClusterer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Entity;
import org.sitrep.model.RawArticle;
import org.sitrep.model.TimeExpression;

/**
 * Writes the rows of one article inside the caller's transaction, on prepared statements kept for
 * the connection's life (preparing is the expensive part on DuckDB). Not thread-safe. Batched
 * inserts rather than DuckDB's Appender: rows appended through the Appender survive a rollback of
 * the JDBC transaction (checked with DuckDB JDBC 2.0.0.1), which would break the all-or-nothing
 * article that crash and full-disk recovery rely on. The Appender serves bulk loads that are
 * their own unit of work ({@code DuckDbStore.appendEvents}).
 */
final class ArticleWriter implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ArticleWriter(Connection c) {
        this.c = c;
    }

    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }

    void deleteChildren(String articleId) throws SQLException {
        for (String table : Schema.ARTICLE_CHILDREN) {
            String column = table.equals("links") ? "from_article" : "article_id";
            {
            PreparedStatement ps = prepared("DELETE FROM " + table + " WHERE " + column + " = ?");
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    void deleteArticle(String articleId) throws SQLException {
        PreparedStatement ps = prepared("DELETE FROM articles WHERE id = ?");
        ps.setString(1, articleId);
        ps.executeUpdate();
    }

    void writeArticle(long seq, RawArticle raw, Analysis a, ArticleLinks links, boolean update) throws SQLException {
        Object[] row = TableRows.article(seq, raw, a, links);
        List<TableRows.Column> columns = TableRows.Table.ARTICLES.columns();
        if (update) {
            String sets = columns.subList(1, columns.size()).stream().map(c -> c.name() + " = ?")
                    .collect(java.util.stream.Collectors.joining(", "));
            PreparedStatement ps = prepared("UPDATE articles SET " + sets + " WHERE id = ?");
            for (int i = 1; i < row.length; i++) {
                bind(ps, i, columns.get(i).type(), row[i]);
            }
            bind(ps, row.length, TableRows.Type.STRING, row[0]);
            ps.executeUpdate();
        } else {
            PreparedStatement ps = prepared(insert(TableRows.Table.ARTICLES));
            bindRow(ps, columns, row);
            ps.executeUpdate();
        }
    }

    void writeEntities(String articleId, List<Entity> entities) throws SQLException {
        writeRows(TableRows.Table.ENTITIES, TableRows.entities(articleId, entities));
        writeRows(TableRows.Table.MENTIONS, TableRows.mentions(articleId, entities));
    }

    void writeTimes(String articleId, List<TimeExpression> times) throws SQLException {
        writeRows(TableRows.Table.TIMES, TableRows.times(articleId, times));
    }

    void writeAttributions(String articleId, List<Attribution> attributions) throws SQLException {
        writeRows(TableRows.Table.ATTRIBUTIONS, TableRows.attributions(articleId, attributions));
    }

    void writeEvents(Analysis a, ArticleLinks links) throws SQLException {
        writeRows(TableRows.Table.EVENTS, TableRows.events(a, links, links.clusters()::get));
    }

    void writeLinks(String articleId, List<DuplicateMatch> duplicates) throws SQLException {
        writeRows(TableRows.Table.LINKS, TableRows.links(articleId, duplicates));
    }

    void writeDiagnostics(String articleId, String origin, List<Diagnostic> diagnostics) throws SQLException {
        writeRows(TableRows.Table.DIAGNOSTICS, TableRows.diagnostics(articleId, origin, diagnostics));
    }

    /** Rows per multi-row INSERT, largest first (each size is one statement prepared once per table). */
    private static final int[] CHUNKS = {64, 16, 4, 1};

    /**
     * Inserts rows made by {@link TableRows} with multi-row INSERTs of a few fixed sizes: a JDBC
     * batch runs one statement per row on DuckDB, which made the rows of an article (its mentions
     * above all) cost more than everything else the store does.
     */
    void writeRows(TableRows.Table table, List<Object[]> rows) throws SQLException {
        int at = 0;
        for (int size : CHUNKS) {
            while (rows.size() - at >= size) {
                PreparedStatement ps = prepared(insert(table, size));
                int columns = table.columns().size();
                for (int r = 0; r < size; r++) {
                    Object[] row = rows.get(at + r);
                    for (int i = 0; i < row.length; i++) {
                        bind(ps, r * columns + i + 1, table.columns().get(i).type(), row[i]);
                    }
                }
                ps.executeUpdate();
                at += size;
            }
        }
    }

    static String insert(TableRows.Table table) {
        return insert(table, 1);
    }

    static String insert(TableRows.Table table, int rows) {
        String values = "(" + "?, ".repeat(table.columns().size() - 1) + "?)";
        return "INSERT INTO " + table.sqlName() + " (" + table.columnList() + ") VALUES " + (values + ", ").repeat(rows - 1) + values;
    }

    static void bindRow(PreparedStatement ps, List<TableRows.Column> columns, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            bind(ps, i + 1, columns.get(i).type(), row[i]);
        }
    }

    static void bind(PreparedStatement ps, int i, TableRows.Type type, Object v) throws SQLException {
        switch (type) {
            case STRING -> ps.setString(i, (String) v);
            case INT -> {
                if (v == null) {
                    ps.setNull(i, Types.INTEGER);
                } else {
                    ps.setInt(i, (Integer) v);
                }
            }
            case LONG -> {
                if (v == null) {
                    ps.setNull(i, Types.BIGINT);
                } else {
                    ps.setLong(i, (Long) v);
                }
            }
            case DOUBLE -> setDouble(ps, i, (Double) v);
            case BOOLEAN -> {
                if (v == null) {
                    ps.setNull(i, Types.BOOLEAN);
                } else {
                    ps.setBoolean(i, (Boolean) v);
                }
            }
            case DATE -> setDate(ps, i, (LocalDate) v);
        }
    }

    /**
     * Brings the counts of the cross-article events this article joined up to date on the other
     * articles' rows. A cluster reported by this article alone needs nothing: its rows were just
     * written with these counts.
     */
    void updateClusters(ArticleLinks links) throws SQLException {
        List<org.sitrep.link.EventCluster> shared = links.clusters().values().stream().filter(c -> c.articles() > 1).toList();
        if (shared.isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared(
                "UPDATE events SET num_sources = ?, num_articles = ?, contradicted = ? WHERE cluster_id = ?");
            for (var cluster : shared) {
                ps.setInt(1, cluster.independentSources());
                ps.setInt(2, cluster.articles());
                ps.setBoolean(3, cluster.contradicted());
                ps.setString(4, cluster.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void upsertStory(String storyId, String label, StoryClusterer.StorySpan span) throws SQLException {
        PreparedStatement update = prepared("UPDATE stories SET label = ?, first_day = ?, last_day = ?, articles = ? WHERE id = ?");
        update.setString(1, label);
        setDate(update, 2, span.first());
        setDate(update, 3, span.last());
        update.setInt(4, span.articles());
        update.setString(5, storyId);
        if (update.executeUpdate() == 0) {
            PreparedStatement insert = prepared(insert(TableRows.Table.STORIES));
            bindRow(insert, TableRows.Table.STORIES.columns(), TableRows.story(storyId, label, span));
            insert.executeUpdate();
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, d);
        }
    }
}
