package org.sitrep.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.store.rows.TableRows;

/** Spark schemas and rows for the store's tables, derived from {@link TableRows}. */
public final class SparkRows {
    private SparkRows() {
    }

    public static StructType schema(TableRows.Table table) {
        List<StructField> fields = new ArrayList<>();
        for (TableRows.Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType type(TableRows.Type t) {
        return switch (t) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
        };
    }

    static Row row(Object[] values) {
        Object[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (v[i] instanceof LocalDate d) {
                v[i] = java.sql.Date.valueOf(d);
            }
        }
        return RowFactory.create(v);
    }
}
