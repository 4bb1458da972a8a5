package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventMention;
import org.sitrep.model.Analysis;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.rows.TableRows;
import org.sitrep.store.rows.TableRows.Table;

/**
 * Maps one partition of analysed items (with their link features, same partitioning and order) to
 * the store's table rows, in parallel: articles, entities, mentions, times, attributions,
 * diagnostics and events. The linking decisions come from the broadcast {@link Resolution};
 * the events' cross-article columns (cluster, report source, corroboration) are placeholders here
 * and come from {@link EventLinks} through a join. A record that could not be read or analysed
 * becomes a diagnostics row; a later record with an id seen before is skipped with a warning.
 */
final class TablePartition implements FlatMapFunction2<Iterator<Item>, Iterator<LinkFeatures>, TableRow> {
    private static final long serialVersionUID = 1L;
    private static final EventCluster PLACEHOLDER = new EventCluster("", 0, 0, false);
    private final Broadcast<Resolution> resolution;

    TablePartition(Broadcast<Resolution> resolution) {
        this.resolution = resolution;
    }

    @Override
    public Iterator<TableRow> call(Iterator<Item> items, Iterator<LinkFeatures> features) {
        List<TableRow> out = new ArrayList<>();
        while (items.hasNext()) {
            Item item = items.next();
            if (item.analysis() == null) {
                String id = item.raw() == null ? null : item.raw().id();
                add(out, Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(), List.of(Diagnostic.error(
                        item.raw() == null ? "read" : "analyze", item.origin() + ": " + item.error()))));
                continue;
            }
            rows(item, features.next(), out);
        }
        return out.iterator();
    }

    private void rows(Item item, LinkFeatures f, List<TableRow> out) {
        Analysis a = item.analysis();
        String id = a.article().id();
        Resolution.Article r = resolution.value().kept(id, item.seq());
        if (r == null || f.index() != item.seq()) {
            // the store keeps one row per article id (the last put replaces); keep the first and say so
            add(out, Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(),
                    List.of(Diagnostic.warning("link", item.origin() + ": article id seen before; skipped"))));
            return;
        }
        List<ArticleLinks.LinkedEvent> events = new ArrayList<>(f.events().size());
        for (LinkFeatures.EventFeature e : f.events()) {
            events.add(new ArticleLinks.LinkedEvent(new EventMention(id, e.eventId(), e.key(), e.day(), "", e.denied()), ""));
        }
        ArticleLinks links = new ArticleLinks(id, f.signature(), List.of(), r.duplicateOf(), r.sourceKey(), r.storyId(),
                f.storyFeatures(), events, Map.of());
        out.add(new TableRow(Table.ARTICLES, TableRows.article(r.seq(), item.raw(), a, links)));
        add(out, Table.ENTITIES, TableRows.entities(id, a.entities()));
        add(out, Table.MENTIONS, TableRows.mentions(id, a.entities()));
        add(out, Table.TIMES, TableRows.times(id, a.times()));
        add(out, Table.ATTRIBUTIONS, TableRows.attributions(id, a.attributions()));
        add(out, Table.EVENTS, TableRows.events(a, links, c -> PLACEHOLDER));
        add(out, Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(), a.diagnostics()));
    }

    private static void add(List<TableRow> out, Table table, List<Object[]> rows) {
        rows.forEach(r -> out.add(new TableRow(table, r)));
    }
}
