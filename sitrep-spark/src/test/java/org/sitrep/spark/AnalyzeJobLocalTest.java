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
import org.sitrep.corenlp.StandardEngine;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.RawArticle;
import org.sitrep.store.rows.TableRows;

/**
 * Runs the job in local[2] on a few Wikinews sample articles (model-free annotator: the model is
 * not the point here) plus a corrupt JSON line, and compares with the embedded path.
 */
class AnalyzeJobLocalTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static Path output;
    static JobSummary summary;

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
        for (Path t : texts.subList(3, texts.size())) { // and JSON Lines, with one corrupt line
            var o = AnalysisJson.mapper().createObjectNode();
            o.put("id", t.getFileName().toString());
            o.put("text", Files.readString(t));
            jsonl.append(AnalysisJson.mapper().writeValueAsString(o)).append('\n');
        }
        jsonl.append("{not json\n");
        Files.writeString(input.resolve("more.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        output = dir.resolve("out");
        spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        summary = AnalyzeJob.run(spark, new JobConfig(input.toString(), output.toString(), "simple", 2));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonEqualsTheEmbeddedAnalysisArticleByArticle() throws Exception {
        Sitrep embedded = StandardEngine.build("simple", ExtractionConfig.DEFAULT);
        List<String> expected = new ArrayList<>();
        for (String f : AnalyzeJob.list(new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()),
                input.toString())) {
            List<RawArticle> raws = new ArrayList<>();
            ReadFile.ingest().read(Path.of(java.net.URI.create(f).getPath()), raws::add);
            raws.forEach(r -> expected.add(AnalysisJson.toLine(embedded.analyze(r))));
        }
        List<String> actual = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("json"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                actual.addAll(Files.readAllLines(p));
            }
        }
        assertThat(actual).hasSize(7); // 3 text files, 3 JSON lines, 1 corrupt line (an article with an ERROR)
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(summary.articles()).isEqualTo(7);
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
        assertThat(articles.count()).isEqualTo(7);
        assertThat(articles.filter("story_id IS NULL").count()).isZero();
        Dataset<Row> diagnostics = spark.read().parquet(output.resolve("tables/diagnostics").toString());
        assertThat(diagnostics.filter("severity = 'ERROR' AND message LIKE '%more.jsonl:4%'").count()).isEqualTo(1);
    }

    @Test
    void childTablesHoldOneRowPerItemOfTheJson() throws Exception {
        long entities = 0;
        long times = 0;
        long attributions = 0;
        long events = 0;
        try (Stream<Path> parts = Files.list(output.resolve("json"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    var o = AnalysisJson.mapper().readTree(line);
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
            assertThat(counts.get(TableRows.Table.ARTICLES)).isEqualTo(7);
        }
        Path embedded = dir.resolve("embedded");
        Sitrep sitrep = StandardEngine.build("simple", ExtractionConfig.DEFAULT);
        try (org.sitrep.store.Store s = org.sitrep.store.duckdb.DuckDbStore.open(embedded, false)) {
            for (String f : AnalyzeJob.list(new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()),
                    input.toString())) {
                List<RawArticle> raws = new ArrayList<>();
                ReadFile.ingest().read(Path.of(java.net.URI.create(f).getPath()), raws::add);
                raws.forEach(r -> s.put(r, sitrep.analyze(r)));
            }
        }
        for (String q : List.of(
                "SELECT id, seq, story_id, duplicate_of, source_key, signature, story_terms, analysis, failed FROM articles",
                "SELECT * FROM entities", "SELECT * FROM mentions", "SELECT * FROM times", "SELECT * FROM attributions",
                "SELECT * FROM events", "SELECT * FROM stories", "SELECT * FROM links",
                "SELECT article_id, severity, stage, message FROM diagnostics WHERE article_id IS NOT NULL")) {
            assertThat(rows(loaded, q)).as(q).containsExactlyInAnyOrderElementsOf(rows(embedded, q));
        }
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
