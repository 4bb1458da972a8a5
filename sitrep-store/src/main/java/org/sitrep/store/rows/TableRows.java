package org.sitrep.store.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.json.AnalysisJson;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.DuplicateMatch;
import org.sitrep.link.EntityKeys;
import org.sitrep.link.EventCluster;
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
 * The store's row mapping, independent of any database: which columns each table has (in the
 * order of its CREATE TABLE) and the values of an article's rows. The JDBC store binds these rows
 * to its statements; the Spark job writes them as Parquet. Values are String, Integer, Long,
 * Double, Boolean, LocalDate or null. The defaulted timestamp columns (ingested_at, noted_at) are
 * left to the database.
 */
public final class TableRows {
    private TableRows() {
    }

    /** A column's value type. */
    public enum Type { STRING, INT, LONG, DOUBLE, BOOLEAN, DATE }

    /** One column of a table. */
    public record Column(String name, Type type) implements java.io.Serializable {
    }

    /** The tables an analysed article fills, with their columns. */
    public enum Table {
        ARTICLES("id:S seq:L content_hash:S headline:S publisher:S url:S language:S published:D text:S origin:S"
                + " raw_format:S raw_content:S raw_main:S raw_hash:S raw_meta:S analysis:S failed:B story_id:S"
                + " duplicate_of:S source_key:S signature:S story_terms:S"),
        ENTITIES("article_id:S entity_id:S entity_key:S name:S type:S country:S kb_id:S wikidata:S sector:S actor_code:S"
                + " source_kind:S lat:F lon:F mentions:I"),
        MENTIONS("article_id:S entity_id:S begin_offset:I end_offset:I text:S kind:S"),
        TIMES("article_id:S time_id:S begin_offset:I end_offset:I text:S type:S value:S begin_point:S end_point:S"),
        ATTRIBUTIONS("article_id:S attribution_id:S source_entity:S source_text:S source_kind:S cue:S content:S"
                + " content_begin:I content_end:I direct:B parent:S"),
        EVENTS("global_event_id:S article_id:S event_id:S cluster_id:S story_id:S event_key:S sql_date:I day:D"
                + " date_value:S date_basis:S actor1_name:S actor1_code:S actor1_country_code:S actor1_key:S"
                + " actor2_name:S actor2_code:S actor2_country_code:S actor2_key:S actors:S targets:S event_code:S"
                + " plover_type:S plover_mode:S goldstein:F certainty:S polarity:S factuality:F confidence:F denied:B"
                + " source_key:S attribution_source:S num_sources:I num_articles:I contradicted:B geo_name:S geo_lat:F"
                + " geo_lon:F source_url:S trigger_text:S evidence:S"),
        STORIES("id:S label:S first_day:D last_day:D articles:I"),
        LINKS("from_article:S to_article:S kind:S jaccard:F containment:F"),
        DIAGNOSTICS("article_id:S origin:S severity:S stage:S message:S");

        private final List<Column> columns;

        Table(String spec) {
            List<Column> list = new ArrayList<>();
            for (String c : spec.split(" ")) {
                String[] p = c.split(":");
                list.add(new Column(p[0], switch (p[1]) {
                    case "S" -> Type.STRING;
                    case "I" -> Type.INT;
                    case "L" -> Type.LONG;
                    case "F" -> Type.DOUBLE;
                    case "B" -> Type.BOOLEAN;
                    case "D" -> Type.DATE;
                    default -> throw new IllegalStateException(c);
                }));
            }
            this.columns = List.copyOf(list);
        }

        public List<Column> columns() {
            return columns;
        }

        /** The table's SQL name. */
        public String sqlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** "a, b, c": the column list for INSERT statements. */
        public String columnList() {
            return columns.stream().map(Column::name).collect(Collectors.joining(", "));
        }
    }

    /** The article row (articles table order: id first). */
    public static Object[] article(long seq, RawArticle raw, Analysis a, ArticleLinks links) {
        return article(seq, raw, a, AnalysisJson.toLine(a.withCorpus(null)), links);
    }

