package org.sitrep.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.link.EventCluster;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.rows.TableRows;
import org.sitrep.store.rows.TableRows.Table;

/**
 * Writes one partition of analysed records, with the cross-article links of their events (same
 * partitioning), in one pass: its JSON Lines ({@code DIR/json/part-NNNNN}, the lines of
 * {@code sitrep analyze --format jsonl}) and its rows of the store's per-article tables (articles,
 * entities, mentions, times, attributions, events, diagnostics; {@link ParquetTables}). The rows
 * were made in the analysis task; here the linking decisions of the broadcast {@link Resolution}
 * go into them (the article's sequence number, story, duplicate group and source key; the events'
 * story) and each event row gets its cross-article event from {@link EventLinks}. A record that
 * could not be read or analysed keeps its diagnostics row; a later record with an id seen before is
 * skipped with a warning. Returns the rows written per table ({@link Table#ordinal()}).
 */
final class WritePartition implements FlatMapFunction2<Iterator<Analysed>, Iterator<EventLinks.Link>, long[]> {
    private static final long serialVersionUID = 1L;
    /** The tables every partition writes a file of (with its schema, even when it has no rows). */
    static final List<Table> TABLES = List.of(Table.ARTICLES, Table.ENTITIES, Table.MENTIONS, Table.TIMES, Table.ATTRIBUTIONS,
            Table.EVENTS, Table.DIAGNOSTICS);
    private final Broadcast<Resolution> resolution;
    private final ParquetTables.Conf conf;
    private final String output;

    WritePartition(Broadcast<Resolution> resolution, ParquetTables.Conf conf, String output) {
        this.resolution = resolution;
        this.conf = conf;
        this.output = output;
    }

    @Override
    public Iterator<long[]> call(Iterator<Analysed> records, Iterator<EventLinks.Link> links) throws IOException {
        Map<String, EventLinks.Link> byEvent = new HashMap<>();
        links.forEachRemaining(l -> byEvent.put(l.globalEventId(), l));
        TaskContext task = TaskContext.get();
        String part = ParquetTables.part(task.partitionId());
        String attempt = String.valueOf(task.taskAttemptId());
        long[] counts = new long[Table.values().length];
        Path jsonDir = new Path(output, "json");
        Path jsonTmp = new Path(new Path(jsonDir, "_temporary"), part + "-" + attempt);
        FileSystem fs = jsonDir.getFileSystem(conf.get());
        try (ParquetTables tables = new ParquetTables(conf, output, part, attempt);
             Writer json = new BufferedWriter(new OutputStreamWriter(fs.create(jsonTmp, true), StandardCharsets.UTF_8))) {
            TABLES.forEach(tables::open);
            while (records.hasNext()) {
                Analysed x = records.next();
                if (x.json() != null) {
                    json.write(x.json());
                    json.write('\n');
                }
                write(x, byEvent, tables, counts);
            }
        }
        Path done = new Path(jsonDir, part);
        fs.delete(done, false);
        if (!fs.rename(jsonTmp, done)) {
            throw new IOException("cannot move " + jsonTmp + " to " + done);
        }
        return List.of(counts).iterator();
    }

    private void write(Analysed x, Map<String, EventLinks.Link> byEvent, ParquetTables tables, long[] counts) {
        if (!x.analysed()) {
            x.rows().forEach(r -> add(tables, counts, r.table(), r.values()));
            return;
        }
        Resolution.Article r = resolution.value().kept(x.id(), x.seq());
        if (r == null) {
            // the store keeps one row per article id (the last put replaces); keep the first and say so
            TableRows.diagnostics(x.id(), x.origin(), List.of(Diagnostic.warning("link",
                    x.origin() + ": article id seen before; skipped"))).forEach(v -> add(tables, counts, Table.DIAGNOSTICS, v));
            return;
        }
        add(tables, counts, Table.ARTICLES, TableRows.relinkArticle(x.article(), r.seq(), r.storyId(), r.duplicateOf(),
                r.sourceKey()));
        for (TableRow row : x.rows()) {
            if (row.table() == Table.EVENTS) {
                EventLinks.Link l = byEvent.get((String) row.values()[0]); // global_event_id
                add(tables, counts, Table.EVENTS, l == null ? TableRows.relinkEvent(row.values(), r.storyId())
                        : TableRows.relinkEvent(row.values(), r.storyId(), l.clusterId(), l.source(),
                        new EventCluster(l.clusterId(), l.sources(), l.articles(), l.contradicted())));
            } else {
                add(tables, counts, row.table(), row.values());
            }
        }
    }

    private static void add(ParquetTables tables, long[] counts, Table table, Object[] row) {
        tables.write(table, row);
        counts[table.ordinal()]++;
    }
}
