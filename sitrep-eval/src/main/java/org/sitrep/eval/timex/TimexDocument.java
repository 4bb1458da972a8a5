package org.sitrep.eval.timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold document: its plain text, its creation date (null when the file has none) and its
 * gold TIMEX3 annotations with offsets into the text.
 */
public record TimexDocument(String id, String text, LocalDate creationDate, List<Timex> gold) {
    public TimexDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }
}