    /**
     * The article row with the analysis already written as its JSON line (without corpus links),
     * for callers that also emit that line.
     */
    public static Object[] article(long seq, RawArticle raw, Analysis a, String analysisJson, ArticleLinks links) {
        CleanArticle art = a.article();
        return new Object[] {art.id(), seq, art.contentHash(), art.headline(), art.publisher(), art.url(), art.language(),
            art.published(), art.text(), raw.origin(), raw.format().name(), raw.content(), raw.main(), raw.rawHash(),
            MetaJson.write(raw.meta()), analysisJson, a.failed(), links.storyId(),
            links.duplicateOf(), links.sourceKey(), Base64.getEncoder().encodeToString(links.signature().toBytes()),
            StoryTerms.write(links.features())};
    }

    private static final int ARTICLE_SEQ = column(Table.ARTICLES, "seq");
    private static final int ARTICLE_STORY = column(Table.ARTICLES, "story_id");
    private static final int ARTICLE_DUPLICATE_OF = column(Table.ARTICLES, "duplicate_of");
    private static final int ARTICLE_SOURCE_KEY = column(Table.ARTICLES, "source_key");
    private static final int EVENT_STORY = column(Table.EVENTS, "story_id");
    private static final int EVENT_CLUSTER = column(Table.EVENTS, "cluster_id");
    private static final int EVENT_SOURCE_KEY = column(Table.EVENTS, "source_key");
    private static final int EVENT_SOURCES = column(Table.EVENTS, "num_sources");
    private static final int EVENT_ARTICLES = column(Table.EVENTS, "num_articles");
    private static final int EVENT_CONTRADICTED = column(Table.EVENTS, "contradicted");

    /**
     * A copy of an article row made before the corpus was linked, with the linking decisions in
     * place: its sequence number, story, duplicate group and source key.
     */
    public static Object[] relinkArticle(Object[] row, long seq, String storyId, String duplicateOf, String sourceKey) {
        Object[] out = row.clone();
        out[ARTICLE_SEQ] = seq;
        out[ARTICLE_STORY] = storyId;
        out[ARTICLE_DUPLICATE_OF] = duplicateOf;
        out[ARTICLE_SOURCE_KEY] = sourceKey;
        return out;
    }

    /** A copy of an event row made before the corpus was linked, with its article's story. */
    public static Object[] relinkEvent(Object[] row, String storyId) {
        Object[] out = row.clone();
        out[EVENT_STORY] = storyId;
        return out;
    }

    /**
     * A copy of an event row made before the corpus was linked, with its article's story and its
     * cross-article event: the cluster, the source the report counts for and the cluster's corroboration.
     */
    public static Object[] relinkEvent(Object[] row, String storyId, String clusterId, String sourceKey, EventCluster cluster) {
        Object[] out = relinkEvent(row, storyId);
        out[EVENT_CLUSTER] = clusterId;
        out[EVENT_SOURCE_KEY] = sourceKey;
        out[EVENT_SOURCES] = cluster.independentSources();
        out[EVENT_ARTICLES] = cluster.articles();
        out[EVENT_CONTRADICTED] = cluster.contradicted();
        return out;
    }

