package org.sitrep.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class QuoteScannerTest {
    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int b = 0;
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", b)) {
            out.add(new Span(b, i));
            b = i + 2;
        }
        out.add(new Span(b, text.length()));
        return out;
    }

    private static QuoteScanner.Result scan(String text) {
        return QuoteScanner.scan(text, paragraphs(text));
    }

    @Test
    void curlyAndStraightQuotesAreFound() {
        String t = "“We will go,” she said. He replied, \"Not today.\"";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).extracting(q -> q.hull().of(t)).containsExactly("“We will go,”", "\"Not today.\"");
        assertThat(r.unbalanced()).isZero();
    }

    @Test
    void quoteInsideQuoteStaysInsideTheOuterOne() {
        String t = "\"He asked: “Why now?” and left,\" she said. She added, “I said ‘no’ and “never” twice.”";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).hasSize(2);
        assertThat(r.quotes().get(0).hull().of(t)).isEqualTo("\"He asked: “Why now?” and left,\"");
        assertThat(r.quotes().get(1).hull().of(t)).isEqualTo("“I said ‘no’ and “never” twice.”");
        assertThat(r.unbalanced()).isZero();
    }

    @Test
    void quoteRunningOverParagraphsIsOneQuoteWithOnePiecePerParagraph() {
        String t = "She said:\n\n“The first part.\n\n“The second part.”\n\nThen she left.";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).pieces()).extracting(p -> p.of(t)).containsExactly("“The first part.", "“The second part.”");
        assertThat(r.unbalanced()).isZero();
    }

    @Test
    void unclosedQuoteIsClosedAtItsParagraphEndAndCounted() {
        String t = "He said “this never ends.\n\nA new paragraph without quotes. And a stray ” mark.";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).hull().of(t)).isEqualTo("“this never ends.");
        assertThat(r.unbalanced()).isEqualTo(2);
        assertThat(r.firstUnbalanced()).isEqualTo(t.indexOf('“'));
    }

    @Test
    void veryLongQuoteIsOneQuote() {
        String body = "word ".repeat(20_000).strip();
        String t = "She said: “" + body + "” Then nothing.";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).hull().length()).isEqualTo(body.length() + 2);
    }

    @Test
    void aQuoteOpeningAfterAFinishedSentenceClosesTheUnclosedOne() {
        String t = "“It is a warning,” the mayor said. “If the river rises, we lose the bridge. “We have been waiting for years,”"
                + " added the engineer.";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).extracting(q -> q.hull().of(t))
                .containsExactly("“It is a warning,”", "“If the river rises, we lose the bridge.", "“We have been waiting for years,”");
        assertThat(r.unbalanced()).isEqualTo(1);
    }

    @Test
    void twoApostrophesAreADoubleQuotationMark() {
        String t = "''We will not leave,'' the mayor said. ''It's the town's bridge.'' He wasn't happy.";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).extracting(q -> q.hull().of(t)).containsExactly("''We will not leave,''", "''It's the town's bridge.''");
        assertThat(r.unbalanced()).isZero();
    }

    @Test
    void aStraightOpeningMarkMayCloseWithACurlyOne() {
        String t = "\"But we won,” the mayor said. “He said \"no\" twice,” she added.";
        QuoteScanner.Result r = scan(t);
        assertThat(r.quotes()).extracting(q -> q.hull().of(t)).containsExactly("\"But we won,”", "“He said \"no\" twice,”");
        assertThat(r.unbalanced()).isZero();
    }
}
