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
        for (Object f : List.of(new ReadFile(), new AnalyzePartition("simple"), new LinkCorpus(),
                new AnalyzeJob.OfTable(TableRows.Table.EVENTS), new AnalyzeJob.ToSparkRow())) {
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
    }
}