    private static int column(Table table, String name) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(table + " has no column " + name);
    }

    public static List<Object[]> entities(String articleId, List<Entity> entities) {
        List<Object[]> rows = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            rows.add(new Object[] {articleId, e.id(), EntityKeys.key(e), e.name(), e.type().name(), e.country(), e.kbId(),
                e.wikidata(), e.sector(), e.actorCode(), e.sourceKind() == null ? null : e.sourceKind().name(), e.lat(),
                e.lon(), e.mentions().size()});
        }
        return rows;
    }

    public static List<Object[]> mentions(String articleId, List<Entity> entities) {
        List<Object[]> rows = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                rows.add(new Object[] {articleId, e.id(), m.begin(), m.end(), m.text(), m.kind().name()});
            }
        }
        return rows;
    }

    public static List<Object[]> times(String articleId, List<TimeExpression> times) {
        List<Object[]> rows = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            rows.add(new Object[] {articleId, t.id(), t.begin(), t.end(), t.text(), t.type().name(), t.value(),
                t.beginPoint(), t.endPoint()});
        }
        return rows;
    }

    public static List<Object[]> attributions(String articleId, List<Attribution> attributions) {
        List<Object[]> rows = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            rows.add(new Object[] {articleId, a.id(), a.source(), a.sourceText(),
                a.sourceKind() == null ? null : a.sourceKind().name(), a.cue() == null ? null : a.cue().text(),
                a.content().text(), a.content().begin(), a.content().end(), a.direct(), a.parent()});
        }
        return rows;
    }

    /**
     * The event rows of an article.
     *
     * @param clusters the corroboration of each cross-article event (as linked now, or as final)
     */
    public static List<Object[]> events(Analysis a, ArticleLinks links, Function<String, EventCluster> clusters) {
        Map<String, Entity> entities = a.entities().stream().collect(Collectors.toMap(Entity::id, e -> e, (x, y) -> x));
        Map<String, Attribution> attributions = a.attributions().stream()
                .collect(Collectors.toMap(Attribution::id, x -> x, (x, y) -> x));
        Map<String, ArticleLinks.LinkedEvent> linked = new HashMap<>();
        links.events().forEach(le -> linked.put(le.mention().eventId(), le));
        String articleId = a.article().id();
        List<Object[]> rows = new ArrayList<>(a.events().size());
        for (Event e : a.events()) {
            ArticleLinks.LinkedEvent le = linked.get(e.id());
            EventCluster cluster = clusters.apply(le.clusterId());
            Entity actor = first(e.actors(), entities);
            Entity target = first(e.targets(), entities);
            Entity place = e.location() == null ? null : entities.get(e.location());
            Attribution at = e.attribution() == null ? null : attributions.get(e.attribution());
            LocalDate day = le.mention().day();
            rows.add(new Object[] {articleId + "#" + e.id(), articleId, e.id(), le.clusterId(), links.storyId(),
                le.mention().key(),
                day == null ? null : day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth(), day,
                e.date().value(), e.date().basis().name(),
                actor == null ? null : actor.name(), actor == null ? null : actor.actorCode(),
                actor == null ? null : actor.country(), actor == null ? null : EntityKeys.key(actor),
                target == null ? null : target.name(), target == null ? null : target.actorCode(),
                target == null ? null : target.country(), target == null ? null : EntityKeys.key(target),
                participants(e.actors(), entities), participants(e.targets(), entities), e.cameo(), e.type(), e.mode(),
                null, e.factuality().certainty().name(), e.factuality().polarity().name(), e.factuality().score(),
                e.confidence(), le.mention().denied(), le.mention().sourceKey(), at == null ? null : at.sourceText(),
                cluster.independentSources(), cluster.articles(), cluster.contradicted(),
                place == null ? null : place.name(), place == null ? null : place.lat(), place == null ? null : place.lon(),
                a.article().url(), e.trigger().text(),
                e.evidence().end() <= a.article().text().length() ? e.evidence().of(a.article().text()) : null});
        }
        return rows;
    }

    public static List<Object[]> links(String articleId, List<DuplicateMatch> duplicates) {
        List<Object[]> rows = new ArrayList<>(duplicates.size());
        for (DuplicateMatch d : duplicates) {
            rows.add(new Object[] {articleId, d.articleId(), d.kind().name(), d.jaccard(), d.containment()});
        }
        return rows;
    }

    public static List<Object[]> diagnostics(String articleId, String origin, List<Diagnostic> diagnostics) {
        List<Object[]> rows = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            rows.add(new Object[] {articleId, origin, d.severity().name(), d.stage(), d.message()});
        }
        return rows;
    }

    public static Object[] story(String storyId, String label, StoryClusterer.StorySpan span) {
        return new Object[] {storyId, label, span.first(), span.last(), span.articles()};
    }

    private static Entity first(List<String> ids, Map<String, Entity> entities) {
        return ids.isEmpty() ? null : entities.get(ids.get(0));
    }

    /** "|name|code|key|…|" lower-cased, for matching any participant. */
    public static String participants(List<String> ids, Map<String, Entity> entities) {
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
}
