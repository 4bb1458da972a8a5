package org.sitrep.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.CorpusLinker;
import org.sitrep.link.EventCluster;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.rows.TableRows;
import org.sitrep.store.rows.TableRows.Table;

/**
 * Links the whole corpus with the embedded linker ({@link CorpusLinker}) and maps every article to
 * the store's table rows. The linker is incremental and order-dependent (near-duplicate roots,
 * story assignment, event identity), so this runs on ONE partition sorted by input order: the
 * result then equals the embedded store's after ingesting the same articles in the same order.
 * Event corroboration counts and story spans are the final ones (as the store's rows are after
 * its last update).
 */
final class LinkCorpus implements FlatMapFunction<Iterator<Item>, TableRow> {
    private static final long serialVersionUID = 1L;
    private static final int NUM_SOURCES = column(Table.EVENTS, "num_sources");
    private static final int NUM_ARTICLES = column(Table.EVENTS, "num_articles");
    private static final int CONTRADICTED = column(Table.EVENTS, "contradicted");
    private static final int CLUSTER_ID = column(Table.EVENTS, "cluster_id");

    @Override
    public Iterator<TableRow> call(Iterator<Item> items) {
        CorpusLinker linker = CorpusLinker.withDefaults();
        List<TableRow> out = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        Map<String, EventCluster> clusters = new HashMap<>();
        Set<String> stories = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        long seq = 1;
        while (items.hasNext()) {
            Item item = items.next();
            if (item.analysis() == null) {
                String id = item.raw() == null ? null : item.raw().id();
                add(out, Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(),
                        List.of(Diagnostic.error(item.raw() == null ? "read" : "analyze", item.origin() + ": " + item.error()))));
                continue;
            }
            var a = item.analysis();
            String id = a.article().id();
            if (!seen.add(id)) {
                // the store keeps one row per article id (the last put replaces); keep the first and say so
                add(out, Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(),
                        List.of(Diagnostic.warning("link", item.origin() + ": article id seen before; skipped"))));
                continue;
            }
            ArticleLinks links = linker.link(a);
            clusters.putAll(links.clusters());
            stories.add(links.storyId());
            out.add(new TableRow(Table.ARTICLES, TableRows.article(seq++, item.raw(), a, links)));
            add(out, Table.ENTITIES, TableRows.entities(id, a.entities()));
            add(out, Table.MENTIONS, TableRows.mentions(id, a.entities()));
            add(out, Table.TIMES, TableRows.times(id, a.times()));
            add(out, Table.ATTRIBUTIONS, TableRows.attributions(id, a.attributions()));
            events.addAll(TableRows.events(a, links, links.clusters()::get));
            add(out, Table.LINKS, TableRows.links(id, links.duplicates()));
            add(out, Table.DIAGNOSTICS, TableRows.diagnostics(id, item.origin(), a.diagnostics()));
        }
        for (Object[] e : events) {
            EventCluster c = clusters.get((String) e[CLUSTER_ID]);
            e[NUM_SOURCES] = c.independentSources();
            e[NUM_ARTICLES] = c.articles();
            e[CONTRADICTED] = c.contradicted();
            out.add(new TableRow(Table.EVENTS, e));
        }
        for (String s : stories) {
            out.add(new TableRow(Table.STORIES, TableRows.story(s, String.join(" ", linker.stories().label(s, 6)),
                    linker.stories().span(s))));
        }
        return out.iterator();
    }

    private static void add(List<TableRow> out, Table table, List<Object[]> rows) {
        rows.forEach(r -> out.add(new TableRow(table, r)));
    }

    private static int column(Table t, String name) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }
}
