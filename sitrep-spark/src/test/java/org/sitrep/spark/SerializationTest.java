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
        for (Object f : List.of(new ReadFile(), new AnalyzePartition("simple"), new ContiguousPartitioner(10, 3))) {
            assertThat(roundTrip(f)).isInstanceOf(f.getClass());
        }
        var conf = new org.apache.hadoop.conf.Configuration(false);
        conf.set("fs.example.setting", "kept");
        assertThat(roundTrip(new ParquetTables.Conf(conf)).get().get("fs.example.setting")).isEqualTo("kept");
        var link = new EventLinks.Link(LinkFeatures.point(7, 2), "t#ev3", "c4", "article:t", 2, 3, true);
        assertThat(roundTrip(link)).isEqualTo(link);
        assertThat(link.index()).isEqualTo(7);
    }

    @Test
    void itemsWithAnalysesKeepTheirJson() throws Exception {
        Sitrep sitrep = StandardEngine.build("simple", ExtractionConfig.DEFAULT);
        String text = "The minister said on Monday that the government of France will sign a deal with Germany in Paris.";
        RawArticle raw = new org.sitrep.ingest.Ingest().fromBytes("t.txt", text.getBytes(StandardCharsets.UTF_8),
                ContentFormat.TEXT);
        Analysis a = sitrep.analyze(raw);
        Item item = Item.read(7, raw);
        assertThat(roundTrip(item)).isEqualTo(item);
        Analysed analysed = Analysed.of(item, a);
        Analysed back = roundTrip(analysed);
        assertThat(back.seq()).isEqualTo(7);
        assertThat(back.analysed()).isTrue();
        assertThat(back.json()).isEqualTo(AnalysisJson.toLine(a));
        assertThat(back.article()).containsExactly(analysed.article());
        assertThat(back.rows()).hasSameSizeAs(analysed.rows()).isNotEmpty();
        for (int i = 0; i < back.rows().size(); i++) {
            assertThat(back.rows().get(i).table()).isEqualTo(analysed.rows().get(i).table());
            assertThat(back.rows().get(i).values()).containsExactly(analysed.rows().get(i).values());
        }
        Analysed failed = roundTrip(Analysed.of(item.failed("analysis failed: boom")));
        assertThat(failed.analysed()).isFalse();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.rows()).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo(TableRows.Table.DIAGNOSTICS);
            assertThat(java.util.Arrays.asList(r.values())).anySatisfy(v -> assertThat(String.valueOf(v)).contains("boom"));
        });
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

    @Test
    void balancedPartitionsKeepInputOrderAndShareTheWork() throws Exception {
        // one long record, then short ones: the long one fills the first partition alone
        ContiguousPartitioner p = ContiguousPartitioner.balanced(new long[] {10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 2);
        assertThat(java.util.stream.LongStream.range(0, 11).mapToObj(i -> p.getPartition(i)).toList())
                .containsExactly(0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(roundTrip(p)).isEqualTo(p);
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            int parts = 1 + random.nextInt(40);
            long[] w = new long[n];
            long total = 0;
            long max = 0;
            for (int i = 0; i < n; i++) {
                w[i] = random.nextInt(5) == 0 ? random.nextInt(20_000) : 1_000 + random.nextInt(3_000);
                total += w[i];
                max = Math.max(max, w[i]);
            }
            ContiguousPartitioner b = ContiguousPartitioner.balanced(w, parts);
            assertThat(b.numPartitions()).isEqualTo(parts);
            long[] load = new long[parts];
            int last = 0;
            for (int i = 0; i < n; i++) {
                int q = b.getPartition((long) i);
                assertThat(q).isBetween(last, parts - 1); // contiguous, in input order
                last = q;
                load[q] += w[i];
            }
            for (long l : load) {
                assertThat(l).isLessThanOrEqualTo(total / parts + max);
            }
        }
    }
}
