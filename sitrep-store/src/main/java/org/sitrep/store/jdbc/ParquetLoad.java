package org.sitrep.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.store.StoreException;
import org.sitrep.store.rows.TableRows;

/**
 * Loads the Parquet tables the Spark job writes ({@code DIR/tables/<table>/*.parquet}, columns of
 * {@link TableRows}) into a store, in one transaction. An in-memory DuckDB reads the Parquet
 * files, so this works for the DuckDB and the PostgreSQL store alike. The Spark job linked its
 * corpus on its own (story and cross-article event ids are its own), so the store must be empty.
 */
public final class ParquetLoad {
    private static final int BATCH = 2000;

    private ParquetLoad() {
    }

    /** Rows loaded per table. */
    public static Map<TableRows.Table, Long> load(JdbcStore store, Path dir) {
        synchronized (store) {
            if (!store.ids().isEmpty()) {
                throw new StoreException(store.describe() + ": not empty; load Spark output into a new store"
                        + " (its story and event ids come from its own linking)");
            }
            Map<TableRows.Table, Long> counts = new EnumMap<>(TableRows.Table.class);
            Connection target = store.connection;
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
                target.setAutoCommit(false);
                for (TableRows.Table t : TableRows.Table.values()) {
                    counts.put(t, copy(duck, dir.resolve("tables").resolve(t.sqlName()), t, store.writer()));
                }
                target.commit();
            } catch (SQLException | IOException e) {
                try {
                    target.rollback();
                } catch (SQLException ignored) {
                    // the transaction is gone with the connection
                }
                throw new StoreException(store.describe() + ": cannot load " + dir + ": " + e.getMessage(), e);
            } finally {
                try {
                    target.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // reported by the next statement
                }
                store.linksChanged();
            }
            return counts;
        }
    }

    private static long copy(Connection duck, Path folder, TableRows.Table t, ArticleWriter writer)
            throws SQLException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": missing (not the output folder of sitrep spark?)");
        }
        try (Stream<Path> s = Files.list(folder)) {
            if (s.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
                return 0;
            }
        }
        String glob = folder.resolve("*.parquet").toString().replace("'", "''");
        long n = 0;
        List<TableRows.Column> columns = t.columns();
        try (Statement st = duck.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + t.columnList() + " FROM read_parquet('" + glob + "')")) {
            List<Object[]> batch = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = value(rs, i + 1, columns.get(i).type());
                }
                batch.add(row);
                if (batch.size() == BATCH) {
                    writer.writeRows(t, batch);
                    n += batch.size();
                    batch.clear();
                }
            }
            writer.writeRows(t, batch);
            n += batch.size();
        }
        return n;
    }

    private static Object value(ResultSet rs, int i, TableRows.Type type) throws SQLException {
        Object v = switch (type) {
            case STRING -> rs.getString(i);
            case INT -> rs.getInt(i);
            case LONG -> rs.getLong(i);
            case DOUBLE -> rs.getDouble(i);
            case BOOLEAN -> rs.getBoolean(i);
            case DATE -> {
                Date d = rs.getDate(i);
                yield d == null ? null : d.toLocalDate();
            }
        };
        return rs.wasNull() ? null : v;
    }
}
