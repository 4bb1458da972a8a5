package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.rows.TableRows.Table;

/** Parquet files written by a task: the store's columns and types, nulls, and a retried task replacing its first attempt. */
class ParquetTablesTest {
    @TempDir
    Path dir;

    @Test
    void aRetriedTaskReplacesItsFirstAttemptAndTypesSurvive() throws Exception {
        ParquetTables.Conf conf = new ParquetTables.Conf(new org.apache.hadoop.conf.Configuration(false));
        String out = dir.toString();
        try (ParquetTables t = new ParquetTables(conf, out, ParquetTables.part(3), "7")) {
            t.write(Table.STORIES, new Object[] {"s1", "first attempt", LocalDate.of(2020, 1, 2), null, 4});
            t.write(Table.STORIES, new Object[] {"s2", "first attempt", null, null, 1});
        }
        try (ParquetTables t = new ParquetTables(conf, out, ParquetTables.part(3), "8")) {
            t.open(Table.LINKS); // a table without rows still gets a file with its schema
            t.write(Table.STORIES, new Object[] {"s9", "retry", LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 5), 2});
        }
        ParquetTables.cleanUp(conf, out);
        Path stories = dir.resolve("tables/stories");
        try (var s = Files.list(stories)) {
            // (Hadoop's local file system adds hidden .crc checksums, which readers skip)
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList())
                    .containsExactly("part-00003.parquet");
        }
        assertThat(query("SELECT id, label, first_day, last_day, articles FROM read_parquet('" + stories.resolve("*.parquet") + "')"))
                .containsExactly(List.of("s9", "retry", "2021-12-31", "2022-01-05", "2"));
        assertThat(query("SELECT count(*) FROM read_parquet('" + dir.resolve("tables/links/*.parquet") + "')"))
                .containsExactly(List.of("0"));
        assertThat(query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
                + stories.resolve("*.parquet") + "'))")).containsExactly(List.of("id", "VARCHAR"), List.of("label", "VARCHAR"),
                List.of("first_day", "DATE"), List.of("last_day", "DATE"), List.of("articles", "INTEGER"));
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() throws Exception {
        ParquetTables.Conf conf = new ParquetTables.Conf(new org.apache.hadoop.conf.Configuration(false));
        try (ParquetTables t = new ParquetTables(conf, dir.toString(), ParquetTables.part(0), "1")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.write(Table.STORIES, new Object[] {"s1"}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columns");
        }
    }

    private static List<List<String>> query(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i) == null ? null : String.valueOf(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
