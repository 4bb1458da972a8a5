package org.sitrep.store.jdbc;

/** The SQL of the GDELT-like event export, for adapters with their own writers (Parquet). */
public final class ExportSql {
    private ExportSql() {
    }

    public static String gdeltSelect() {
        return Exports.GDELT_SELECT;
    }
}
