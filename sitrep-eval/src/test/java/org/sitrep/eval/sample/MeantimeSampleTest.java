package org.sitrep.eval.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

class MeantimeSampleTest {
    @Test
    void detokenisesWrittenEnglish() {
        assertThat(MeantimeSample.detokenize(List.of("He", "said", "``", "we", "won", "''", ",", "and", "paid", "$", "5",
                "(", "about", "£", "3", ")", "for", "Boeing", "'s", "jet", "."))).isEqualTo(
                "He said \"we won\", and paid $5 (about £3) for Boeing's jet.");
        assertThat(MeantimeSample.detokenize(List.of("\"", "Yes", "\"", "she", "did", "n't", "say", "."))).isEqualTo(
                "\"Yes\" she didn't say.");
        assertThat(MeantimeSample.detokenize(List.of("we'", "re", "at", "Airbus'", "site", "."))).isEqualTo("we're at Airbus' site.");
    }

    @Test
    void convertsCatXml(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("in/corpus_x"));
        Files.writeString(corpus.resolve("1_Doc.xml"), """
                <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Doc" lang="en" url="http://en.wikinews.org/wiki/Doc">
                <token number="0" sentence="0" t_id="1">Talks</token><token number="1" sentence="0" t_id="2">end</token>
                <token number="2" sentence="1" t_id="3">March</token><token number="3" sentence="1" t_id="4">01</token>
                <token number="4" sentence="1" t_id="5">,</token><token number="5" sentence="1" t_id="6">2008</token>
                <token number="6" sentence="2" t_id="7">They</token><token number="7" sentence="2" t_id="8">said</token>
                <token number="8" sentence="2" t_id="9">``</token><token number="9" sentence="2" t_id="10">Done</token>
                <token number="10" sentence="2" t_id="11">.</token>
                <token number="11" sentence="3" t_id="12">Home</token><token number="12" sentence="3" t_id="13">now</token>
                <token number="13" sentence="3" t_id="14">.</token><token number="14" sentence="3" t_id="15">''</token>
                <token number="15" sentence="4" t_id="16">It</token><token number="16" sentence="4" t_id="17">ended</token>
                <token number="17" sentence="4" t_id="18">.</token>
                </Document>
                """);
        assertThat(MeantimeSample.convert(tmp.resolve("in"), tmp.resolve("out"))).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("out/corpus_x/1_Doc.txt")))
                .isEqualTo("Talks end\n\nThey said \"Done. Home now.\"\n\nIt ended.\n");
        String meta = Files.readString(tmp.resolve("out/corpus_x/1_Doc.meta.json"));
        assertThat(meta).contains("\"published\" : \"2008-03-01\"").contains("\"publisher\" : \"Wikinews\"")
                .contains("http://en.wikinews.org/wiki/Doc").contains("\"headline\" : \"Talks end\"");
    }

    /** The committed sample is what the converter makes of MEANTIME (skipped without ../shared). */
    @Test
    void theBundledSampleIsUpToDate(@TempDir Path tmp) throws Exception {
        Path data = SharedData.require("eval/meantime/intra-doc_annotation");
        Path sample = Path.of("..", "sample", "wikinews");
        assertThat(MeantimeSample.convert(data, tmp)).isEqualTo(120);
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path committed = sample.resolve(tmp.relativize(f).toString());
                assertThat(committed).exists();
                assertThat(Files.readString(committed)).as(committed.toString()).isEqualTo(Files.readString(f));
            }
        }
    }
}
