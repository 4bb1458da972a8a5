package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.sitrep.store.rows.TableRows;
import org.sitrep.store.rows.TableRows.Table;

/** Writes the store's tables as Parquet ({@code DIR/tables/<table>/}) from rows made in parallel. */
final class Tables {
    /** The events' columns that cross-article linking fills ({@link EventLinks}). */
    static final List<String> EVENT_LINK_COLUMNS = Arrays.asList(EventLinks.SCHEMA.fieldNames()).subList(1, 6);

    private final SparkSession spark;
    private final String dir;

    Tables(SparkSession spark, String output) {
        this.spark = spark;
        this.dir = output + "/tables/";
    }

    /** The rows of one table as a DataFrame with the table's schema. */
    Dataset<Row> frame(Table table, JavaRDD<Object[]> rows) {
        return spark.createDataFrame(rows.map(SparkRows::row), SparkRows.schema(table));
    }

    Dataset<Row> frame(Table table, List<Object[]> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(SparkRows.row(r)));
        return spark.createDataFrame(out, SparkRows.schema(table));
    }

    /** The events table: rows made per partition with their link columns from a join on the event id. */
    Dataset<Row> events(JavaRDD<Object[]> rows, JavaRDD<Row> links) {
        Dataset<Row> base = frame(Table.EVENTS, rows).drop(EVENT_LINK_COLUMNS.toArray(String[]::new));
        Dataset<Row> joined = base.join(spark.createDataFrame(links, EventLinks.SCHEMA), "global_event_id");
        return joined.select(Table.EVENTS.columns().stream().map(c -> functions.col(c.name())).toArray(Column[]::new));
    }

    /** Writes a table into at most {@code files} files (fewer tasks for small tables; no shuffle). */
    void write(Table table, Dataset<Row> rows, int files) {
        Dataset<Row> d = files > 0 && rows.rdd().getNumPartitions() > files ? rows.coalesce(files) : rows;
        d.write().mode(SaveMode.Overwrite).parquet(dir + table.sqlName());
    }

    static TableRows.Table[] perArticle() {
        return new Table[] {Table.ARTICLES, Table.ENTITIES, Table.MENTIONS, Table.TIMES, Table.ATTRIBUTIONS, Table.DIAGNOSTICS};
    }
}
