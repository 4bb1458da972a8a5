package org.sitrep.store;

/** Export formats: analysis documents as JSON Lines, events as CSV (GDELT-like columns) or Parquet. */
public enum ExportFormat { JSONL, CSV, PARQUET }
