package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.json.AnalysisJson;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventMention;
import org.sitrep.model.Analysis;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.rows.TableRows;
import org.sitrep.store.rows.TableRows.Table;

/**
 * One record after analysis, reduced in the analysis task to what the output stages read: the
 * JSON line, the link features and the table rows as they are before the corpus is linked (the
 * article's sequence number, story, duplicate group and source key, and its events' story, are
 * filled in later from the {@link Resolution}). Much cheaper to keep and to read several times than
 * the analysis itself, and nothing per article is computed twice.
 *
 * @param seq      input position (0-based, over every record read)
 * @param id       the article id, or null when the record could not be read
 * @param failed   unreadable, analysis threw, or an analysis that ended with an ERROR diagnostic
 * @param json     the JSON line of {@code sitrep analyze --format jsonl}, or null without an analysis
 * @param features link features, or null without an analysis
 * @param article  the articles row before linking, or null without an analysis
 * @param rows     the other tables' rows before linking; without an analysis, the diagnostics row saying why
 */
record Analysed(long seq, String origin, String id, boolean failed, String json, LinkFeatures features,
                Object[] article, List<TableRow> rows) implements Serializable {
    private static final EventCluster PLACEHOLDER = new EventCluster("", 0, 0, false);

    /** An item that was not analysed (unreadable, or its analysis threw). */
    static Analysed of(Item item) {
        String id = item.raw() == null ? null : item.raw().id();
        List<TableRow> rows = rows(Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(), List.of(Diagnostic.error(
                item.raw() == null ? "read" : "analyze", item.origin() + ": " + item.error()))));
        return new Analysed(item.seq(), item.origin(), id, true, null, null, null, rows);
    }

    /** An analysed item. */
    static Analysed of(Item item, Analysis a) {
        String id = a.article().id();
        String json = AnalysisJson.toLine(a);
        LinkFeatures f = LinkFeatures.of(item.seq(), a);
        List<ArticleLinks.LinkedEvent> events = new ArrayList<>(f.events().size());
        for (LinkFeatures.EventFeature e : f.events()) {
            events.add(new ArticleLinks.LinkedEvent(new EventMention(id, e.eventId(), e.key(), e.day(), "", e.denied()), ""));
        }
        // the linking decisions are placeholders here (TableRows.relink… fills them in)
        ArticleLinks links = new ArticleLinks(id, f.signature(), List.of(), null, null, null, f.storyFeatures(), events, Map.of());
        Object[] article = TableRows.article(0, item.raw(), a, a.corpus() == null ? json : AnalysisJson.toLine(a.withCorpus(null)),
                links);
        List<TableRow> rows = new ArrayList<>();
        rows.addAll(rows(Table.ENTITIES, TableRows.entities(id, a.entities())));
        rows.addAll(rows(Table.MENTIONS, TableRows.mentions(id, a.entities())));
        rows.addAll(rows(Table.TIMES, TableRows.times(id, a.times())));
        rows.addAll(rows(Table.ATTRIBUTIONS, TableRows.attributions(id, a.attributions())));
        rows.addAll(rows(Table.EVENTS, TableRows.events(a, links, c -> PLACEHOLDER)));
        rows.addAll(rows(Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(), a.diagnostics())));
        return new Analysed(item.seq(), item.origin(), id, a.failed(), json, f, article, List.copyOf(rows));
    }

    /** Whether the record has an analysis (possibly one that ended with an ERROR diagnostic). */
    boolean analysed() {
        return features != null;
    }

    private static List<TableRow> rows(Table table, List<Object[]> values) {
        List<TableRow> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(new TableRow(table, v)));
        return out;
    }
}
