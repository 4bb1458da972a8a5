package org.sitrep.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.Sitrep;
import org.sitrep.annotate.Capability;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.NerMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.testing.Articles;
import org.junit.jupiter.api.Test;

/** Model-backed: the adapter's conversion to Sitrep's own records. */
class CoreNlpAnnotatorTest {
    private static final String TEXT = "Macron Meets Scholz in France\n\n"
            + "French President Emmanuel Macron met German Chancellor Olaf Scholz on Wednesday in Strasbourg. "
            + "The two leaders discussed \u201cmutual interests,\u201d the Elysee said.";

    private AnnotatedText annotate() {
        Sitrep sitrep = SharedCoreNlp.sitrep();
        CleanArticle article = sitrep.clean(Articles.text(TEXT), LocalDate.of(2024, 5, 15));
        return SharedCoreNlp.annotator().annotate(article);
    }

    @Test
    void tokensPointIntoTheCleanedText() {
        AnnotatedText a = annotate();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(a.text().substring(t.begin(), t.end())).isEqualTo(t.text());
            }
        }
        assertThat(a.sentences()).hasSize(3); // the headline paragraph is its own sentence
        assertThat(a.sentences().get(0).tokens()).extracting(Token::text).containsExactly("Macron", "Meets", "Scholz", "in", "France");
    }

    @Test
    void namedEntitiesAndParsesAreConverted() {
        AnnotatedText a = annotate();
        List<String> names = a.mentions().stream().map(NerMention::text).toList();
        assertThat(names).contains("Emmanuel Macron", "Olaf Scholz", "Strasbourg");
        NerMention macron = a.mentions().stream().filter(m -> m.text().equals("Emmanuel Macron")).findFirst().orElseThrow();
        assertThat(macron.type()).isEqualTo("PERSON");
        assertThat(a.text().substring(macron.begin(), macron.end())).isEqualTo("Emmanuel Macron");
        Sentence body = a.sentences().get(1);
        assertThat(body.parsed()).isTrue();
        int met = body.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow().index() - body.tokens().get(0).index();
        assertThat(body.relation(met)).isEqualTo("root");
        assertThat(body.children(met)).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
        assertThat(body.tokens().get(met).lemma()).isEqualTo("meet");
        assertThat(body.tokens().get(met).pos()).isEqualTo("VBD");
    }

    @Test
    void declaresWhatItProvides() {
        assertThat(SharedCoreNlp.annotator().provides()).contains(Capability.DEPENDENCIES, Capability.NER);
        assertThat(SharedCoreNlp.annotator().description()).contains("corenlp");
    }
}
