package org.sitrep.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * A learned cue detector for the words the cue rules do not take: a logistic regression over
 * token features (lemma, part of speech, dependency relation, complements, subject, neighbours,
 * quotation marks) whose weights ({@code cue-model.tsv}) were fitted on the PolNeAR train split by
 * {@code sitrep eval attribution --split train --train-model FILE}. Each candidate word is first given
 * the attribution its cue would have (source and content from the parse, as for rule cues); the
 * model also sees that attribution (its source's head, its content's first word and length) and
 * keeps it when the probability that it is right reaches the threshold. Immutable, thread-safe.
 */
public final class CueModel {
    static final String RESOURCE = "/org/sitrep/attribution/cue-model.tsv";
    /** The probability a word must reach; {@code -Dsitrep.attribution.cueThreshold} overrides it (for tuning on train). */
    static final double DEFAULT_THRESHOLD = 0.4;
    private static final Set<String> TAGS = Set.of("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "NN", "NNS");
    /** Child relations whose combination with the lemma is a feature. */
    private static final Set<String> LEXICAL_CHILDREN = Set.of("ccomp", "xcomp", "obj", "obl", "iobj", "nsubj:pass",
            "aux:pass", "cop", "advcl", "nmod:poss", "acl", "nmod", "mark", "expl", "compound:prt");

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    CueModel(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.bias = weights.getOrDefault("bias", 0.0);
        this.threshold = threshold;
    }

    /** The shipped model (no weights, accepting nothing, when the resource is missing). */
    static CueModel shipped() {
        return Shipped.MODEL;
    }

    /** The shipped weights, or those of the file {@code -Dsitrep.attribution.cueModel} names (for held-out checks on train). */
    private static final class Shipped {
        static final CueModel MODEL = System.getProperty("sitrep.attribution.cueModel") != null
                ? load(java.nio.file.Path.of(System.getProperty("sitrep.attribution.cueModel"))) : load(RESOURCE);
    }

    static CueModel load(String resource) {
        try (InputStream in = CueModel.class.getResourceAsStream(resource)) {
            return in == null ? new CueModel(Map.of("bias", -100.0), 1) : read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueModel load(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CueModel read(InputStream in, String resource) throws IOException {
        Map<String, Double> w = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": expected feature<TAB>weight: " + line);
            }
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1).strip()));
        }
        return new CueModel(w, Double.parseDouble(System.getProperty("sitrep.attribution.cueThreshold",
                Double.toString(DEFAULT_THRESHOLD))));
    }

    /** The probability that the word's cue, with these features, gives a right attribution. */
    double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            Double v = weights.get(f);
            if (v != null) {
                z += v;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the word's cue, giving attribution {@code c}, is taken. */
    boolean accepts(ParsedSentence s, int i, Candidate c) {
        return probability(features(s, i, c)) >= threshold;
    }

    /** Whether the model looks at this word at all: a verb, adjective or common noun. */
    static boolean candidate(ParsedSentence s, int i) {
        return TAGS.contains(s.pos(i)) && Character.isLetter(s.word(i).charAt(0));
    }

    /** The features of word {@code i} (names of binary indicators). */
    static List<String> features(ParsedSentence s, int i) {
        Set<String> f = new LinkedHashSet<>();
        String l = s.token(i).lemma().toLowerCase(Locale.ROOT);
        String p = s.pos(i);
        String rel = s.rel(i);
        f.add("l=" + l);
        f.add("p=" + p);
        f.add("w=" + s.lower(i));
        Lexicon.CueClass known = LEXICON.cue(l);
        f.add("lex=" + (known == null ? "none" : known.name()));
        f.add("r=" + rel + "|" + p.charAt(0));
        f.add("lr=" + l + "|" + rel);
        int head = s.head(i);
        if (head >= 0) {
            f.add("hl=" + lex(s, head) + "|" + rel);
            f.add("hp=" + s.pos(head) + "|" + rel);
        } else {
            f.add("root");
        }
        int subject = -1;
        for (int c : s.children(i)) {
            String r = s.rel(c);
            f.add("c=" + r + "|" + p.charAt(0) + (c < i ? "<" : ">"));
            if (LEXICAL_CHILDREN.contains(r)) {
                f.add("lc=" + l + "|" + r);
            }
            if (r.startsWith("obl") || r.equals("nmod") || r.startsWith("advcl") || r.equals("ccomp")) {
                for (int k : s.children(c)) {
                    if ((s.rel(k).equals("case") || s.rel(k).equals("mark")) && k < c) {
                        f.add("case=" + s.lower(k));
                        f.add("lcase=" + l + "|" + s.lower(k));
                    }
                }
            }
            if (r.equals("neg") || r.equals("advmod") && (s.lower(c).equals("not") || s.lower(c).equals("n't"))) {
                f.add("neg");
            }
            if (r.equals("aux") && s.pos(c).equals("MD")) {
                f.add("modal");
            }
            if (r.equals("obj") || r.equals("xcomp") && s.pos(c).startsWith("NN")) {
                String o = lex(s, c);
                f.add("ol=" + o);
                f.add("lol=" + l + "|" + o);
            }
            if (r.equals("nsubj") && subject < 0) {
                subject = c;
            }
        }
        if (subject < 0 && head >= 0 && (rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl"))) {
            subject = s.child(head, "nsubj");
            if (subject >= 0) {
                f.add("shared-subject");
            }
        }
        if (subject < 0) {
            f.add("no-subject");
        } else {
            f.add("sn=" + s.token(subject).ner());
            f.add("sp=" + s.pos(subject));
            f.add("sl=" + lex(s, subject));
            f.add("s" + (subject < i ? "<" : ">"));
        }
        f.add("pw=" + (i > 0 ? word(s, i - 1) : "<s>"));
        f.add("nw=" + (i + 1 < s.size() ? word(s, i + 1) : "</s>"));
        f.add("np=" + (i + 1 < s.size() ? s.pos(i + 1) : "</s>"));
        f.add("lnw=" + l + "|" + (i + 1 < s.size() ? word(s, i + 1) : "</s>"));
        int quotes = 0;
        for (int k = 0; k < i; k++) {
            if (ParsedSentence.isQuote(s.word(k)) && !s.word(k).equals("’") && !s.word(k).equals("'")) {
                quotes++;
            }
        }
        if (quotes % 2 == 1) {
            f.add("in-quote");
        }
        boolean quoteAfter = false;
        for (int k = i + 1; k < s.size() && !quoteAfter; k++) {
            quoteAfter = ParsedSentence.isQuote(s.word(k)) && !s.word(k).equals("’") && !s.word(k).equals("'");
        }
        if (quoteAfter) {
            f.add("quote-after");
        }
        return new ArrayList<>(f);
    }

    /**
     * A word's lemma as a feature, except that proper nouns are only their entity type: the model
     * learns how sources and cues are said, never who the people and places of its training news are.
     */
    static String lex(ParsedSentence s, int k) {
        return properNoun(s, k) ? "<name:" + s.token(k).ner() + ">" : s.token(k).lemma().toLowerCase(Locale.ROOT);
    }

    /** A word's form as a feature, proper nouns only as their entity type ({@link #lex}). */
    static String word(ParsedSentence s, int k) {
        return properNoun(s, k) ? "<name:" + s.token(k).ner() + ">" : s.lower(k);
    }

    private static boolean properNoun(ParsedSentence s, int k) {
        return s.pos(k).startsWith("NNP");
    }

    /** The word's features and those of the attribution its cue would give (its source's head, its content's first word and size). */
    static List<String> features(ParsedSentence s, int i, Candidate c) {
        List<String> f = features(s, i);
        String l = s.token(i).lemma().toLowerCase(Locale.ROOT);
        if (c.source == null) {
            f.add("src=none");
            f.add("lsrc=" + l + "|none");
        } else {
            f.add("lsrc=" + l + "|" + (c.source.begin() < c.cue.begin() ? "before" : "after"));
            int h = s.indexAt((c.sourceHead == null ? c.source : c.sourceHead).begin());
            int from = s.indexAt(c.source.begin());
            int to = s.indexAt(c.source.end() - 1);
            if (h >= 0) {
                f.add("src-ner=" + s.token(h).ner());
                f.add("psrc-ner=" + s.pos(i) + "|" + s.token(h).ner());
                f.add("src-pos=" + s.pos(h));
                f.add("src-l=" + lex(s, h));
            }
            if (from >= 0 && to >= from) {
                f.add("src-len=" + bucket(to - from + 1));
            }
        }
        int first = s.indexAt(c.content.get(0).begin());
        int last = s.indexAt(c.content.get(c.content.size() - 1).end() - 1);
        if (first >= 0 && last >= first) {
            f.add("cont-w=" + word(s, first));
            f.add("cont-p=" + s.pos(first));
            f.add("lcont-p=" + l + "|" + s.pos(first));
            f.add("cont-len=" + bucket(last - first + 1));
            f.add("cont-end=" + (last + 1 >= s.size() || s.isPunct(last + 1) && last + 2 >= s.size()));
        }
        return f;
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 5 ? "3-5" : n <= 12 ? "6-12" : "13+";
    }

    /**
     * One word the model may take as a cue: its sentence-local index, its features, and the
     * attribution it would give (character spans; no source: null).
     */
    public record Example(int token, List<String> features, Span source, Span cue, List<Span> content) {
    }

    /**
     * The words of one sentence that the model decides on (candidates the cue rules do not take
     * and whose cue would give an attribution), with their features: what {@code --train-model}
     * fits the weights on.
     */
    public static List<Example> examples(Sentence sentence, boolean headline) {
        List<Example> out = new ArrayList<>();
        if (sentence.tokens().isEmpty()) {
            return out;
        }
        ParsedSentence s = new ParsedSentence(sentence);
        for (Map.Entry<Integer, Candidate> e : TRAINING_RULES.learnable(s, headline).entrySet()) {
            Candidate c = e.getValue();
            out.add(new Example(e.getKey(), features(s, e.getKey(), c), c.source, c.cue, List.copyOf(c.content)));
        }
        return out;
    }

    private static final Lexicon LEXICON = Lexicon.load();
    private static final ReportedSpeech TRAINING_RULES = new ReportedSpeech(LEXICON, null);
}
