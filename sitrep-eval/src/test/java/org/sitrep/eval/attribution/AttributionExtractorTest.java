package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.SourceKind;

/** The attribution extractor on small made-up articles, including broken and hostile ones. */
class AttributionExtractorTest {
    private static Analysis analyze(String text) {
        var sitrep = SharedCoreNlp.sitrep();
        return sitrep.analyze(sitrep.ingest().fromBytes("t", text.getBytes(StandardCharsets.UTF_8), ContentFormat.TEXT));
    }

    private static Attribution withContent(Analysis a, String part) {
        return a.attributions().stream().filter(x -> x.content().text().contains(part))
                .min(java.util.Comparator.comparingInt(x -> x.content().text().length()))
                .orElseThrow(() -> new AssertionError("no attribution with content '" + part + "' in " + a.attributions()));
    }

    @Test
    void nestedReportedSpeechAndAccordingTo() {
        Analysis a = analyze("Port strike ends\n\nA senior labour official said the strike would end on Monday, Reuters reported. "
                + "The mayor said the harbour had reopened, according to the city newspaper.");
        Map<String, Attribution> byId = a.attributions().stream().collect(Collectors.toMap(Attribution::id, Function.identity()));
        Attribution official = withContent(a, "the strike would end");
        assertThat(official.sourceText()).contains("official");
        assertThat(official.sourceKind()).isEqualTo(SourceKind.OFFICIAL);
        assertThat(official.cue().text()).isEqualTo("said");
        assertThat(byId.get(official.parent()).sourceText()).isEqualTo("Reuters");
        Attribution mayor = withContent(a, "the harbour had reopened");
        assertThat(mayor.sourceText()).contains("mayor");
        assertThat(byId.get(mayor.parent()).cue().text()).isEqualTo("according to");
        assertThat(byId.get(mayor.parent()).sourceText()).contains("newspaper");
        assertThat(a.attributions()).extracting(Attribution::id).startsWith("a1", "a2");
    }

