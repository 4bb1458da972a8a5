package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.store.rows.TableRows;

/** One row of one store table, as {@link TableRows} maps it. */
record TableRow(TableRows.Table table, Object[] values) implements Serializable {
}
