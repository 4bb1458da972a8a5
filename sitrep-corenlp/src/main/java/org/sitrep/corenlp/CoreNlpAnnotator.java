package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Capability;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.NerMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The CoreNLP adapter: tokenize, ssplit (paragraph breaks end sentences), pos, lemma, the three
 * CRF NER models (no SUTime, no numeric or fine-grained NER), and the neural dependency parser on
 * every sentence of at most {@code maxParseTokens} tokens. Loaded once (about 20 s); thread-safe:
 * CoreNLP's annotators and the parser keep no per-call state.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** Sentences longer than this are not parsed (bounded work); a diagnostic says so. */
    public static final int DEFAULT_MAX_PARSE_TOKENS = 120;

    private final StanfordCoreNLP pipeline;
    private final DependencyParser parser;
    private final int maxParseTokens;
    private final java.util.function.Predicate<List<Token>> parseFilter;

    public CoreNlpAnnotator() {
        this(DEFAULT_MAX_PARSE_TOKENS);
    }

    public CoreNlpAnnotator(int maxParseTokens) {
        this(maxParseTokens, null);
    }

    /**
     * @param parseFilter when not null, only sentences whose tokens it accepts are parsed (for
     *                    example those with an event trigger); the others keep an empty parse
     */
    public CoreNlpAnnotator(int maxParseTokens, java.util.function.Predicate<List<Token>> parseFilter) {
        this.pipeline = new StanfordCoreNLP(properties());
        this.parser = maxParseTokens > 0 ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL) : null;
        this.maxParseTokens = maxParseTokens;
        this.parseFilter = parseFilter;
    }

    /** The pipeline properties Sitrep uses. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    @Override
    public AnnotatedText annotate(CleanArticle article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        int docToken = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                tokens.add(new Token(docToken + tokens.size(), l.beginPosition(), l.endPosition(), l.originalText(),
                        l.lemma(), l.tag(), l.ner()));
            }
            int index = sentences.size();
            List<Dependency> deps = parseFilter != null && !parseFilter.test(tokens) ? List.of()
                    : parse(s, labels.size(), index, diagnostics);
            sentences.add(new Sentence(index, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens, deps));
            List<CoreMap> ems = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ems != null) {
                for (CoreMap em : ems) {
                    List<CoreLabel> mt = em.get(CoreAnnotations.TokensAnnotation.class);
                    int b = mt.get(0).beginPosition();
                    int e = mt.get(mt.size() - 1).endPosition();
                    int tb = docToken + mt.get(0).index() - 1;
                    mentions.add(new NerMention(b, e, article.text().substring(b, e),
                            em.get(CoreAnnotations.NamedEntityTagAnnotation.class), index, tb, tb + mt.size()));
                }
            }
            docToken += tokens.size();
        }
        return new AnnotatedText(article, sentences, mentions, diagnostics);
    }

    private List<Dependency> parse(CoreMap sentence, int length, int index, List<Diagnostic> diagnostics) {
        if (parser == null) {
            return List.of();
        }
        if (length > maxParseTokens) {
            diagnostics.add(Diagnostic.warning("annotate", "sentence " + index + " has " + length
                    + " tokens (more than " + maxParseTokens + "); it was not parsed"));
            return List.of();
        }
        GrammaticalStructure gs = parser.predict(sentence);
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            deps.add(new Dependency(td.gov().index() - 1, td.dep().index() - 1, td.reln().toString()));
        }
        return deps;
    }

    @Override
    public Set<Capability> provides() {
        EnumSet<Capability> c = EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.POS, Capability.LEMMAS,
                Capability.NER);
        if (parser != null) {
            c.add(Capability.DEPENDENCIES);
        }
        return c;
    }

    @Override
    public String description() {
        return "corenlp 4.5.10 tokenize,ssplit,pos,lemma,ner(crf)" + (parser != null ? ",depparse(nndep)" : "");
    }

    @Override
    public List<String> models() {
        List<String> m = new ArrayList<>(List.of(
                "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"));
        if (parser != null) {
            m.add(DependencyParser.DEFAULT_MODEL);
        }
        return m;
    }
}
