package org.sitrep.eval.timex;

import java.time.LocalDate;
import java.util.List;

/** A system under evaluation: tags a plain text given its creation date (may be null). */
@FunctionalInterface
public interface TimexTagger {
    List<Timex> tag(String text, LocalDate creationDate);
}
