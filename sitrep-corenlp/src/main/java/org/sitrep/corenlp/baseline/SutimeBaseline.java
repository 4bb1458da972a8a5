package org.sitrep.corenlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

/**
 * CoreNLP's SUTime as the comparison baseline of the TIMEX3 evaluation: tokenize, ssplit, pos,
 * lemma (what SUTime needs) and the TimeAnnotator with the document date set from the creation
 * date. Only the evaluation uses it; Sitrep's pipeline has its own tagger. Thread-safe.
 */
public final class SutimeBaseline {
    private final StanfordCoreNLP pipeline;
    private final TimeAnnotator sutime;

    public SutimeBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = new StanfordCoreNLP(p);
        this.sutime = new TimeAnnotator("sutime", new Properties());
    }

    /** The TIMEX3s SUTime finds in the text, resolved against {@code creationDate} (may be null). */
    public List<TimeExpression> tag(String text, LocalDate creationDate) {
        Annotation doc = new Annotation(text);
        if (creationDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, creationDate.toString());
        }
        pipeline.annotate(doc);
        sutime.annotate(doc);
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return out;
        }
        for (CoreMap cm : timexes) {
            Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
            int b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            TimexType type = type(t.timexType());
            if (type == null) {
                continue;
            }
            String value = t.value() != null ? t.value() : t.altVal() != null ? t.altVal() : "";
            out.add(new TimeExpression("t" + (out.size() + 1), b, e, text.substring(b, e), type, value, null, null));
        }
        return out;
    }

    private static TimexType type(String sutimeType) {
        try {
            return sutimeType == null ? null : TimexType.valueOf(sutimeType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
