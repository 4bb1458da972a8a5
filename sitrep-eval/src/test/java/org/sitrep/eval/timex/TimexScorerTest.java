package org.sitrep.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.SimpleAnnotator;

/** The TimeML and CAT readers and the TempEval-3 scorer on tiny hand-made files. */
class TimexScorerTest {
    /** Our own sentence, tagged by hand (not corpus data). */
    private static final String TML = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>test1</DOCID>\n"
            + "<DCT>" + timex("t0", "DATE", "2005-06-02\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME",
                    "June 2, 2005") + "</DCT>\n<TEXT>\nThe mayor <EVENT eid=\"e1\" class=\"OCCURRENCE\">resigned</EVENT> "
            + timex("t1", "DATE", "2005-05-30", "Monday") + " after " + timex("t2", "DURATION", "P4Y", "four years")
            + " in office &amp; will leave " + timex("t3", "DATE", "2005-06", "this month") + ".\n</TEXT>\n</TimeML>\n";

    private static String timex(String tid, String type, String value, String text) {
        return "<TIMEX3 " + "tid=\"" + tid + "\" type=\"" + type + "\" value=\"" + value + "\">" + text + "</TIMEX3>";
    }

    @Test
    void readsTimeMl(@TempDir Path dir) throws IOException {
        TimexDocument d = TimeMlReader.read(write(dir, "a.tml", TML));
        assertThat(d.creationDate()).isEqualTo(LocalDate.of(2005, 6, 2));
        assertThat(d.gold()).hasSize(3);
        assertThat(d.gold()).extracting(t -> d.text().substring(t.begin(), t.end()))
                .containsExactly("Monday", "four years", "this month");
        assertThat(d.text()).contains("in office & will leave").doesNotContain("<EVENT");
    }

    @Test
    void scoresStrictRelaxedValueAndType() {
        List<Timex> gold = List.of(new Timex(0, 6, "DATE", "2005-05-30"), new Timex(10, 20, "DURATION", "P4Y"),
                new Timex(30, 40, "DATE", "2005-06"));
        List<Timex> system = List.of(
                new Timex(0, 6, "DATE", "2005-05-30"),       // strict, right value and type
                new Timex(8, 20, "DURATION", "P3Y"),        // relaxed only, wrong value
                new Timex(50, 55, "DATE", "2005"));         // spurious
        TimexScorer scorer = new TimexScorer();
        scorer.add("d", gold, system);
        TimexScorer.Scores s = scorer.scores();
        assertThat(s.strictPrecision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.strictRecall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.relaxedF1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.valueAccuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(s.valueF1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.typeF1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void matchesOneToOne() {
        TimexScorer scorer = new TimexScorer();
        scorer.add("d", List.of(new Timex(0, 10, "DATE", "X")),
                List.of(new Timex(0, 4, "DATE", "X"), new Timex(5, 10, "DATE", "X")));
        assertThat(scorer.scores().relaxedRecall()).isEqualTo(1.0);
        assertThat(scorer.scores().relaxedPrecision()).isEqualTo(0.5);
    }

    @Test
    void runsSitrepOnTheSnippet(@TempDir Path dir) throws IOException {
        write(dir, "a.tml", TML);
        List<TimexDocument> docs = TimexEvaluation.load(dir, TimexEvaluation.Format.TML);
        TimexEvaluation.Result r = TimexEvaluation.run("sitrep", new SitrepTimexTagger(new SimpleAnnotator()), docs, 0);
        assertThat(r.scores().gold()).isEqualTo(3);
        assertThat(r.scores().strictF1()).isEqualTo(1.0);
        assertThat(r.scores().valueF1()).isEqualTo(1.0);
    }

    @Test
    void readsCat(@TempDir Path dir) throws IOException {
        String cat = """
                <Document doc_name="x">
                <token number="0" sentence="0" t_id="1">May</token>
                <token number="1" sentence="0" t_id="2">4</token>
                <token number="2" sentence="0" t_id="3">,</token>
                <token number="3" sentence="0" t_id="4">2009</token>
                <token number="4" sentence="1" t_id="5">Sales</token>
                <token number="5" sentence="1" t_id="6">fell</token>
                <token number="6" sentence="1" t_id="7">last</token>
                <token number="7" sentence="1" t_id="8">year</token>
                <Markables>
                <TIMEX3 m_id="1" type="DATE" value="2009-05-04" functionInDocument="CREATION_TIME"><token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/></TIMEX3>
                <TIMEX3 m_id="2" type="DATE" value="2008" functionInDocument="NONE"><token_anchor t_id="7"/><token_anchor t_id="8"/></TIMEX3>
                </Markables>
                </Document>
                """;
        TimexDocument d = CatReader.read(write(dir, "x.xml", cat));
        assertThat(d.creationDate()).isEqualTo(LocalDate.of(2009, 5, 4));
        assertThat(d.gold()).extracting(t -> d.text().substring(t.begin(), t.end())).containsExactly("May 4 , 2009", "last year");
        List<Timex> mine = new SitrepTimexTagger(new SimpleAnnotator()).tag(d.text(), d.creationDate());
        assertThat(mine).extracting(Timex::value).containsExactly("2009-05-04", "2008");
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void listsMismatchesWithTheirContext() {
        String text = "The mayor resigned Monday after four years in office.";
        TimexDocument d = new TimexDocument("d1", text, LocalDate.of(2005, 6, 2),
                List.of(new Timex(19, 25, "DATE", "2005-05-30"), new Timex(32, 42, "DURATION", "P4Y")));
        TimexScorer scorer = new TimexScorer();
        scorer.add("d1", d.gold(), List.of(new Timex(19, 25, "DATE", "2005-05-30"), new Timex(32, 42, "DURATION", "P3Y"),
                new Timex(4, 9, "DATE", "XXXX")));
        List<String> lines = TimexErrors.lines(List.of(d), scorer.pairs(), 10, 6);
        assertThat(lines).containsExactly(
                "d1 dct=2005-06-02 gold=[four years|DURATION|P4Y] sys=[four years|DURATION|P3Y] ctx=after [[four years]] in of",
                "d1 dct=2005-06-02 gold=- sys=[mayor|DATE|XXXX] ctx=The [[mayor]] resig");
        assertThat(TimexErrors.lines(List.of(d), scorer.pairs(), 1, 0)).singleElement().asString().doesNotContain("ctx=");
    }
}
