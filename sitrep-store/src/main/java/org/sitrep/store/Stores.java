package org.sitrep.store;

import java.nio.file.Path;
import org.sitrep.store.duckdb.DuckDbStore;
import org.sitrep.store.postgres.PostgresStore;

/** Opens a store from what the user wrote after {@code --store}: a folder, or a PostgreSQL URL. */
public final class Stores {
    /** The default store folder. */
    public static final String DEFAULT = "sitrep-data";

    private Stores() {
    }

    public static boolean isPostgres(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql:");
    }

    /**
     * Opens a store.
     *
     * @param readOnly open for queries only (a DuckDB store must exist; several readers may share it)
     */
    public static Store open(String location, boolean readOnly) {
        if (isPostgres(location)) {
            return PostgresStore.open(location.replaceFirst("^postgres://", "postgresql://"), readOnly);
        }
        return DuckDbStore.open(Path.of(location), readOnly);
    }
}
