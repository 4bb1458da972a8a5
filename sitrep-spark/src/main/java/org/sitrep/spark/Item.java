package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.model.RawArticle;

/**
 * One input record on its way to analysis, in input order ({@code seq}: file index, then position
 * in the file, when read; then the position in the whole input, 0-based). Exactly one of: read
 * failed ({@code error} set, no raw), read ({@code raw} set), analysis failed ({@code raw} and
 * {@code error} set). After analysis it becomes an {@link Analysed}.
 */
record Item(long seq, String origin, RawArticle raw, String error) implements Serializable {
    /** Sequence numbers leave room for this many articles per file. */
    static final long PER_FILE = 1L << 32;

    static Item read(long seq, RawArticle raw) {
        return new Item(seq, raw.origin(), raw, null);
    }

    static Item unreadable(long seq, String origin, String error) {
        return new Item(seq, origin, null, error);
    }

    /** The same record at its position in the whole input. */
    Item at(long position) {
        return new Item(position, origin, raw, error);
    }

    Item failed(String why) {
        return new Item(seq, origin, raw, why);
    }
}
