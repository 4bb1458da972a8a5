package org.sitrep.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.json.AnalysisJson;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.DuplicateMatch;
import org.sitrep.link.EntityKeys;
import org.sitrep.link.StoryClusterer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.RawArticle;
import org.sitrep.model.TimeExpression;

/**
 * Writes the rows of one article inside the caller's transaction, on prepared statements kept for
 * the connection's life (preparing is the expensive part on DuckDB). Not thread-safe.
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

    private static final String ARTICLE_COLUMNS = "seq, content_hash, headline, publisher, url, language, published, text,"
            + " origin, raw_format, raw_content, raw_main, raw_hash, raw_meta, analysis, failed, story_id, duplicate_of,"
            + " source_key, signature, story_terms";

    void writeArticle(long seq, RawArticle raw, Analysis a, ArticleLinks links, boolean update) throws SQLException {
        String sql = update
                ? "UPDATE articles SET " + ARTICLE_COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?"
                : "INSERT INTO articles (" + ARTICLE_COLUMNS + ", id) VALUES (" + "?, ".repeat(21) + "?)";
        CleanArticle art = a.article();
        {
            PreparedStatement ps = prepared(sql);
            int i = 1;
            ps.setLong(i++, seq);
            ps.setString(i++, art.contentHash());
            ps.setString(i++, art.headline());
            ps.setString(i++, art.publisher());
            ps.setString(i++, art.url());
            ps.setString(i++, art.language());
            setDate(ps, i++, art.published());
            ps.setString(i++, art.text());
            ps.setString(i++, raw.origin());
            ps.setString(i++, raw.format().name());
            ps.setString(i++, raw.content());
            ps.setString(i++, raw.main());
            ps.setString(i++, raw.rawHash());
            ps.setString(i++, MetaJson.write(raw.meta()));
            ps.setString(i++, AnalysisJson.toLine(a.withCorpus(null)));
            ps.setBoolean(i++, a.failed());
            ps.setString(i++, links.storyId());
            ps.setString(i++, links.duplicateOf());
            ps.setString(i++, links.sourceKey());
            ps.setString(i++, Base64.getEncoder().encodeToString(links.signature().toBytes()));
            ps.setString(i++, StoryTerms.write(links.features()));
            ps.setString(i, art.id());
            ps.executeUpdate();
        }
    }

    void writeEntities(String articleId, List<Entity> entities) throws SQLException {
        if (entities.isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement pm = prepared("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)");
            for (Entity e : entities) {
                int i = 1;
                ps.setString(i++, articleId);
                ps.setString(i++, e.id());
                ps.setString(i++, EntityKeys.key(e));
                ps.setString(i++, e.name());
                ps.setString(i++, e.type().name());
                ps.setString(i++, e.country());
                ps.setString(i++, e.kbId());
                ps.setString(i++, e.wikidata());
                ps.setString(i++, e.sector());
                ps.setString(i++, e.actorCode());
                ps.setString(i++, e.sourceKind() == null ? null : e.sourceKind().name());
                setDouble(ps, i++, e.lat());
                setDouble(ps, i++, e.lon());
                ps.setInt(i, e.mentions().size());
                ps.addBatch();
                for (Mention m : e.mentions()) {
                    pm.setString(1, articleId);
                    pm.setString(2, e.id());
                    pm.setInt(3, m.begin());
                    pm.setInt(4, m.end());
                    pm.setString(5, m.text());
                    pm.setString(6, m.kind().name());
                    pm.addBatch();
                }
            }
            ps.executeBatch();
            pm.executeBatch();
        }
    }

    void writeTimes(String articleId, List<TimeExpression> times) throws SQLException {
        if (times.isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (TimeExpression t : times) {
                ps.setString(1, articleId);
                ps.setString(2, t.id());
                ps.setInt(3, t.begin());
                ps.setInt(4, t.end());
                ps.setString(5, t.text());
                ps.setString(6, t.type().name());
                ps.setString(7, t.value());
                ps.setString(8, t.beginPoint());
                ps.setString(9, t.endPoint());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void writeAttributions(String articleId, List<Attribution> attributions) throws SQLException {
        if (attributions.isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared("INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (Attribution a : attributions) {
                ps.setString(1, articleId);
                ps.setString(2, a.id());
                ps.setString(3, a.source());
                ps.setString(4, a.sourceText());
                ps.setString(5, a.sourceKind() == null ? null : a.sourceKind().name());
                ps.setString(6, a.cue() == null ? null : a.cue().text());
                ps.setString(7, a.content().text());
                ps.setInt(8, a.content().begin());
                ps.setInt(9, a.content().end());
                ps.setBoolean(10, a.direct());
                ps.setString(11, a.parent());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void writeEvents(Analysis a, ArticleLinks links) throws SQLException {
        if (a.events().isEmpty()) {
            return;
        }
        Map<String, Entity> entities = a.entities().stream().collect(Collectors.toMap(Entity::id, e -> e, (x, y) -> x));
        Map<String, Attribution> attributions = a.attributions().stream()
                .collect(Collectors.toMap(Attribution::id, x -> x, (x, y) -> x));
        Map<String, ArticleLinks.LinkedEvent> linked = new HashMap<>();
        links.events().forEach(le -> linked.put(le.mention().eventId(), le));
        String articleId = a.article().id();
        {
            PreparedStatement ps = prepared("INSERT INTO events VALUES (" + "?, ".repeat(39) + "?)");
            for (Event e : a.events()) {
                ArticleLinks.LinkedEvent le = linked.get(e.id());
                var cluster = links.clusters().get(le.clusterId());
                Entity actor = first(e.actors(), entities);
                Entity target = first(e.targets(), entities);
                Entity place = e.location() == null ? null : entities.get(e.location());
                Attribution at = e.attribution() == null ? null : attributions.get(e.attribution());
                LocalDate day = le.mention().day();
                int i = 1;
                ps.setString(i++, articleId + "#" + e.id());
                ps.setString(i++, articleId);
                ps.setString(i++, e.id());
                ps.setString(i++, le.clusterId());
                ps.setString(i++, links.storyId());
                ps.setString(i++, le.mention().key());
                if (day == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setInt(i++, day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth());
                }
                setDate(ps, i++, day);
                ps.setString(i++, e.date().value());
                ps.setString(i++, e.date().basis().name());
                i = actorColumns(ps, i, actor);
                i = actorColumns(ps, i, target);
                ps.setString(i++, participants(e.actors(), entities));
                ps.setString(i++, participants(e.targets(), entities));
                ps.setString(i++, e.cameo());
                ps.setString(i++, e.type());
                ps.setString(i++, e.mode());
                ps.setNull(i++, Types.DOUBLE);
                ps.setString(i++, e.factuality().certainty().name());
                ps.setString(i++, e.factuality().polarity().name());
                ps.setDouble(i++, e.factuality().score());
                ps.setDouble(i++, e.confidence());
                ps.setBoolean(i++, le.mention().denied());
                ps.setString(i++, le.mention().sourceKey());
                ps.setString(i++, at == null ? null : at.sourceText());
                ps.setInt(i++, cluster.independentSources());
                ps.setInt(i++, cluster.articles());
                ps.setBoolean(i++, cluster.contradicted());
                ps.setString(i++, place == null ? null : place.name());
                setDouble(ps, i++, place == null ? null : place.lat());
                setDouble(ps, i++, place == null ? null : place.lon());
                ps.setString(i++, a.article().url());
                ps.setString(i++, e.trigger().text());
                ps.setString(i, e.evidence().end() <= a.article().text().length() ? e.evidence().of(a.article().text()) : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Entity first(List<String> ids, Map<String, Entity> entities) {
        return ids.isEmpty() ? null : entities.get(ids.get(0));
    }

    private static int actorColumns(PreparedStatement ps, int i, Entity e) throws SQLException {
        ps.setString(i++, e == null ? null : e.name());
        ps.setString(i++, e == null ? null : e.actorCode());
        ps.setString(i++, e == null ? null : e.country());
        ps.setString(i++, e == null ? null : EntityKeys.key(e));
        return i;
    }

    /** "|name|code|key|…|" lower-cased, for matching any participant. */
    static String participants(List<String> ids, Map<String, Entity> entities) {
        StringBuilder sb = new StringBuilder("|");
        for (String id : ids) {
            Entity e = entities.get(id);
            if (e == null) {
                continue;
            }
            for (String s : new String[] {e.name(), e.actorCode(), EntityKeys.key(e), e.country()}) {
                if (s != null && !s.isBlank()) {
                    sb.append(s.toLowerCase(Locale.ROOT).replace('|', ' ')).append('|');
                }
            }
        }
        return sb.toString();
    }

    void writeLinks(String articleId, List<DuplicateMatch> duplicates) throws SQLException {
        if (duplicates.isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared("INSERT INTO links VALUES (?, ?, ?, ?, ?)");
            for (DuplicateMatch d : duplicates) {
                ps.setString(1, articleId);
                ps.setString(2, d.articleId());
                ps.setString(3, d.kind().name());
                ps.setDouble(4, d.jaccard());
                ps.setDouble(5, d.containment());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void writeDiagnostics(String articleId, String origin, List<Diagnostic> diagnostics) throws SQLException {
        if (diagnostics.isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared(
                "INSERT INTO diagnostics (article_id, origin, severity, stage, message) VALUES (?, ?, ?, ?, ?)");
            for (Diagnostic d : diagnostics) {
                ps.setString(1, articleId);
                ps.setString(2, origin);
                ps.setString(3, d.severity().name());
                ps.setString(4, d.stage());
                ps.setString(5, d.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void updateClusters(ArticleLinks links) throws SQLException {
        if (links.clusters().isEmpty()) {
            return;
        }
        {
            PreparedStatement ps = prepared(
                "UPDATE events SET num_sources = ?, num_articles = ?, contradicted = ? WHERE cluster_id = ?");
            for (var cluster : links.clusters().values()) {
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
            PreparedStatement insert = prepared("INSERT INTO stories VALUES (?, ?, ?, ?, ?)");
            insert.setString(1, storyId);
            insert.setString(2, label);
            setDate(insert, 3, span.first());
            setDate(insert, 4, span.last());
            insert.setInt(5, span.articles());
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
