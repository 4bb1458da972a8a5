package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.Sitrep;
import org.sitrep.corenlp.StandardEngine;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.RawArticle;
import org.sitrep.store.rows.TableRows;

/** Everything the job ships to executors or between stages survives Java serialisation. */
class SerializationTest {
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void functionsAndConfig() throws Exception {
        JobConfig c = new JobConfig("in", "out", "simple", 3);
        assertThat(roundTrip(c)).isEqualTo(c);
        for (Object f : List.of(new ReadFile(), new AnalyzePartition("simple"), new ContiguousPartitioner(10, 3),
                new AnalyzeJob.OfTable(TableRows.Table.EVENTS))) {
            assertThat(roundTrip(f)).isInstanceOf(f.getClass());
        }
        AnalyzeJob.OfTable events = roundTrip(new AnalyzeJob.OfTable(TableRows.Table.EVENTS));
        assertThat(events.call(new TableRow(TableRows.Table.EVENTS, new Object[0]))).isTrue();
        assertThat(events.call(new TableRow(TableRows.Table.TIMES, new Object[0]))).isFalse();
    }

    @Test
    void itemsWithAnalysesKeepTheirJson() throws Exception {
        Sitrep sitrep = StandardEngine.build("simple", ExtractionConfig.DEFAULT);
        String text = "The minister said on Monday that the government of France will sign a deal with Germany in Paris.";
        RawArticle raw = new org.sitrep.ingest.Ingest().fromBytes("t.txt", text.getBytes(StandardCharsets.UTF_8),
                ContentFormat.TEXT);
        Analysis a = sitrep.analyze(raw);
        Item item = Item.read(7, raw).analysed(a);
        Item back = roundTrip(item);
        assertThat(back.seq()).isEqualTo(7);
        assertThat(back.raw()).isEqualTo(raw);
        assertThat(AnalysisJson.toLine(back.analysis())).isEqualTo(AnalysisJson.toLine(a));
        assertThat(new SimpleAnnotator()).isNotInstanceOf(java.io.Serializable.class); // engines stay per JVM

        LinkFeatures f = LinkFeatures.of(7, a);
        LinkFeatures fb = roundTrip(f);
        assertThat(fb.signature()).isEqualTo(f.signature());
        assertThat(fb.storyFeatures()).isEqualTo(f.storyFeatures());
        assertThat(fb.events()).isEqualTo(f.events());
        Resolution r = new Resolution(java.util.Map.of("t", new Resolution.Article(7, 1, "s1", null, "article:t")), false);
        assertThat(roundTrip(r)).isEqualTo(r);
        var m = new NearDuplicates.Match(8, "u", 7, "t", "COPY_OF", 0.9, 0.95, 3);
        assertThat(roundTrip(m)).isEqualTo(m);
        var report = new EventLinks.Report(LinkFeatures.point(7, 0), "t", "ev1", "K", null, false, "article:t", null);
        assertThat(roundTrip(report)).isEqualTo(report);
        var linked = new EventLinks.Linked(1, 1, "t#ev1", "article:t", 1, 1, false);
        assertThat(roundTrip(linked)).isEqualTo(linked);
    }

    @Test
    void contiguousPartitionsKeepInputOrder() {
        ContiguousPartitioner p = new ContiguousPartitioner(10, 3);
        List<Integer> parts = java.util.stream.LongStream.range(0, 10).mapToObj(i -> p.getPartition(i)).toList();
        assertThat(parts).isSorted().containsExactly(0, 0, 0, 0, 1, 1, 1, 2, 2, 2);
        assertThat(new ContiguousPartitioner(0, 2).getPartition(0L)).isZero();
    }
}
