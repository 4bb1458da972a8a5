package org.sitrep.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.rows.TableRows;

/** The shared row mapping names the columns of the store's CREATE TABLE statements, in order. */
class TableRowsSchemaTest {
    @Test
    void everyTableMatchesItsDdl() {
        for (TableRows.Table t : TableRows.Table.values()) {
            String ddl = Schema.TABLES.stream().filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS " + t.sqlName() + " ("))
                    .findFirst().orElseThrow();
            List<String> names = new ArrayList<>();
            for (String col : ddl.substring(ddl.indexOf('(') + 1, ddl.lastIndexOf(')')).split(",")) {
                String name = col.trim().split(" ")[0];
                if (!name.equals("ingested_at") && !name.equals("noted_at")) {
                    names.add(name);
                }
            }
            assertThat(t.columns().stream().map(TableRows.Column::name).toList()).as(t.sqlName()).isEqualTo(names);
        }
    }
}
