package org.sitrep.corenlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's default English NER ({@code tokenize,ssplit,pos,lemma,ner} with its default settings:
 * the three CRF models, SUTime, numeric and fine-grained NER), as the comparison anchor of the NER
 * evaluation. Only sentence splitting is set (at blank lines), so that both systems see the same
 * sentences. Thread-safe.
 */
public final class NerBaseline {
    /** One entity mention with CoreNLP's label (PERSON, CITY, NATIONALITY, …). */
    public record Labeled(int begin, int end, String label) {
    }

    private final StanfordCoreNLP pipeline;

    public NerBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The entity mentions CoreNLP finds in a text (character offsets into it). */
    public List<Labeled> mentions(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Labeled> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) {
                continue;
            }
            for (CoreMap m : ms) {
                List<CoreLabel> t = m.get(CoreAnnotations.TokensAnnotation.class);
                out.add(new Labeled(t.get(0).beginPosition(), t.get(t.size() - 1).endPosition(),
                        m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
            }
        }
        return out;
    }
}