    @Test
    void thatClauseWinsOverAnObliqueAndWeakCuesAreDropped() {
        Analysis a = analyze("Mail review\n\nThe spokesman also said for the first time that some letters between the two ministers "
                + "have been found. Many farmers support the new tariff on imported grain.");
        Attribution said = a.attributions().stream().filter(x -> x.cue() != null && x.cue().text().equals("said")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'said' attribution in " + a.attributions()));
        assertThat(said.content().text()).contains("letters between the two ministers have been found")
                .doesNotContain("first time");
        assertThat(a.attributions()).noneMatch(x -> x.cue() != null && x.cue().text().equals("support"));
    }

    @Test
    void splitQuoteKeepsBothPartsAndTheSpeakerOutsideTheQuote() {
        Analysis a = analyze("Talks\n\n“We met John Smith yesterday,” said Maria Lopez, the union leader. “Nothing was agreed.”");
        Attribution q = withContent(a, "We met John Smith");
        assertThat(q.direct()).isTrue();
        assertThat(q.sourceText()).contains("Maria Lopez");
        assertThat(q.contentSpans()).hasSize(2);
        assertThat(a.article().text().substring(q.contentSpans().get(1).begin(), q.contentSpans().get(1).end())).contains("Nothing was agreed");
    }

    @Test
    void quoteOnlyParagraphTakesThePrecedingSpeaker() {
        Analysis a = analyze("Vote\n\nThe senator Anne Berg said on Tuesday that she would vote against the bill.\n\n"
                + "“This bill is a mistake and Peter Holm knows it.”");
        Attribution q = withContent(a, "This bill is a mistake");
        assertThat(q.direct()).isTrue();
        assertThat(q.sourceText()).contains("Anne Berg");
    }

    @Test
    void unbalancedQuotesGiveADiagnosticAndABoundedResult() {
        Analysis a = analyze("Quotes\n\nThe minister said “we will never agree. Then he left.\n\nThe talks ended ” without a deal.");
        assertThat(a.diagnostics()).extracting(Diagnostic::stage).contains("attribution");
        assertThat(a.attributions()).isNotEmpty();
        assertThat(a.attributions()).allSatisfy(x -> assertThat(x.content().end()).isLessThanOrEqualTo(a.article().text().length()));
    }

    @Test
    void aQuoteOfSeveralThousandWordsIsOneDirectAttribution() {
        String quote = "The plan is good and the people will see it. ".repeat(400);
        Analysis a = analyze("Speech\n\nThe president said: “" + quote.strip() + "”");
        List<Attribution> direct = a.attributions().stream().filter(Attribution::direct).toList();
        assertThat(direct).hasSize(1);
        assertThat(direct.get(0).sourceText()).contains("president");
        assertThat(direct.get(0).content().text()).hasSizeGreaterThan(quote.length() - 10);
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        Analysis a = analyze("Trial\n\n“He told me, ‘Go home,’ and then “Stay away,” and I left,” the witness said.");
        Attribution q = withContent(a, "He told me");
        assertThat(q.direct()).isTrue();
        assertThat(q.sourceText()).contains("witness");
        assertThat(q.content().text()).contains("Stay away").contains("I left");
    }

    @Test
    void anArticleThatIsOneLongQuoteEndsWithoutCrashing() {
        StringBuilder b = new StringBuilder("“Statement\n\n");
        for (int i = 0; i < 40; i++) {
            b.append("“We continue to work for peace in paragraph ").append(i).append(" and the council said so.\n\n");
        }
        Analysis a = analyze(b.toString());
        assertThat(a.failed()).isFalse();
        assertThat(a.attributions().size()).isLessThan(200);
    }

    @Test
    void aCueSharingTheSubjectOfAnInvertedTagKeepsThatSubject() {
        // Once "bad span [b, e)": the shared subject stood after its verb and its span was cut before the verb.
        Analysis a = analyze("Factory output rises\n\nThe output figures brought a cautious response from officials. \"Overall I see a low"
                + " risk of the economy falling into a slump,\" said central bank governor Anna Berg, despite warning that other"
                + " indicators - such as the retail numbers - had been weak.");
        assertThat(a.diagnostics()).noneMatch(d -> d.severity() == org.sitrep.model.Severity.ERROR);
        assertThat(withContent(a, "Overall I see").sourceText()).contains("Anna Berg");
        Attribution warning = withContent(a, "other indicators");
        assertThat(warning.cue().text()).isEqualTo("warning");
        assertThat(warning.sourceText()).contains("Anna Berg").doesNotContain("said");
    }

    @Test
    void aReducedPassiveIsNoAttribution() {
        Analysis a = analyze("Port\n\nA column of trucks thought to be carrying the minister was later seen leaving the port.");
        assertThat(a.attributions()).noneMatch(x -> x.cue() != null && x.cue().text().equals("thought"));
    }

    @Test
    void whatSomethingIsCalledEndsBeforeARelativeClauseAboutIt() {
        Analysis a = analyze("Launch\n\nBefore leaving for Oslo, she attended the launch ceremony for what the navy billed as its first"
                + " “coastal strike” frigate that analysts believe has a gas-turbine propulsion system.");
        Attribution analysts = withContent(a, "gas-turbine");
        assertThat(analysts.sourceText()).isEqualTo("analysts");
        assertThat(analysts.parent()).isNull();
        assertThat(a.attributions()).filteredOn(x -> x.cue() != null && x.cue().text().equals("billed"))
                .allSatisfy(x -> assertThat(x.content().text()).doesNotContain("propulsion"));
    }

    @Test
    void coordinatedSourcesAreNotLinkedToOneOfThem() {
        Analysis a = analyze("Deal\n\nOslo and Stockholm denied reports of a secret deal, the agency said.");
        Attribution denied = withContent(a, "reports of a secret deal");
        assertThat(denied.cue().text()).isEqualTo("denied");
        assertThat(denied.sourceText()).isEqualTo("Oslo and Stockholm");
        assertThat(denied.source()).isNull();
    }

    @Test
    void aQuestionOrAPassiveWithoutAgentHasAnUnnamedSource() {
        Analysis a = analyze("Bridge\n\nAsked whether the bridge would reopen, the mayor said it would.");
        Attribution asked = withContent(a, "the bridge would reopen");
        assertThat(asked.cue().text()).isEqualTo("Asked");
        assertThat(asked.sourceSpan()).isNull();
        assertThat(asked.sourceKind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(withContent(a, "it would").sourceText()).isEqualTo("the mayor");
        Analysis b = analyze("Bridge\n\nThe bridge is expected to reopen on Monday.");
        Attribution expected = withContent(b, "to reopen");
        assertThat(expected.cue().text()).isEqualTo("expected");
        assertThat(expected.sourceSpan()).isNull();
    }
}
