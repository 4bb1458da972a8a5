package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.EventRow;

/** The CSV download: RFC 4180 quoting, numbers untouched, no formulas from hostile article text. */
class CorpusJsonTest {
    static EventRow row(String actor, String place, Double lon) {
        return new EventRow("a#v1", "a", "v1", "c1", "s1", LocalDate.of(2024, 3, 4), actor, "ACT", "KEN", "Target, Inc.", null,
                null, "190", "ASSAULT", -10.0, 2, 3, false, "CERTAIN", "POS", place, -1.5, lon, "https://example.org/a", "hit");
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        List<String> lines = CorpusJson.csv(List.of(row("=HYPERLINK(\"http://evil\")", "@SUM(A1)", -36.8),
                row("Kenya", "Nairobi \"CBD\"", 36.8))).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", ",'@SUM(A1),-1.5,-36.8,", ",\"Target, Inc.\",");
        assertThat(lines.get(2)).startsWith("a#v1,20240304,Kenya,ACT,KEN,").contains(",\"Nairobi \"\"CBD\"\"\",-1.5,36.8,");
    }
}
