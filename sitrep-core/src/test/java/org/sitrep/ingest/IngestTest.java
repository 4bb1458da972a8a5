package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Severity;

class IngestTest {
    private final Ingest ingest = new Ingest();

    @TempDir
    Path dir;

    private List<RawArticle> read(Path p) throws IngestException {
        List<RawArticle> out = new ArrayList<>();
        ingest.read(p, out::add);
        return out;
    }

    private static String messages(RawArticle a) {
        return a.diagnostics().stream().map(d -> d.severity() + " " + d.message()).toList().toString();
    }

    @Test
    void decodesByteOrderMarksAndStrictUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', ' ', (byte) 0xC3, (byte) 0xA9};
        assertThat(ingest.fromBytes("x", bom, ContentFormat.TEXT).content()).isEqualTo("Hi é");
        byte[] utf16 = "\uFEFFZürich talks".getBytes(StandardCharsets.UTF_16LE);
        RawArticle a = ingest.fromBytes("x", utf16, ContentFormat.TEXT);
        assertThat(a.content()).isEqualTo("Zürich talks");
        assertThat(a.diagnostics()).isEmpty();
        byte[] utf16NoMark = "Talks in Geneva went on".getBytes(StandardCharsets.UTF_16BE);
        assertThat(ingest.fromBytes("x", utf16NoMark, ContentFormat.TEXT).content()).isEqualTo("Talks in Geneva went on");
    }

    @Test
    void fallsBackToWindows1252WithAWarning() {
        byte[] b = "na\u00efve \u201cquotes\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        RawArticle a = ingest.fromBytes("file.txt", b, ContentFormat.TEXT);
        assertThat(a.content()).isEqualTo("na\u00efve \u201cquotes\u201d");
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("file.txt").contains("offset 2").contains("windows-1252");
        });
    }

    @Test
    void binaryDataIsNotText() {
        byte[] b = {'P', 'K', 3, 4, 0, 0, 1, 2, 'a', 'b'};
        RawArticle a = ingest.fromBytes("archive.txt", b, ContentFormat.TEXT);
        assertThat(a.content()).isEmpty();
        assertThat(messages(a)).contains("ERROR").contains("archive.txt: not text");
    }

    @Test
    void emptyInputIsAnError() {
        RawArticle a = ingest.fromBytes("e.txt", " \n\n ".getBytes(StandardCharsets.UTF_8), ContentFormat.TEXT);
        assertThat(messages(a)).contains("ERROR").contains("e.txt: empty");
    }

    @Test
    void readsTheSidecarBesideTextAndHtml() throws Exception {
        Path txt = dir.resolve("story.txt");
        Files.writeString(txt, "Headline\n\nBody text.");
        Files.writeString(dir.resolve("story.meta.json"), "{\"published\":\"2021-04-05T10:00:00Z\",\"publisher\":\"Example Times\","
                + "\"url\":\"https://example.org/a\",\"headline\":\"The headline\",\"id\":\"ex-1\",\"language\":\"en\","
                + "\"authors\":[\"A. Writer\",\"B. Writer\"],\"extra\":1}");
        RawArticle a = read(txt).get(0);
        assertThat(a.meta().published()).isEqualTo(LocalDate.of(2021, 4, 5));
        assertThat(a.meta().publisher()).isEqualTo("Example Times");
        assertThat(a.meta().url()).isEqualTo("https://example.org/a");
        assertThat(a.meta().headline()).isEqualTo("The headline");
        assertThat(a.meta().language()).isEqualTo("en");
        assertThat(a.meta().authors()).containsExactly("A. Writer", "B. Writer");
        assertThat(a.id()).isEqualTo("ex-1");

        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><head><title>T</title></head><body><p>Some paragraph of the page.</p></body></html>");
        Files.writeString(dir.resolve("page.meta.json"), "{\"publisher\":\"Example Post\",\"published\":\"not a date\"}");
        RawArticle p = read(html).get(0);
        assertThat(p.format()).isEqualTo(ContentFormat.HTML);
        assertThat(p.meta().publisher()).isEqualTo("Example Post");
        assertThat(messages(p)).contains("WARNING").contains("page.meta.json").contains("not a date");
    }

    @Test
    void aBrokenSidecarIsAWarningNotAFailure() throws Exception {
        Path txt = dir.resolve("s.txt");
        Files.writeString(txt, "Headline\n\nBody text.");
        Files.writeString(dir.resolve("s.meta.json"), "{\"published\": ");
        RawArticle a = read(txt).get(0);
        assertThat(a.content()).startsWith("Headline");
        assertThat(a.diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
        assertThat(messages(a)).contains("s.meta.json");
    }

    @Test
    void readsGzippedHtml() throws Exception {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("<html><head><title>Zipped</title></head><body><p>Zipped body text. It has enough words to count as an article body for the extractor, which wants a few sentences of prose before it believes a page holds an article at all. A second sentence of ordinary prose makes sure that the body is comfortably longer than that threshold.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        RawArticle a = read(gz).get(0);
        assertThat(a.main()).contains("Zipped body text.");
        assertThat(a.meta().headline()).isEqualTo("Zipped");
    }

    @Test
    void jsonLinesGoOnAfterABadLine() throws Exception {
        Path p = dir.resolve("a.jsonl");
        Files.writeString(p, "{\"id\":\"1\",\"title\":\"One\",\"content\":\"First text.\",\"date\":\"2020-01-02\",\"authors\":\"Jo\"}\n"
                + "\n[1,2]\n{\"id\":\"4\",\"html\":\"<html><body><p>Page text here. It has enough words to count as an article body for the extractor, which wants a few sentences of prose before it believes a page holds an article at all. A second sentence of ordinary prose makes sure that the body is comfortably longer than that threshold.</p></body></html>\"}\n{\"id\":\"5\"}\n");
        List<RawArticle> out = read(p);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).content()).isEqualTo("First text.");
        assertThat(out.get(0).meta().published()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(out.get(0).meta().authors()).containsExactly("Jo");
        assertThat(messages(out.get(1))).contains("ERROR").contains("a.jsonl:3").contains("not a JSON object");
        assertThat(out.get(2).format()).isEqualTo(ContentFormat.HTML);
        assertThat(out.get(2).main()).contains("Page text here.");
        assertThat(out.get(2).id()).isEqualTo("4");
        assertThat(messages(out.get(3))).contains("a.jsonl:5").contains("no text");
    }

    @Test
    void capsLargeFilesAndLongLines() throws Exception {
        Ingest small = new Ingest(new org.sitrep.ingest.html.BasicHtmlExtractor(), new Ingest.Limits(4096, 4096));
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "é".repeat(10_000));
        List<RawArticle> out = new ArrayList<>();
        small.read(big, out::add);
        assertThat(out.get(0).content()).hasSize(2048).matches("é+");
        assertThat(messages(out.get(0))).contains("only the first 4096 bytes");
        Path jsonl = dir.resolve("long.jsonl");
        Files.writeString(jsonl, "{\"text\":\"" + "x".repeat(10_000) + "\"}\n{\"text\":\"short one\"}\n");
        out.clear();
        small.read(jsonl, out::add);
        assertThat(out).hasSize(2);
        assertThat(messages(out.get(0))).contains("long.jsonl:1").contains("longer than 4096 bytes");
        assertThat(out.get(1).content()).isEqualTo("short one");
    }

    @Test
    void aMissingFileThrowsNamingIt() {
        Path missing = dir.resolve("nowhere.txt");
        assertThatThrownBy(() -> read(missing)).isInstanceOf(IngestException.class).hasMessageContaining("nowhere.txt")
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> read(dir)).isInstanceOf(IngestException.class).hasMessageContaining("directory");
    }

    @Test
    void sniffsStandardInput() {
        List<RawArticle> out = new ArrayList<>();
        ingest.readBytes("stdin", "  <!doctype html><html><body><p>Hello page body.</p></body></html>".getBytes(StandardCharsets.UTF_8), out::add);
        ingest.readBytes("stdin", "Headline\n\n<p> is a tag".getBytes(StandardCharsets.UTF_8), out::add);
        ingest.readBytes("stdin", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8), out::add);
        assertThat(out).extracting(RawArticle::format).containsExactly(ContentFormat.HTML, ContentFormat.TEXT,
                ContentFormat.TEXT, ContentFormat.TEXT);
        assertThat(out.get(3).origin()).isEqualTo("stdin:2");
    }

    @Test
    void addedSourcesAreAskedFirst() throws Exception {
        Path feed = dir.resolve("news.rss");
        Files.writeString(feed, "<rss/>");
        ArticleSource rss = new ArticleSource() {
            @Override
            public boolean accepts(Path file) {
                return file.toString().endsWith(".rss");
            }

            @Override
            public void read(Path file, java.util.function.Consumer<RawArticle> sink) {
                sink.accept(new Ingest().fromBytes(file + "#1", "From a feed\n\nBody.".getBytes(StandardCharsets.UTF_8),
                        ContentFormat.TEXT));
            }
        };
        List<RawArticle> out = new ArrayList<>();
        ingest.with(rss).read(feed, out::add);
        assertThat(out).singleElement().satisfies(a -> assertThat(a.origin()).endsWith("news.rss#1"));
    }

    @Test
    void aTextFileHoldingAPageIsReadAsHtml() throws Exception {
        Path p = dir.resolve("saved.txt");
        Files.writeString(p, "<!DOCTYPE html><html><head><title>Saved page</title></head><body><p>Saved body. It has enough words to count as an article body for the extractor, which wants a few sentences of prose before it believes a page holds an article at all. A second sentence of ordinary prose makes sure that the body is comfortably longer than that threshold.</p></body></html>");
        RawArticle a = read(p).get(0);
        assertThat(a.format()).isEqualTo(ContentFormat.HTML);
        assertThat(a.main()).contains("Saved body.");
    }
}
