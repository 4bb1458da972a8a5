package org.sitrep.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.sitrep.store.rows.TableRows;
import org.sitrep.store.rows.TableRows.Table;

/**
 * Writes the store's tables as Parquet straight from a task, without Spark SQL (no query planning
 * or code generation per table): every column optional, strings as UTF-8 binaries, dates as
 * days, Snappy-compressed, as Spark itself would write them. A task writes one file per table,
 * {@code DIR/tables/<table>/part-NNNNN.parquet}, first under {@code _temporary} and renamed when
 * complete, so a retried task replaces its earlier attempt's file.
 */
final class ParquetTables implements AutoCloseable {
    private final Conf conf;
    private final Path tables;
    private final String part;
    private final String attempt;
    private final Map<Table, Writer> writers = new EnumMap<>(Table.class);

    /**
     * @param part    the file name within each table's folder, without extension (e.g. part-00003)
     * @param attempt unique to this attempt at writing the part (e.g. the task attempt id)
     */
    ParquetTables(Conf conf, String output, String part, String attempt) {
        this.conf = conf;
        this.tables = new Path(output, "tables");
        this.part = part;
        this.attempt = attempt;
    }

    /** The Parquet schema of a table: the store's columns, each optional. */
    static MessageType schema(Table table) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (TableRows.Column c : table.columns()) {
            switch (c.type()) {
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case DATE -> b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
                default -> throw new IllegalStateException(c.toString());
            }
        }
        return b.named("spark_schema");
    }

    /** Opens the table's file (so that a table without rows still has a file with its schema). */
    ParquetTables open(Table table) {
        writer(table);
        return this;
    }

    void write(Table table, Object[] row) {
        writer(table).write(row);
    }

    private Writer writer(Table table) {
        return writers.computeIfAbsent(table, t -> new Writer(t, conf.get(),
                new Path(new Path(new Path(tables, t.sqlName()), "_temporary"), part + "-" + attempt + ".parquet")));
    }

    /** Closes every file and moves it to its final name. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Writer w : writers.values()) {
            try {
                w.close();
                Path done = new Path(new Path(tables, w.table.sqlName()), part + ".parquet");
                FileSystem fs = done.getFileSystem(conf.get());
                fs.delete(done, false);
                if (!fs.rename(w.file, done)) {
                    throw new IOException("cannot move " + w.file + " to " + done);
                }
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = e instanceof IOException io ? io : new IOException(e);
                }
            }
        }
        writers.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Removes the attempts' folders once every task is done. */
    static void cleanUp(Conf conf, String output) throws IOException {
        for (Table t : Table.values()) {
            Path tmp = new Path(new Path(new Path(output, "tables"), t.sqlName()), "_temporary");
            tmp.getFileSystem(conf.get()).delete(tmp, true);
        }
    }

    /** The part file name of a partition, as Spark names them. */
    static String part(int partition) {
        return String.format(Locale.ROOT, "part-%05d", partition);
    }

    private static final class Writer {
        final Table table;
        final Path file;
        final List<TableRows.Column> columns;
        final SimpleGroupFactory groups;
        final ParquetWriter<Group> out;

        Writer(Table table, Configuration conf, Path file) {
            this.table = table;
            this.file = file;
            this.columns = table.columns();
            MessageType schema = schema(table);
            this.groups = new SimpleGroupFactory(schema);
            try {
                this.out = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf)).withType(schema).withConf(conf)
                        .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        void write(Object[] row) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(table + " row has " + row.length + " values for " + columns.size() + " columns");
            }
            Group g = groups.newGroup();
            for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                if (v == null) {
                    continue;
                }
                switch (columns.get(i).type()) {
                    case STRING -> g.add(i, v.toString());
                    case INT -> g.add(i, ((Number) v).intValue());
                    case LONG -> g.add(i, ((Number) v).longValue());
                    case DOUBLE -> g.add(i, ((Number) v).doubleValue());
                    case BOOLEAN -> g.add(i, (Boolean) v);
                    case DATE -> g.add(i, Math.toIntExact(((LocalDate) v).toEpochDay()));
                    default -> throw new IllegalStateException(columns.get(i).toString());
                }
            }
            try {
                out.write(g);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }

        void close() throws IOException {
            out.close();
        }
    }

    /** The job's Hadoop configuration, shipped to the tasks (Configuration itself is not serialisable). */
    static final class Conf implements Serializable {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;
        private transient Configuration conf;

        Conf(Configuration conf) {
            try {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(b)) {
                    conf.write(out);
                }
                this.bytes = b.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.conf = conf;
        }

        synchronized Configuration get() {
            if (conf == null) {
                Configuration c = new Configuration(false);
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                    c.readFields(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                conf = c;
            }
            return conf;
        }
    }
}
