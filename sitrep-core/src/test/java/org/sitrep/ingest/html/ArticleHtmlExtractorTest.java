package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

class ArticleHtmlExtractorTest {
    private final ArticleHtmlExtractor extractor = new ArticleHtmlExtractor();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleHtmlExtractorTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static final String PROSE = "<p>The council voted on Tuesday to keep the night ferry running for another year, "
            + "after hundreds of residents wrote to ask for it.</p><p>Officials said the subsidy would cost less than "
            + "the bridge tolls that commuters would otherwise pay, and that the route would be reviewed next spring.</p>";

    @Test
    void keepsTheArticleAndDropsPageFurniture() throws IOException {
        HtmlArticle a = extractor.read("newsarticle.html", fixture("newsarticle.html"));
        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.paragraphs()).containsSubsequence(
                "The old harbour bridge carried traffic again on Thursday, three years after engineers closed it when they found cracks in two of its steel piers.",
                "A slow and costly repair",
                "The authority listed what changed during the closure:",
                "a replaced deck with a separate lane for cyclists and walkers;",
                "\"We did not want to reopen a bridge that we would have to close again in ten years,\" the chief engineer told reporters at the northern toll plaza.",
                "Shopkeepers on the southern bank, who say they lost a third of their trade while the bridge was shut, hope that customers will now come back.");
        String body = a.body();
        assertThat(body).doesNotContain("cookies", "Share on", "Photo: Harbour Authority", "By Amy Fenwick",
                "newsletter", "Related stories", "Council approves ferry", "comments", "took them long enough",
                "Most read", "All rights reserved", "Home", "Harbour bridge reopens");
        assertThat(body).contains("\n\nA slow and costly repair\n\n");
    }

    @Test
    void readsJsonLdGraphMetadata() throws IOException {
        HtmlArticle a = extractor.read("newsarticle.html", fixture("newsarticle.html"));
        assertThat(a.headline()).isEqualTo("Harbour bridge reopens after three-year repair");
        // The local date as the page writes it, not shifted to UTC (which would be March 5).
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(a.publishedSource()).isEqualTo("json-ld");
        assertThat(a.authors()).containsExactly("Amy Fenwick", "Tom Baird");
        assertThat(a.publisher()).isEqualTo("The Coastal Ledger");
        assertThat(a.url()).isEqualTo("https://ledger.example.org/2021/03/04/harbour-bridge-reopens");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void wikinewsPageGivesHeadlineDatelineAndBody() throws IOException {
        HtmlArticle a = extractor.read("wikinews-ford.html", fixture("wikinews-ford.html"));
        assertThat(a.headline()).isEqualTo("Automobile manufacturer Ford posts unexpected profits");
        assertThat(a.published()).isEqualTo(LocalDate.of(2009, 11, 3));
        assertThat(a.publishedSource()).isEqualTo("dateline");
        assertThat(a.body()).contains("The reports surprised most analysts, who had forecast that the auto company would lose money.",
                "said the firm's chief executive officer, Alan Mulally.");
        assertThat(a.body()).doesNotContain("Random article", "Ford reports surprise profit", "Economy and business",
                "last edited", "Sources");
    }

    @Test
    void rawArticleStartsWithTheHeadlineAndKnownMetadataWins() throws IOException {
        ArticleMeta known = new ArticleMeta(null, null, "Ledger Syndication", null, LocalDate.of(2021, 3, 5), null, List.of());
        RawArticle raw = extractor.extract("newsarticle.html", fixture("newsarticle.html"), known);
        assertThat(raw.main()).startsWith("Harbour bridge reopens after three-year repair\n\nThe old harbour bridge");
        assertThat(raw.meta().publisher()).isEqualTo("Ledger Syndication");
        assertThat(raw.meta().published()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(raw.meta().headline()).isEqualTo("Harbour bridge reopens after three-year repair");
        assertThat(raw.meta().url()).isEqualTo("https://ledger.example.org/2021/03/04/harbour-bridge-reopens");
    }

    @Test
    void ingestReadsAPageFileThroughTheExtractor(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("bridge.html");
        java.nio.file.Files.write(file, fixture("newsarticle.html"));
        List<RawArticle> read = new java.util.ArrayList<>();
        new org.sitrep.ingest.Ingest(new ArticleHtmlExtractor()).read(file, read::add);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).main()).startsWith("Harbour bridge reopens after three-year repair\n\nThe old harbour bridge");
        assertThat(read.get(0).meta().published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(read.get(0).meta().authors()).containsExactly("Amy Fenwick", "Tom Baird");
    }

    @Test
    void datesFromMetaTagsTimeElementsAndItemprop() {
        String meta = page("<meta property=\"article:published_time\" content=\"2019-11-18T21:24:00+00:00\">", PROSE);
        assertThat(extractor.read("m", meta.getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2019, 11, 18));
        String time = page("", "<article><time datetime=\"2020-02-29\">Feb 29</time>" + PROSE + "</article>");
        HtmlArticle t = extractor.read("t", time.getBytes(StandardCharsets.UTF_8));
        assertThat(t.published()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(t.publishedSource()).isEqualTo("time");
        String itemprop = page("", "<span itemprop=\"datePublished\" content=\"2018-07-02\">2 July</span>" + PROSE);
        assertThat(extractor.read("i", itemprop.getBytes(StandardCharsets.UTF_8)).publishedSource()).isEqualTo("itemprop");
        String broken = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
                + "<meta name=\"date\" content=\"November 5, 2017\">", PROSE);
        assertThat(extractor.read("b", broken.getBytes(StandardCharsets.UTF_8)).published()).isEqualTo(LocalDate.of(2017, 11, 5));
    }

    @Test
    void aLoneH1ThatNamesTheSiteIsNotTheHeadline() {
        String logo = page("<title>Night ferry kept for another year - Coastal Ledger</title>",
                "<h1>Coastal Ledger</h1><article>" + PROSE + "</article>");
        assertThat(extractor.read("h", logo.getBytes(StandardCharsets.UTF_8)).headline()).isEqualTo("Night ferry kept for another year");
        String real = page("<title>Ferry kept | Coastal Ledger</title>", "<h1>Night ferry kept for another year</h1>" + PROSE);
        assertThat(extractor.read("h", real.getBytes(StandardCharsets.UTF_8)).headline()).isEqualTo("Night ferry kept for another year");
    }

    @Test
    void authorsFromTheFirstVisibleBylineWhenNoMetadataNamesThem() {
        String p = page("", "<article><div class='byline'>By Jane Roe and John Doe, Monday, March 1, 2021</div>" + PROSE
                + "</article><div class='teaser'><span class='byline'>By Someone Else</span></div>");
        HtmlArticle a = extractor.read("b", p.getBytes(StandardCharsets.UTF_8));
        assertThat(a.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(a.body()).doesNotContain("Jane Roe");
    }

    @Test
    void dateParsing() {
        assertThat(Dates.parse("2019-11-18T23:30:00-05:00")).isEqualTo(LocalDate.of(2019, 11, 18));
        assertThat(Dates.parse("20191118")).isEqualTo(LocalDate.of(2019, 11, 18));
        assertThat(Dates.parse("Mon, 18 Nov 2019 21:24:00 GMT")).isEqualTo(LocalDate.of(2019, 11, 18));
        assertThat(Dates.parse("Nov. 18, 2019, 4:06 p.m.")).isEqualTo(LocalDate.of(2019, 11, 18));
        assertThat(Dates.parse("2019-02-30")).isNull();
        assertThat(Dates.parse("1066-10-14")).isNull();
        assertThat(Dates.parse("yesterday")).isNull();
    }

    @Test
    void headlineLosesTheSiteNameSuffix() {
        assertThat(PageMetadata.stripSiteName("Ferry kept for a year | The Coastal Ledger", "The Coastal Ledger"))
                .isEqualTo("Ferry kept for a year");
        assertThat(PageMetadata.stripSiteName("Ferry kept for another whole year - Ledger", null))
                .isEqualTo("Ferry kept for another whole year");
        assertThat(PageMetadata.stripSiteName("Q&A: what the ferry vote means for commuters and residents", null))
                .isEqualTo("Q&A: what the ferry vote means for commuters and residents");
    }

    @Test
    void charsetFromMetaDeclarationBomAndDetection() {
        Charset cp1252 = Charset.forName("windows-1252");
        String body = "<p>Caf\u00e9 owners in the old town said the new rules were na\u00efve and would cost them \u20ac200 a month in fees.</p>";
        byte[] declared = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", body).getBytes(cp1252);
        assertThat(HtmlDecoder.decode(declared).text()).contains("Caf\u00e9", "\u20ac200");
        byte[] undeclared = page("", body).getBytes(cp1252);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(undeclared);
        assertThat(d.charset()).isEqualTo(cp1252);
        assertThat(d.text()).contains("na\u00efve");
        byte[] utf8 = page("", body).getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("<meta charset=\"windows-1252\">", body)
                .getBytes(StandardCharsets.UTF_16LE));
        assertThat(HtmlDecoder.decode(bom).text()).contains("Caf\u00e9").doesNotStartWith("\uFEFF");
        byte[] lying = page("<meta charset=\"utf-8\">", body).getBytes(cp1252);
        HtmlDecoder.Decoded l = HtmlDecoder.decode(lying);
        assertThat(l.text()).contains("Caf\u00e9");
        assertThat(l.problems()).isNotEmpty();
        byte[] koi8 = page("<meta charset=\"koi8-r\">", "<p>\u041f\u0440\u0438\u0432\u0435\u0442</p>").getBytes(Charset.forName("KOI8-R"));
        assertThat(HtmlDecoder.decode(koi8).text()).contains("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void gzipPagesAreUnpacked() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(fixture("newsarticle.html"));
        }
        assertThat(extractor.read("gz", bytes.toByteArray()).headline()).isEqualTo("Harbour bridge reopens after three-year repair");
    }

    @Test
    void pagesWithoutArticleGiveADiagnosticNotAnException() {
        StringBuilder home = new StringBuilder("<nav><a href='/'>Home</a></nav>");
        for (int i = 0; i < 40; i++) {
            home.append("<div class='teaser'><h3><a href='/s").append(i).append("'>Story number ").append(i)
                    .append(" about the harbour and the ferry</a></h3><a href='/t").append(i).append("'>More</a></div>");
        }
        List<String> pages = List.of(
                page("<script>var a = 1;</script><style>p { color: red }</style>", "<script>document.write('x')</script>"),
                page("", "<video src='clip.mp4'></video><p>Watch the video.</p>"),
                "<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
                page("", home.toString()),
                "",
                "\u0000\u0001\u00ff binary junk \u0002");
        for (String p : pages) {
            HtmlArticle a = extractor.read("bad", p.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(a.paragraphs()).as(p).isEmpty();
            assertThat(a.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("no article body found"));
        }
        assertThat(extractor.read("null", null).diagnostics()).isNotEmpty();
    }

    @Test
    void deeplyNestedPageIsBounded() {
        String nested = "<div>".repeat(100_000) + "<span>x</span>" + "</div>".repeat(100_000);
        HtmlArticle after = extractor.read("deep", ("<html><body><article>" + PROSE + "</article>" + nested)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(after.body()).contains("The council voted on Tuesday");
        assertThat(after.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("elements"));
        HtmlArticle inside = extractor.read("deep", ("<html><body>" + nested.replace("<span>x</span>", PROSE))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(inside.diagnostics()).isNotEmpty();
    }

    @Test
    void hugePageIsCutWithADiagnostic() {
        StringBuilder sb = new StringBuilder(page("", PROSE).replace("</body></html>", ""));
        String filler = "<div class='x'><a href='/y'>link</a></div>\n";
        while (sb.length() < 50 << 20) {
            sb.append(filler);
        }
        HtmlArticle a = extractor.read("huge", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(a.body()).contains("The council voted on Tuesday");
        assertThat(a.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("MB"));
    }

    @Test
    void rulesCanBeSwitchedOff() throws IOException {
        HtmlArticle without = new ArticleHtmlExtractor(EnumSet.complementOf(EnumSet.of(ExtractionRule.FURNITURE_TAGS,
                ExtractionRule.CLASS_HINTS, ExtractionRule.CONDITIONAL_CLEAN, ExtractionRule.PARAGRAPH_LINKS,
                ExtractionRule.FURNITURE_TEXT)))
                .read("newsarticle.html", fixture("newsarticle.html"));
        assertThat(without.body()).contains("Sign up for our newsletter");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
