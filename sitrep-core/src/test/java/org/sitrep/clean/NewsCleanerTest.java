package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Removal;
import org.sitrep.model.Span;

/** Cleaning rules on small made-up articles of the common wire shapes. */
class NewsCleanerTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final NewsCleaner cleaner = new NewsCleaner(CLOCK);

    static RawArticle text(String content, ArticleMeta meta) {
        return new RawArticle("test", ContentFormat.TEXT, content, null,
                Ingest.sha256(content.getBytes(StandardCharsets.UTF_8)), meta, List.of());
    }

    static RawArticle text(String content) {
        return text(content, ArticleMeta.EMPTY);
    }

    /** Every copied character maps back to the same raw character; paragraphs are joined by blank lines. */
    static void assertMapped(RawArticle raw, CleanArticle a) {
        String src = raw.main() != null ? raw.main() : raw.content();
        // a headline taken from metadata and absent from the raw text is made up, not copied
        int from = a.headline() != null && !src.contains(a.headline()) ? a.paragraphs().get(0).end() : 0;
        for (int i = from; i < a.text().length(); i++) {
            char c = a.text().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(src.charAt(a.offsets().toRaw(i))).as("character %d of the cleaned text", i).isEqualTo(c);
            }
        }
        StringBuilder joined = new StringBuilder();
        for (Span p : a.paragraphs()) {
            if (joined.length() > 0) {
                joined.append("\n\n");
            }
            joined.append(p.of(a.text()));
        }
        assertThat(joined.toString()).isEqualTo(a.text());
        assertThat(a.text()).startsWith(a.headline() == null ? "" : a.headline());
    }

    private static List<String> removed(CleanArticle a, Removal.Kind kind) {
        return a.removed().stream().filter(r -> r.kind() == kind).map(Removal::text).toList();
    }

    @Test
    void reutersShape() {
        RawArticle raw = text("Ministers agree on budget\n\nBRUSSELS (Reuters) - European finance ministers agreed on "
                + "Tuesday on a budget plan, officials said.\n\nThe plan goes to parliament next.\n\n"
                + "Reporting by Jan Example; Editing by Kim Sample\n");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.headline()).isEqualTo("Ministers agree on budget");
        assertThat(a.publisher()).isEqualTo("Reuters");
        assertThat(a.text()).contains("\n\nEuropean finance ministers agreed").doesNotContain("Reuters").doesNotContain("Editing");
        assertThat(removed(a, Removal.Kind.DATELINE)).containsExactly("BRUSSELS (Reuters) -");
        assertThat(removed(a, Removal.Kind.CREDIT)).containsExactly("Reporting by Jan Example; Editing by Kim Sample");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void apShapeWithDatedDatelineAndCopyright() {
        RawArticle raw = text("Storm closes schools\n\nLONDON, March 3 (AP) \u2014 A storm closed schools across the city on "
                + "Friday, the council said.\n\nMore rain is expected.\n\nCopyright 2023 The Associated Press. All rights reserved.");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.publisher()).isEqualTo("AP");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.TEXT);
        assertThat(removed(a, Removal.Kind.BOILERPLATE)).containsExactly("Copyright 2023 The Associated Press. All rights reserved.");
        assertThat(a.text()).endsWith("More rain is expected.");
    }

    @Test
    void metadataPublisherAndDateWinOverTheText() {
        ArticleMeta meta = new ArticleMeta(null, null, "Example Daily", null, LocalDate.of(2022, 1, 9), null, List.of());
        CleanArticle a = cleaner.clean(text("Headline here\n\nPARIS (AFP) \u2013 Something happened on Friday in Paris, police said.\n\n\u00a92021 AFP", meta), null);
        assertThat(a.publisher()).isEqualTo("Example Daily");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 9));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
        CleanArticle given = cleaner.clean(text("Headline here\n\nBody text of the article.", meta), LocalDate.of(2020, 2, 2));
        assertThat(given.published()).isEqualTo(LocalDate.of(2020, 2, 2));
        assertThat(given.publishedBasis()).isEqualTo(PublishedBasis.GIVEN);
    }

    @Test
    void repeatedLedeOccursOnceKeepingTheDatedCopy() {
        String lede = "Officials said the bridge will reopen to traffic after repairs that took two years.";
        RawArticle raw = text("Bridge to reopen\n\n" + lede + "\n\n(Example News) \u2014 " + lede + "\n\nThe work cost more than planned.\n\n"
                + "The work cost more than planned.");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.text().split(java.util.regex.Pattern.quote(lede), -1)).hasSize(2);
        assertThat(a.text().split("The work cost more than planned", -1)).hasSize(2);
        assertThat(removed(a, Removal.Kind.DUPLICATE_PARAGRAPH)).hasSize(2);
        assertThat(removed(a, Removal.Kind.DATELINE)).containsExactly("(Example News) \u2014");
        // the kept lede is the dated copy (its raw offset is after the dateline)
        int ledeAt = a.text().indexOf(lede);
        assertThat(a.offsets().toRaw(ledeAt)).isGreaterThan(raw.content().indexOf("(Example News)"));
        assertThat(a.publisher()).isEqualTo("Example News");
    }

    @Test
    void noBreakSpaceLinesAreBlankAndWhitespaceIsNormalised() {
        RawArticle raw = text("Head\u00a0line  here\n\u00a0\u00a0\u200b\nFirst   para-\ngraph\tline one\nline two.\u00a0\n\u00a0\nSec\u00adond co\u00adoperation.");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.text()).isEqualTo("Head line here\n\nFirst para- graph line one line two.\n\nSecond cooperation.");
    }

    @Test
    void firstLineIsTheHeadlineEvenWithoutABlankLine() {
        RawArticle raw = text("Short headline\nThe body starts right here, on the second line.\n\nAnd goes on.");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.headline()).isEqualTo("Short headline");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void metadataHeadlineIsUsedForHtmlAndNotRepeated() {
        String main = "Talks collapse | Example Site\n\nTalks collapse\n\nThe talks collapsed late on Sunday.";
        RawArticle raw = new RawArticle("page.html", ContentFormat.HTML, "<html/>", main, "h",
                new ArticleMeta(null, "Talks collapse", null, null, null, null, List.of()), List.of());
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.headline()).isEqualTo("Talks collapse");
        assertThat(a.text()).isEqualTo("Talks collapse\n\nThe talks collapsed late on Sunday.");
        assertThat(a.removed()).extracting(Removal::kind).contains(Removal.Kind.DUPLICATE_PARAGRAPH, Removal.Kind.BOILERPLATE);
    }

    @Test
    void jsonLinesTextWithoutItsHeadlineGetsTheMetadataHeadline() {
        RawArticle raw = text("The ministers met on Monday in Brussels, the chair said.",
                new ArticleMeta("x", "Ministers meet", null, null, null, null, List.of()));
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.text()).isEqualTo("Ministers meet\n\nThe ministers met on Monday in Brussels, the chair said.");
    }

    @Test
    void bylinesAndPublishedLinesAtTheHead() {
        RawArticle raw = text("Rates rise\n\nBy Jane Roe and John Doe\n\nPublished: June 3, 2024\n\nThe central bank raised rates on Thursday."
                + "\n\nTo contact the reporter on this story: Jane Roe in Frankfurt at jroe@example.com");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.TEXT);
        assertThat(a.text()).isEqualTo("Rates rise\n\nThe central bank raised rates on Thursday.");
        assertThat(removed(a, Removal.Kind.CREDIT)).hasSize(2);
    }

    @Test
    void ordinaryOpeningsAreNotDatelines() {
        RawArticle raw = text("Headline\n\nUS - China trade rose in May, figures showed.\n\nA \u2014 B is a range.");
        CleanArticle a = cleaner.clean(raw, null);
        assertThat(a.removed()).isEmpty();
        assertThat(a.publisher()).isNull();
    }

    @Test
    void noBodyIsAnError() {
        CleanArticle a = cleaner.clean(text("Only a headline"), null);
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("no article text"));
        assertThat(a.headline()).isEqualTo("Only a headline");
    }

    @Test
    void footerLinesInsideTheLastParagraphAreCut() {
        RawArticle raw = text("Headline\n\nThe last real sentence of the story.\n\u00a9 2024 Example Wire\nAll rights reserved.");
        CleanArticle a = cleaner.clean(raw, null);
        assertThat(a.text()).isEqualTo("Headline\n\nThe last real sentence of the story.");
        assertThat(removed(a, Removal.Kind.BOILERPLATE)).containsExactly("\u00a9 2024 Example Wire", "All rights reserved.");
    }

    @Test
    void veryLongTextsAreCutAtAWordBoundaryWithAWarning() {
        StringBuilder sb = new StringBuilder("Headline\n\n");
        for (int i = 0; sb.length() < 2 * NewsCleaner.MAX_TEXT_CHARS; i++) {
            sb.append("Sentence number ").append(i).append(" of a very long paragraph. ");
        }
        RawArticle raw = text(sb.toString());
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.text().length()).isLessThanOrEqualTo(NewsCleaner.MAX_TEXT_CHARS);
        assertThat(a.text()).doesNotEndWith(" ");
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("was dropped"));
    }

    @Test
    void ordinaryLastParagraphsAreNotFooters() {
        RawArticle raw = text("Court rules on music\n\nThe court ruled for the label on Monday.\n\n"
                + "Copyright cases rose sharply last year, lawyers said.\n\nRelated companies declined to comment.");
        CleanArticle a = cleaner.clean(raw, null);
        assertThat(a.removed()).isEmpty();
        assertThat(a.paragraphs()).hasSize(4);
    }

    @Test
    void aDateLineBeforeTheBodyIsThePublicationDate() {
        RawArticle raw = text("Shares fall\n\nSaturday, March 1, 2008\n\nShares fell on Friday, traders said.");
        CleanArticle a = cleaner.clean(raw, null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2008, 3, 1));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.TEXT);
        assertThat(a.text()).isEqualTo("Shares fall\n\nShares fell on Friday, traders said.");
        CleanArticle updated = cleaner.clean(text("Shares fall\n\nUpdated: 2008-03-02 10:00\n\nShares fell on Friday, traders said."), null);
        assertThat(updated.publishedBasis()).isEqualTo(PublishedBasis.UNKNOWN);
        assertThat(updated.removed()).hasSize(1);
    }

    @Test
    void aLedeRepeatedCutShortOccursOnce() {
        String lede = "The city council approved the new transit plan on Monday after a debate that lasted most of the night";
        RawArticle raw = text("Council backs transit plan\n\n" + lede + ".\n\nSPRINGFIELD \u2014 " + lede
                + ", officials said.\n\nThe plan now goes to the state.\n\n\u00a9 2024 Example Media Inc.");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.text()).isEqualTo("Council backs transit plan\n\n" + lede + ", officials said.\n\nThe plan now goes to the state.");
        assertThat(removed(a, Removal.Kind.DUPLICATE_PARAGRAPH)).containsExactly(lede + ".");
        assertThat(removed(a, Removal.Kind.DATELINE)).containsExactly("SPRINGFIELD \u2014");
        assertThat(a.publisher()).isEqualTo("Example Media");
    }

    @Test
    void similarButDifferentLeadParagraphsStay() {
        RawArticle raw = text("Vote count continues\n\nThe vote count continued on Tuesday in the northern districts of the country.\n\n"
                + "The vote count continued on Tuesday in the southern districts, where turnout was higher.");
        assertThat(cleaner.clean(raw, null).removed()).isEmpty();
    }

    @Test
    void creditsAndNoticesInTheBodyAndAtTheEnd() {
        RawArticle raw = text("Flood hits valley\n\nS\u00c3O PAULO, Brazil (Example Wire) \u2014 A flood hit the valley on Sunday, officials said.\n\n"
                + "Photographer: A. Person/Example\n\nRescue teams reached three villages.\n\nRead more: Earlier floods in the region\n\n"
                + "The river is expected to fall.\n\nExample Wire writer B. Person in Rio contributed to this report.\n\n"
                + "To contact the editors responsible for this story:\nC. Editor at ceditor@example.net, D. Editor");
        CleanArticle a = cleaner.clean(raw, null);
        assertMapped(raw, a);
        assertThat(a.text()).isEqualTo("Flood hits valley\n\nA flood hit the valley on Sunday, officials said.\n\n"
                + "Rescue teams reached three villages.\n\nThe river is expected to fall.");
        assertThat(removed(a, Removal.Kind.DATELINE)).containsExactly("S\u00c3O PAULO, Brazil (Example Wire) \u2014");
        assertThat(removed(a, Removal.Kind.CREDIT)).hasSize(4);
        assertThat(removed(a, Removal.Kind.BOILERPLATE)).containsExactly("Read more: Earlier floods in the region");
    }

    @Test
    void aDatelineDayWithoutAYearGetsItFromTheWeekday() {
        CleanArticle a = cleaner.clean(text("Storm closes schools\n\nLONDON, March 3 (XP) \u2014 A storm closed schools on Friday."), null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void everyKindOfLineBreakSeparatesLines() {
        for (String br : new String[] {"\n", "\r\n", "\r", "\u2029"}) {
            RawArticle raw = text("Headline" + br + br + "First paragraph." + br + br + "Second paragraph.");
            CleanArticle a = cleaner.clean(raw, null);
            assertMapped(raw, a);
            assertThat(a.text()).as("break %s", br.codePointAt(0)).isEqualTo("Headline\n\nFirst paragraph.\n\nSecond paragraph.");
        }
    }
}
