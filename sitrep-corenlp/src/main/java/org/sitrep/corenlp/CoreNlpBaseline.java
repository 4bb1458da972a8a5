package org.sitrep.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's default English pipeline ({@code tokenize,ssplit,pos,lemma,ner} with SUTime, numeric
 * and fine-grained NER), as the comparison anchor of benchmarks and evaluations. Thread-safe.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The default English pipeline the benchmark compares against. */
    public static CoreNlpBaseline defaultNer() {
        return new CoreNlpBaseline("tokenize,ssplit,pos,lemma,ner");
    }

    /** Annotates a text and returns its number of tokens. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
    }
}
