package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Sitrep;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.RawArticle;
import org.sitrep.store.rows.TableRows;

/**
 * Runs the job in local[2] on a few Wikinews sample articles, a syndicated copy, a rewrite, a
 * repeated id and a corrupt JSON line, and compares with the embedded path. CoreNLP (loaded once:
 * the embedded side uses this JVM's executor engine) so that there are events to link.
 */
class AnalyzeJobLocalTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static Path output;
    static JobSummary summary;
    static final String ANNOTATOR = "corenlp";
    static List<RawArticle> raws;
    static List<org.sitrep.model.Analysis> analyses;

    @BeforeAll
    static void run() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        Path sample = Path.of(System.getProperty("user.dir")).resolveSibling("sample/wikinews/corpus_airbus");
        List<Path> texts;
        try (Stream<Path> s = Files.list(sample)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList();
        }
        for (Path t : texts.subList(0, 3)) { // a text folder with sidecars
            Files.copy(t, input.resolve(t.getFileName()));
            Path meta = t.resolveSibling(t.getFileName().toString().replace(".txt", ".meta.json"));
            if (Files.exists(meta)) {
                Files.copy(meta, input.resolve(meta.getFileName()));
            }
        }
        StringBuilder jsonl = new StringBuilder();
        for (Path t : texts.subList(3, texts.size())) { // and JSON Lines (with the sidecar's date)
            jsonl.append(line(t.getFileName().toString(), Files.readString(t), published(t), null));
        }
        // a syndicated copy of the first text file under another id and publisher, a rewrite (its last
        // paragraphs cut) of the second, a second record with an id seen before, and a corrupt line
        String first = Files.readString(texts.get(0));
        jsonl.append(line("wire-copy", first, published(texts.get(0)), "Example Daily"));
        String second = Files.readString(texts.get(1)).strip();
        jsonl.append(line("rewrite", second.substring(0, second.lastIndexOf("\n\n", second.length() * 6 / 10)), published(texts.get(1)), null));
        jsonl.append(line(texts.get(3).getFileName().toString(), Files.readString(texts.get(4)), null, null));
        jsonl.append("{not json\n");
        Files.writeString(input.resolve("more.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        output = dir.resolve("out");
        spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        summary = AnalyzeJob.run(spark, new JobConfig(input.toString(), output.toString(), ANNOTATOR, 3));
    }

    private static String line(String id, String text, String published, String publisher) throws Exception {
        var o = AnalysisJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("text", text);
        if (published != null) {
            o.put("published", published);
        }
        if (publisher != null) {
            o.put("publisher", publisher);
        }
        return AnalysisJson.mapper().writeValueAsString(o) + "\n";
    }

    private static String published(Path text) throws Exception {
        Path meta = text.resolveSibling(text.getFileName().toString().replace(".txt", ".meta.json"));
        return Files.exists(meta) ? AnalysisJson.mapper().readTree(meta.toFile()).path("published").asText(null) : null;
    }

    /** The embedded analysis of every input record, in input order (this JVM's engine). */
    private static synchronized List<org.sitrep.model.Analysis> embedded() throws Exception {
        if (analyses == null) {
            List<RawArticle> read = new ArrayList<>();
            for (String f : AnalyzeJob.list(new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()),
                    input.toString())) {
                ReadFile.ingest().read(Path.of(java.net.URI.create(f).getPath()), read::add);
            }
            Sitrep sitrep = ExecutorEngine.get(ANNOTATOR);
            analyses = read.stream().map(sitrep::analyze).toList();
            raws = read;
        }
        return analyses;
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonEqualsTheEmbeddedAnalysisArticleByArticle() throws Exception {
        List<String> expected = embedded().stream().map(AnalysisJson::toLine).toList();
        List<String> actual = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("json"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                actual.addAll(Files.readAllLines(p));
            }
        }
        // 3 text files, 6 JSON lines, 1 corrupt line (an article with an ERROR), in input order
        assertThat(actual).hasSize(10);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(summary.articles()).isEqualTo(10);
    }

    @Test
    void parquetTablesHaveTheStoreColumns() {
        for (TableRows.Table t : TableRows.Table.values()) {
            Dataset<Row> d = spark.read().parquet(output.resolve("tables").resolve(t.sqlName()).toString());
            assertThat(List.of(d.schema().fieldNames())).as(t.sqlName())
                    .isEqualTo(t.columns().stream().map(TableRows.Column::name).toList());
            assertThat(d.schema()).as(t.sqlName()).isEqualTo(SparkRows.schema(t).asNullable());
        }
        Dataset<Row> articles = spark.read().parquet(output.resolve("tables/articles").toString());
        assertThat(articles.count()).isEqualTo(9); // the second record with a known id is skipped
        assertThat(articles.filter("story_id IS NULL").count()).isZero();
        Dataset<Row> diagnostics = spark.read().parquet(output.resolve("tables/diagnostics").toString());
        assertThat(diagnostics.filter("severity = 'ERROR' AND message LIKE '%more.jsonl:7%'").count()).isEqualTo(1);
        assertThat(diagnostics.filter("severity = 'WARNING' AND stage = 'link' AND message LIKE '%seen before%'").count())
                .isEqualTo(1);
    }

    @Test
    void childTablesHoldOneRowPerItemOfTheJson() throws Exception {
        long entities = 0;
        long times = 0;
        long attributions = 0;
        long events = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (Stream<Path> parts = Files.list(output.resolve("json"))) {
            // in input order (part by part): the first record of an id is the one the tables keep
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    var o = AnalysisJson.mapper().readTree(line);
                    if (!seen.add(o.path("article").path("id").asText())) {
                        continue; // skipped by the tables
                    }
                    entities += o.path("entities").size();
                    times += o.path("times").size();
                    attributions += o.path("attributions").size();
                    events += o.path("events").size();
                }
            }
        }
        assertThat(times + events).isPositive();
        assertThat(count("entities")).isEqualTo(entities);
        assertThat(count("times")).isEqualTo(times);
        assertThat(count("attributions")).isEqualTo(attributions);
        assertThat(count("events")).isEqualTo(events);
    }

    @Test
    void loadedTablesEqualTheEmbeddedStoreAfterIngestingTheSameArticles() throws Exception {
        Path loaded = dir.resolve("loaded");
        try (org.sitrep.store.Store s = org.sitrep.store.duckdb.DuckDbStore.open(loaded, false)) {
            var counts = org.sitrep.store.jdbc.ParquetLoad.load((org.sitrep.store.jdbc.JdbcStore) s, output);
            assertThat(counts.get(TableRows.Table.ARTICLES)).isEqualTo(9);
        }
        Path embedded = dir.resolve("embedded");
        try (org.sitrep.store.Store s = org.sitrep.store.duckdb.DuckDbStore.open(embedded, false)) {
            embedded();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < raws.size(); i++) {
                if (ids.add(analyses.get(i).article().id())) { // the job's rule: the first record of an id wins
                    s.put(raws.get(i), analyses.get(i));
                }
            }
        }
        for (String q : List.of(
                "SELECT id, seq, story_id, duplicate_of, source_key, signature, story_terms, analysis, failed FROM articles",
                "SELECT * FROM entities", "SELECT * FROM mentions", "SELECT * FROM times", "SELECT * FROM attributions",
                "SELECT * FROM events", "SELECT * FROM stories", "SELECT * FROM links",
                "SELECT article_id, severity, stage, message FROM diagnostics WHERE article_id IS NOT NULL AND stage <> 'link'")) {
            assertThat(rows(loaded, q)).as(q).containsExactlyInAnyOrderElementsOf(rows(embedded, q));
        }
        // the input exercises every part of linking: a copy and a rewrite, shared stories, events reported twice
        assertThat(rows(loaded, "SELECT from_article, kind FROM links")).contains(
                List.of("wire-copy", "COPY_OF"), List.of("rewrite", "REWRITE_OF"));
        assertThat(rows(loaded, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")).containsExactly(List.of("2"));
        assertThat(rows(loaded, "SELECT count(*) FROM stories WHERE articles > 1").get(0).get(0)).isNotEqualTo("0");
        assertThat(rows(loaded, "SELECT count(*) FROM events WHERE num_articles > 1").get(0).get(0)).isNotEqualTo("0");
        assertThat(rows(loaded, "SELECT count(DISTINCT cluster_id) FROM events").get(0).get(0)).isNotEqualTo("1");
    }

    private static List<List<Object>> rows(Path store, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store.resolve(
                org.sitrep.store.duckdb.DuckDbStore.DATABASE_FILE), p);
             var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i) == null ? null : String.valueOf(rs.getObject(i)));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static long count(String table) {
        return spark.read().parquet(output.resolve("tables").resolve(table).toString()).count();
    }
}
