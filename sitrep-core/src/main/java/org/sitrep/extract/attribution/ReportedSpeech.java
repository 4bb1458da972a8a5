package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * Finds the attributions one sentence states with a cue word: "X said (that) …", "X told Y …",
 * "…, X reported.", "…," said X, "according to X", headline "X: …". Sources come from the
 * dependency parse where it is plausible, else from surface noun phrases next to the cue. Stateless
 * and thread-safe.
 */
final class ReportedSpeech {
    /** Where a cue's content lies relative to its source and cue. */
    enum Shape { PRE, POST, INVERTED, ACCORDING, COLON, ASKED }

    /** A cue found in a sentence, before its content is cut. */
    private record Tag(int cue, int cueEnd, int sourceFrom, int sourceTo, Shape shape, Lexicon.CueClass cls, boolean learned) {
        Tag(int cue, int cueEnd, int sourceFrom, int sourceTo, Shape shape, Lexicon.CueClass cls) {
            this(cue, cueEnd, sourceFrom, sourceTo, shape, cls, false);
        }

        Tag asLearned() {
            return new Tag(cue, cueEnd, sourceFrom, sourceTo, shape, cls, true);
        }

        /** The first token of the tag (source or cue), where content to its left must end. */
        int start() {
            return Math.min(cue, sourceFrom);
        }

        int end() {
            return Math.max(cueEnd, sourceTo);
        }
    }

    /** Relations of a verb that heads its own clause. */
    private static final Set<String> MAIN_VERB = Set.of("root", "ccomp", "parataxis", "conj", "dep");
    private static final Set<String> NAME_SEPARATORS = Set.of(":", "―", "—", "--");
    /** Verbs that take a clause without reporting anything. */
    private static final Set<String> NOT_CUES = Set.of("be", "have", "make", "mean", "ensure", "let", "help", "get", "take",
            "do", "go", "come", "give", "put", "keep", "seem", "look", "sound", "turn", "become", "happen", "matter");
    /** Nouns of saying that take a that-clause ("his claim that …"). */
    private static final Set<String> NOUN_CUES = Set.of("claim", "assertion", "statement", "argument", "suggestion",
            "contention", "allegation", "belief", "view", "warning", "promise", "pledge", "denial", "insistence", "assurance",
            "accusation", "prediction", "charge", "fear", "hope", "suspicion", "conclusion", "announcement");
    private static final Set<String> HEDGERS = Set.of("i", "you", "we");
    private static final Set<String> SHORT_ANSWERS = Set.of("so", "yes", "no", "otherwise");
    /** Pronouns that are no source on their own ("it" and "which" are: "it says", "which reported"). */
    private static final Set<String> RELATIVE = Set.of("that", "what", "this", "there");
    /** Cue verbs whose "to" phrase is what they say something about ("referred to the report", "pointed to polls"). */
    private static final Set<String> TO_CONTENT = Set.of("refer", "point", "respond", "reply", "allude");
    private static final Set<String> MARKS = Set.of("for", "on", "about", "of", "against");
    /** Prepositions that join what is said to a cue's object ("accused X of …", "likened X to …", "called X as …"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("of", "to", "as", "for", "on", "about", "against", "over");
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "parataxis", "dep", "csubj");
    /** Verbs used with a to-infinitive only in the passive ("is thought to be", "was said to have"). */
    private static final Set<String> RAISING = Set.of("think", "believe", "say", "report", "know", "rumor", "rumour",
            "allege", "suppose", "reckon", "estimate");
    /** Verbs whose object is the addressee, not the content ("told reporters …"). */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "ask", "urge", "warn", "remind", "inform", "assure");

    /** Complements that carry the content of a learned cue ("is critical of X", "distanced himself from X"). */
    private static final Set<String> BROAD = Set.of("obj", "iobj", "obl", "xcomp", "ccomp", "advcl", "nmod", "acl", "dep");

    private final Lexicon lexicon;
    private final CueModel model;

    /** @param model the learned cue detector for words the rules do not take, or null for the rules alone */
    ReportedSpeech(Lexicon lexicon, CueModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The attributions of one sentence; content spans are character spans of the text. */
    List<Candidate> find(ParsedSentence s, boolean headline) {
        List<Tag> tags = ruleTags(s, headline);
        List<Candidate> out = new ArrayList<>();
        List<Tag> taken = new ArrayList<>();
        for (Tag t : tags) {
            Candidate c = candidate(s, t, tags);
            if (c != null) {
                out.add(c);
                taken.add(t);
            }
        }
        if (model != null) {
            for (java.util.Map.Entry<Integer, Candidate> e : learnable(s, tags, taken).entrySet()) {
                if (model.accepts(s, e.getKey(), e.getValue())) {
                    out.add(e.getValue());
                }
            }
        }
        return out;
    }

    /**
     * For training: each word the learned model decides on (no rule attribution's cue) whose cue would
     * give an attribution, with that attribution.
     */
    java.util.Map<Integer, Candidate> learnable(ParsedSentence s, boolean headline) {
        List<Tag> tags = ruleTags(s, headline);
        return learnable(s, tags, tags.stream().filter(t -> candidate(s, t, tags) != null).toList());
    }

    /** The attributions learned cues would give at the words no rule attribution takes as its cue; null-free. */
    private java.util.Map<Integer, Candidate> learnable(ParsedSentence s, List<Tag> tags, List<Tag> taken) {
        java.util.Map<Integer, Candidate> out = new java.util.LinkedHashMap<>();
        for (int i : residual(s, taken)) {
            Tag t = learnedTag(s, i);
            Candidate c = t == null ? null : candidate(s, t, tags);
            if (c != null) {
                out.put(i, c);
            }
        }
        return out;
    }

    private List<Tag> ruleTags(ParsedSentence s, boolean headline) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Tag t = tagAt(s, i, headline);
            if (t != null) {
                tags.add(t);
            }
        }
        return tags;
    }

    private static List<Integer> residual(ParsedSentence s, List<Tag> tags) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            boolean taken = false;
            for (Tag t : tags) {
                taken |= i >= t.cue() && i <= t.cueEnd();
            }
            if (!taken && CueModel.candidate(s, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The tag of a word the learned model may take as a cue: a verb or a predicate with a subject as a
     * rule cue verb, a passive with its agent as source, a noun with its possessor ("her criticism of
     * …") or with the subject of the verb it is the object of ("sent a letter to …"); with no source
     * named when none of these is found (the model weighs that).
     */
    private Tag learnedTag(ParsedSentence s, int i) {
        Lexicon.CueClass known = lexicon.cue(s.token(i).lemma());
        Lexicon.CueClass cls = known == null ? Lexicon.CueClass.EVIDENCE : known;
        if (s.pos(i).startsWith("VB") || s.child(i, "nsubj") >= 0) {
            if (passiveOrModifier(s, i)) {
                // "… was criticised by X": the agent is the source; without one, no source is named.
                int agent = s.child(i, "obl:agent");
                if (agent > i) {
                    int[] r = s.subtree(agent);
                    int from = r[0] < s.size() && s.lower(r[0]).equals("by") ? r[0] + 1 : r[0];
                    return from <= r[1] ? new Tag(i, i, from, r[1], Shape.PRE, cls, true) : null;
                }
                return new Tag(i, i, i, i, Shape.ASKED, cls, true);
            }
            Tag t = verbTag(s, i, cls);
            return t == null ? new Tag(i, i, i, i, Shape.ASKED, cls, true) : t.asLearned();
        }
        int owner = s.child(i, "nmod:poss");
        if (owner >= 0 && owner < i) {
            int[] r = s.subtree(owner);
            int to = Math.min(r[1], i - 1);
            while (to > r[0] && (s.word(to).equals("’s") || s.word(to).equals("'s") || s.word(to).equals("’"))) {
                to--;
            }
            return new Tag(i, i, r[0], to, Shape.PRE, cls, true);
        }
        int gov = s.head(i);
        if (gov >= 0 && gov < i && s.pos(gov).startsWith("VB") && (s.rel(i).equals("obj") || s.rel(i).startsWith("obl"))) {
            int subj = subject(s, gov);
            if (subj >= 0 && subj < gov) {
                int[] r = s.subtree(subj);
                return new Tag(i, i, r[0], Math.min(r[1], gov - 1), Shape.PRE, cls, true);
            }
        }
        return new Tag(i, i, i, i, Shape.ASKED, cls, true);
    }

    /** The first complement to the right of a learned cue, of any kind that may carry content, or -1. */
    private static int broadComplement(ParsedSentence s, int cue) {
        for (int c : s.children(cue)) {
            if (c > cue && broad(s, c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean broad(ParsedSentence s, int c) {
        String r = s.rel(c);
        int colon = r.indexOf(':');
        return BROAD.contains(colon < 0 ? r : r.substring(0, colon)) && !r.equals("obl:tmod") && !r.equals("nmod:poss")
                && !participleAfterComma(s, c);
    }

    private Tag tagAt(ParsedSentence s, int i, boolean headline) {
        if (s.lower(i).equals("according") && i + 1 < s.size() && s.lower(i + 1).equals("to")) {
            int end = Phrases.endAfter(s, i + 2);
            return end < 0 ? null : new Tag(i, i + 1, i + 2, end, Shape.ACCORDING, Lexicon.CueClass.SPEECH);
        }
        if (NAME_SEPARATORS.contains(s.word(i)) && i > 0 && i <= Phrases.MAX_NP && i + 2 < s.size()) {
            Tag t = colon(s, i, headline);
            if (t != null) {
                return t;
            }
        }
        if (NAME_SEPARATORS.contains(s.word(i)) && !s.word(i).equals(":") && i + 1 < s.size()) {
            return signature(s, i);
        }
        if (s.pos(i).startsWith("NN") && NOUN_CUES.contains(s.token(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return nounTag(s, i);
        }
        if (!s.pos(i).startsWith("VB")) {
            return null;
        }
        Lexicon.CueClass cls = lexicon.cue(s.token(i).lemma());
        if (cls == null && i + 2 < s.size() && s.word(i + 1).equals(":") && s.child(i, "nsubj") >= 0
                && !NOT_CUES.contains(s.token(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
            cls = Lexicon.CueClass.SPEECH; // "Caddell continued: …"
        }
        if (cls == null && clausalWithSubject(s, i) && !NOT_CUES.contains(s.token(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
            cls = Lexicon.CueClass.COGNITION; // any verb whose subject states a that-clause: "pooh-poohed the claim that …"
        }
        if (cls != null && (askedClause(s, i) || agentlessPassive(s, i))) {
            return new Tag(i, i, i, i, Shape.ASKED, cls); // "Asked if …, X said", "… is expected to …": no source named
        }
        if (cls == null || passiveOrModifier(s, i)) {
            return null;
        }
        return verbTag(s, i, cls);
    }

    /**
     * "Pat Caddell: …", "WALLACE: …", "Sonya Herridge ― “…”" at the start of a sentence: a name (or,
     * in a headline, a short noun phrase), a colon or dash, the content.
     */
    private static Tag colon(ParsedSentence s, int i, boolean headline) {
        boolean colon = s.word(i).equals(":");
        int first = 0;
        while (first < i && ParsedSentence.isQuote(s.word(first))) {
            first++;
        }
        boolean names = i - first <= 5 && first < i;
        for (int k = first; k < i && names; k++) {
            String ner = s.token(k).ner();
            String w = s.word(k);
            boolean upper = colon && w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))
                    && !ner.equals("LOCATION");
            names = ner.equals("PERSON") || colon && ner.equals("ORGANIZATION") || upper;
        }
        boolean quoted = colon || ParsedSentence.isQuote(s.word(i + 1));
        boolean headlineLabel = colon && headline && first == 0 && i <= 3 && Phrases.startBefore(s, i - 1) == 0;
        return (names || headlineLabel) && quoted ? new Tag(i, i, first, i - 1, Shape.COLON, Lexicon.CueClass.SPEECH) : null;
    }

    /** "“…” ― Sonya Herridge": a dash and a person's name closing a quote. */
    private static Tag signature(ParsedSentence s, int i) {
        int end = i + 1;
        while (end < s.size() && s.token(end).ner().equals("PERSON")) {
            end++;
        }
        boolean closes = end > i + 1 && (end == s.size() || ParsedSentence.isQuote(s.word(end)) || s.isPunct(end) && end + 1 >= s.size() - 1);
        return closes && (i == 0 || ParsedSentence.isQuote(s.word(i - 1))) ? new Tag(i, i, i + 1, end - 1, Shape.INVERTED, Lexicon.CueClass.SPEECH) : null;
    }

    /** "Trump's claim that …": a possessor as source, a that-clause as content. */
    private static Tag nounTag(ParsedSentence s, int i) {
        int owner = s.child(i, "nmod:poss");
        if (owner < 0 || owner > i || i + 2 >= s.size() || !s.lower(i + 1).equals("that")) {
            return null;
        }
        int[] r = s.subtree(owner);
        int to = Math.min(r[1], i - 1);
        while (to > r[0] && (s.word(to).equals("’s") || s.word(to).equals("'s") || s.word(to).equals("’"))) {
            to--;
        }
        return new Tag(i, i, r[0], to, Shape.COLON, Lexicon.CueClass.SPEECH);
    }

    /** A verb with a subject before it and a finite clausal complement after it. */
    private static boolean clausalWithSubject(ParsedSentence s, int i) {
        boolean subject = false;
        boolean clause = false;
        for (int c : s.children(i)) {
            subject |= c < i && s.rel(c).equals("nsubj");
            clause |= c > i && s.rel(c).equals("ccomp");
        }
        return subject && clause;
    }

    /** "… is expected to …", "it was reported that …": a passive cue without "by" and with a clause. */
    private static boolean agentlessPassive(ParsedSentence s, int i) {
        if (!s.pos(i).equals("VBN") || s.child(i, "aux:pass") < 0 || s.child(i, "obl:agent") >= 0) {
            return false;
        }
        for (int c : s.children(i)) {
            if (c > i && (s.rel(c).equals("xcomp") || s.rel(c).equals("ccomp"))) {
                return true;
            }
        }
        return false;
    }

    /** "Asked whether …", "when asked about …": a participle of "ask" opening its clause, the asker unsaid. */
    private static boolean askedClause(ParsedSentence s, int i) {
        if (!s.pos(i).equals("VBN") || !s.token(i).lemma().equalsIgnoreCase("ask") || s.child(i, "nsubj") >= 0) {
            return false;
        }
        return i == 0 || s.isPunct(i - 1) || s.lower(i - 1).equals("when") || s.lower(i - 1).equals("if")
                || s.lower(i - 1).equals("after") || s.lower(i - 1).equals("once");
    }

    private static boolean passiveOrModifier(ParsedSentence s, int i) {
        String rel = s.rel(i);
        if (rel.equals("amod") || rel.startsWith("acl") && s.pos(i).equals("VBN") || rel.equals("compound")) {
            return true;
        }
        if (s.child(i, "aux:pass") >= 0 || s.child(i, "nsubj:pass") >= 0) {
            return true;
        }
        if (reducedPassive(s, i)) {
            return true;
        }
        return s.pos(i).equals("VBN") && i > 0 && (s.lower(i - 1).equals("is") || s.lower(i - 1).equals("being")
                || s.lower(i - 1).equals("get") || s.lower(i - 1).equals("got") || s.lower(i - 1).equals("was")
                || s.lower(i - 1).equals("are") || s.lower(i - 1).equals("were") || s.lower(i - 1).equals("been")
                || s.lower(i - 1).equals("be"));
    }

    /**
     * "a convoy thought to be carrying …", "a man said to have …": a verb that takes no
     * to-infinitive in the active, in a past form without auxiliary, right before "to" (the parser
     * may take it for an active verb with the noun before as subject).
     */
    private static boolean reducedPassive(ParsedSentence s, int i) {
        return (s.pos(i).equals("VBD") || s.pos(i).equals("VBN")) && i + 2 < s.size() && s.lower(i + 1).equals("to")
                && s.pos(i + 2).equals("VB") && s.child(i, "aux") < 0
                && RAISING.contains(s.token(i).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private Tag verbTag(ParsedSentence s, int cue, Lexicon.CueClass cls) {
        boolean tagEnds = cue + 1 == s.size() || s.word(cue + 1).equals(".")
                || s.word(cue + 1).equals(",") && !(cue + 2 < s.size() && ParsedSentence.isQuote(s.word(cue + 2)));
        boolean hasRightComplement = !tagEnds && rightComplement(s, cue, cls) >= 0;
        int before = Phrases.skipAuxiliariesBack(s, cue);
        int surfaceStart = Phrases.startBefore(s, before);
        int subj = subject(s, cue);
        // Sentence-final or parenthetical tag: "…, AP said." / "…, the newspaper reported, citing …"
        if (surfaceStart > 1 && isBreak(s, surfaceStart - 1) && !hasRightComplement) {
            return new Tag(cue, cue, surfaceStart, before, Shape.POST, cls);
        }
        // Inverted tag: "…," said Caddell.
        if (cue > 1 && isBreak(s, cue - 1)) {
            Tag inverted = inverted(s, cue, subj, cls);
            if (inverted != null) {
                return inverted;
            }
        }
        if (subj >= 0 && subj < cue) {
            int[] range = s.subtree(subj);
            int from = range[0];
            int to = Math.min(range[1], cue - 1);
            boolean adjacent = to >= before - 1;
            if (!adjacent && surfaceStart >= 0 && (surfaceStart == 0 || isBreak(s, surfaceStart - 1))) {
                from = surfaceStart;
                to = before;
            }
            if (from > 1 && isBreak(s, from - 1) && !hasRightComplement) {
                return new Tag(cue, cue, from, to, Shape.POST, cls);
            }
            return new Tag(cue, cue, from, to, Shape.PRE, cls);
        }
        if (surfaceStart >= 0 && (!s.sentence.parsed() || MAIN_VERB.contains(s.rel(cue)))) {
            return new Tag(cue, cue, surfaceStart, before, Shape.PRE, cls);
        }
        // A participle after a comma or a time: "X said …, adding that …", "X started a petition this
        // week calling for …" shares the main clause's subject.
        if (s.pos(cue).equals("VBG") && cue > 0 && (s.word(cue - 1).equals(",") || temporal(s, cue - 1))) {
            int root = root(s, cue);
            int rs = root >= 0 && root != cue ? subject(s, root) : -1;
            if (rs >= 0 && rs < cue) {
                int[] range = s.subtree(rs);
                return new Tag(cue, cue, range[0], Math.min(range[1], cue - 1), Shape.PRE, cls);
            }
        }
        // Shared subject: "… and added", "…, saying …", "went on to discuss".
        int gov = s.head(cue);
        String rel = s.rel(cue);
        if (gov >= 0 && gov < cue && rel.startsWith("acl") && s.pos(cue).equals("VBG") && Phrases.headLike(s, gov) && !temporal(s, gov)) {
            int from = Phrases.startBefore(s, gov);
            return new Tag(cue, cue, from < 0 ? gov : from, gov, Shape.PRE, cls); // "several groups saying …"
        }
        if (gov >= 0 && (rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl"))) {
            int gs = subject(s, gov);
            if (gs >= 0 && gs < cue) {
                int[] range = s.subtree(gs);
                if (gs < gov) {
                    return new Tag(cue, cue, range[0], Math.min(range[1], gov - 1), Shape.PRE, cls);
                }
                // The shared subject follows its verb ("…," said X, despite warning that …).
                int from = Math.max(range[0], gov + 1);
                int to = clipAtComma(s, from, Math.min(range[1], cue - 1));
                return to >= from ? new Tag(cue, cue, from, to, Shape.PRE, cls) : null;
            }
        }
        return null;
    }

    private static Tag inverted(ParsedSentence s, int cue, int subj, Lexicon.CueClass cls) {
        int from = cue + 1;
        if (from >= s.size()) {
            return null;
        }
        if (subj > cue) {
            int to = clipAtComma(s, from, s.subtree(subj)[1]);
            return to >= from ? new Tag(cue, cue, from, to, Shape.INVERTED, cls) : null;
        }
        if (subj >= 0 && !quoteBetween(s, subj, cue)) {
            return null; // "Graham, a former candidate, told AFP": the subject before the comma is the source
        }
        // The parse may take the quote before for the subject: trust a name that ends the clause.
        int to = Phrases.endAfter(s, from);
        boolean endsClause = to >= from && (to + 1 == s.size() || s.isPunct(to + 1));
        return endsClause && (subj < 0 || s.pos(from).startsWith("NNP") || s.pos(from).equals("DT")) ? new Tag(cue, cue, from, to, Shape.INVERTED, cls) : null;
    }

    private static boolean quoteBetween(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ParsedSentence.isQuote(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** A date or time ("this week", "Tuesday"): no one who speaks. */
    private static boolean temporal(ParsedSentence s, int i) {
        String ner = s.token(i).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
    }

    private static int root(ParsedSentence s, int from) {
        int t = from;
        for (int steps = 0; steps < s.size() && s.head(t) >= 0; steps++) {
            t = s.head(t);
        }
        return s.head(t) < 0 ? t : -1;
    }

    private static int clipAtComma(ParsedSentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.isPunct(k)) {
                return k - 1;
            }
        }
        return to;
    }

    private static int subject(ParsedSentence s, int verb) {
        for (int c : s.children(verb)) {
            String r = s.rel(c);
            if (r.equals("nsubj") || r.equals("csubj")) {
                return c;
            }
        }
        return -1;
    }

    /** A comma, colon, dash or quotation mark: what separates a tag from the content before it. */
    private static boolean isBreak(ParsedSentence s, int i) {
        String w = s.word(i);
        return w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals(";") || ParsedSentence.isQuote(w);
    }

    /** The first complement of the cue to its right that carries content, or -1. */
    private int rightComplement(ParsedSentence s, int cue, Lexicon.CueClass cls) {
        boolean objectIsContent = !ADDRESSEE_VERBS.contains(s.token(cue).lemma().toLowerCase(java.util.Locale.ROOT)); // "announced his candidacy", "wants a deal"
        int first = -1;
        int clause = -1;
        for (int c : s.children(cue)) {
            if (c <= cue) {
                continue;
            }
            String r = s.rel(c);
            if (participleAfterComma(s, c)) {
                continue; // "…,” X said, explaining …": a participle of its own, not what was said
            }
            boolean ok = CLAUSAL.contains(r) || objectIsContent && r.equals("obj")
                    || cls == Lexicon.CueClass.NAMING && (r.startsWith("obl") || r.equals("xcomp"))
                    || r.startsWith("obl") && aboutLike(s, c)
                    || r.startsWith("obl") && TO_CONTENT.contains(s.token(cue).lemma().toLowerCase(java.util.Locale.ROOT)) && caseWord(s, c).equals("to")
                    || r.startsWith("advcl") && markedBy(s, c);
            if (ok && (first < 0 || c < first)) {
                first = c;
            }
            if (r.equals("ccomp") && (clause < 0 || c < clause)) {
                clause = c;
            }
        }
        if (clause >= 0 && first >= 0 && s.rel(first).startsWith("obl") && cls != Lexicon.CueClass.NAMING) {
            // "said for the first time that …": the clause, not the phrase before it (what something is
            // called stays its "as" phrase: "billed as its first submarine that experts believe …")
            first = clause;
        }
        if (first < 0 && !s.sentence.parsed() && cue + 2 < s.size()) {
            String next = s.lower(cue + 1);
            if (next.equals("that") || ParsedSentence.isQuote(s.word(cue + 1)) || next.equals(":")) {
                return cue + 1;
            }
        }
        return first;
    }

    /**
     * A clause the parse hangs on the cue that opens with a relative pronoun, not a complementizer:
     * "… billed as its first boat that analysts believe …" is about the boat, not what was billed.
     */
    private static boolean relativeClause(ParsedSentence s, int c) {
        int b = s.subtree(c)[0];
        return (s.pos(b).equals("WDT") || s.pos(b).equals("WP")) && !s.rel(b).equals("mark");
    }

    /** A clause introduced by "for"/"on"/"about" ("called for X to …", "called on X to …"). */
    private static boolean markedBy(ParsedSentence s, int c) {
        int m = s.child(c, "mark");
        return m >= 0 && m < c && MARKS.contains(s.lower(m));
    }

    private static boolean participleAfterComma(ParsedSentence s, int c) {
        int b = s.subtree(c)[0];
        return s.pos(c).equals("VBG") && b == c && b > 0 && s.word(b - 1).equals(",");
    }

    private static String caseWord(ParsedSentence s, int c) {
        int k = s.child(c, "case");
        return k >= 0 ? s.lower(k) : "";
    }

    /** An oblique introduced by "about"/"on"/"of"/"for" ("expressed doubts about", "called for"). */
    private static boolean aboutLike(ParsedSentence s, int c) {
        for (int k : s.children(c)) {
            if (s.rel(k).equals("case")) {
                String w = s.lower(k);
                return w.equals("about") || w.equals("for");
            }
        }
        return false;
    }

    private Candidate candidate(ParsedSentence s, Tag t, List<Tag> tags) {
        if (t.sourceFrom() > t.sourceTo()) {
            return null; // no source tokens left (a parse this class did not foresee): no attribution rather than a bad span
        }
        if (t.sourceFrom() == t.sourceTo() && RELATIVE.contains(s.lower(t.sourceFrom()))) {
            return null; // "a visit that could support …": a relative pronoun is no source
        }
        if (t.cls() == Lexicon.CueClass.COGNITION && t.sourceFrom() == t.sourceTo() && HEDGERS.contains(s.lower(t.sourceFrom()))) {
            return null; // "I think …", "you know": a speaker's hedge, not a source of its own
        }
        Span source = t.shape() == Shape.ASKED ? null : s.span(t.sourceFrom(), t.sourceTo());
        Span cue = s.span(t.cue(), t.cueEnd());
        List<Span> content = switch (t.shape()) {
            case POST, INVERTED -> left(s, t, tags);
            case PRE, COLON, ASKED -> right(s, t, tags);
            case ACCORDING -> according(s, t, tags);
        };
        boolean trailing = t.shape() == Shape.PRE && t.sourceFrom() == 0 && t.cls() == Lexicon.CueClass.SPEECH
                && (t.cue() + 1 == s.size() || s.word(t.cue() + 1).equals(",") || s.word(t.cue() + 1).equals("."));
        boolean signature = trailing || content.isEmpty() && t.shape() == Shape.INVERTED && NAME_SEPARATORS.contains(s.word(t.cue()));
        if (signature) {
            // A placeholder: the quote just before is the content ("“…” ― Sonya Herridge", "“….” McConnell said, citing …").
            content = List.of(cue);
        } else if (content.isEmpty()) {
            return null;
        }
        Candidate c = new Candidate(source, cue, content, false);
        // "“WALLACE: …" (a transcript quoted paragraph by paragraph): the speaker's label opens the
        // quotation, what follows it is the speaker's own words
        c.direct = t.shape() == Shape.COLON && t.sourceFrom() > 0 && ParsedSentence.isQuote(s.word(t.sourceFrom() - 1));
        c.cueClass = t.cls();
        if (source != null) {
            int head = Phrases.head(s, t.sourceFrom(), t.sourceTo());
            c.sourceHead = s.span(head, head);
        }
        c.awaitingQuote = signature || t.shape() == Shape.PRE && content.size() == 1 && t.cue() + 1 < s.size()
                && content.get(0).equals(s.span(t.cue() + 1, t.cue() + 1)) && (s.word(t.cue() + 1).equals(":") || quoteAfter(s, t.cue() + 1))
                && rightComplement(s, t.cue(), t.cls()) < 0;
        return c;
    }

    /** Content before a sentence-final tag: from the sentence start (after an opening tag) to the tag. */
    private static List<Span> left(ParsedSentence s, Tag t, List<Tag> tags) {
        int from = 0;
        for (Tag o : tags) {
            if (o != t && o.shape() == Shape.ACCORDING && o.start() == 0 && o.end() < t.start()) {
                from = o.end() + 1;
            }
        }
        List<Span> out = new ArrayList<>();
        addTrimmed(s, from, t.start() - 1, out);
        // A parenthetical tag: "The plan, he said, is …" has content on both sides.
        if (t.shape() == Shape.POST && t.end() + 2 < s.size() && s.word(t.end() + 1).equals(",")
                && t.start() > 0 && !ParsedSentence.isQuote(s.word(t.start() - 1)) && !s.pos(t.end() + 2).startsWith("VB")) {
            addTrimmed(s, t.end() + 2, clipAtTags(t.end() + 2, s.size() - 1, t, tags), out);
        }
        return out;
    }

    /** Content after the cue: its complements, or the rest of the sentence, up to another tag. */
    private List<Span> right(ParsedSentence s, Tag t, List<Tag> tags) {
        int from;
        int to;
        int first = t.shape() == Shape.COLON ? t.cue() + 1 : rightComplement(s, t.cue(), t.cls());
        if (first < 0 && t.learned()) {
            first = broadComplement(s, t.cue());
        }
        if (first < 0 && t.cue() + 1 < s.size() && SHORT_ANSWERS.contains(s.lower(t.cue() + 1))) {
            return List.of(s.span(t.cue() + 1, t.cue() + 1)); // "72 percent said yes"
        }
        if (first < 0 && t.shape() == Shape.PRE && s.sentence.parsed() && s.rel(t.cue()).equals("csubj") && s.head(t.cue()) > t.cue()) {
            // A misparse that makes the cue the subject of its own content ("He said there were 18
            // emails": "said" as csubj of "emails"): the content is the rest of that clause.
            List<Span> out = new ArrayList<>();
            int end = s.subtree(s.head(t.cue()))[1];
            addTrimmed(s, t.cueEnd() + 1, clipAtTags(t.cueEnd() + 1, end, t, tags), out);
            return out;
        }
        if (first < 0) {
            int next = t.cue() + 1;
            if (t.cls() == Lexicon.CueClass.SPEECH && next < s.size() && (s.word(next).equals(":") || quoteAfter(s, next))) {
                return List.of(s.span(next, next)); // a placeholder: the quote that follows is the content
            }
            return List.of();
        }
        if (t.shape() == Shape.COLON || !s.sentence.parsed()) {
            from = first;
            to = s.size() - 1;
        } else {
            from = first;
            to = first;
            for (int c : s.children(t.cue())) {
                if (c >= first && !participleAfterComma(s, c) && (CLAUSAL.contains(s.rel(c)) && !relativeClause(s, c) || s.rel(c).equals("obj") || c == first
                        || t.learned() && broad(s, c) || afterObject(s, t.cue(), first, c))) {
                    // What something is called ends before a relative clause about it.
                    int[] r = s.subtree(c, t.cls() == Lexicon.CueClass.NAMING ? "acl" : null);
                    from = Math.min(from, r[0]);
                    to = Math.max(to, r[1]);
                }
            }
            from = Math.max(from, t.cueEnd() + 1);
        }
        while (from < to && (s.lower(from).equals("that") || s.word(from).equals(",") || s.word(from).equals(":"))) {
            from++;
        }
        List<Span> out = new ArrayList<>();
        addTrimmed(s, from, clipAtTags(from, to, t, tags), out);
        return out;
    }

    /**
     * A prepositional complement that follows the cue's object and carries what is said of it ("accused
     * Holt of being …", "likened the rules to …", "derided the deal as …"): content goes on to its end.
     */
    static boolean afterObject(ParsedSentence s, int cue, int first, int c) {
        if (c <= first || !s.rel(first).equals("obj")) {
            return false;
        }
        String r = s.rel(c);
        if (!r.startsWith("obl") && !r.startsWith("advcl") || r.equals("obl:tmod") || r.equals("obl:agent")) {
            return false;
        }
        int k = s.child(c, r.startsWith("advcl") ? "mark" : "case");
        return k >= 0 && k < c && k == s.subtree(c)[0] && OBJECT_PREPOSITIONS.contains(s.lower(k));
    }

    /** "according to X": content is the rest of the clause, on either side. */
    private static List<Span> according(ParsedSentence s, Tag t, List<Tag> tags) {
        List<Span> out = new ArrayList<>();
        if (t.start() <= 1) {
            addTrimmed(s, t.end() + 1, clipAtTags(t.end() + 1, s.size() - 1, t, tags), out);
            return out;
        }
        int from = 0;
        for (Tag o : tags) {
            if (o != t && o.shape() == Shape.ACCORDING && o.end() < t.start()) {
                from = o.end() + 1;
            }
        }
        addTrimmed(s, from, t.start() - 1, out);
        if (t.end() + 1 < s.size() && s.word(t.end() + 1).equals(",") && t.end() + 3 < s.size()) {
            addTrimmed(s, t.end() + 2, clipAtTags(t.end() + 2, s.size() - 1, t, tags), out);
        }
        return out;
    }

    private static boolean quoteAfter(ParsedSentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (ParsedSentence.isQuote(s.word(k)) && !s.word(k).equals("’") && !s.word(k).equals("'")) {
                return true;
            }
        }
        return false;
    }

    /** Ends content before the first later tag that takes content from its left (POST, INVERTED, ACCORDING). */
    private static int clipAtTags(int from, int to, Tag self, List<Tag> tags) {
        int end = to;
        for (Tag o : tags) {
            if (o != self && (o.shape() == Shape.POST || o.shape() == Shape.INVERTED || o.shape() == Shape.ACCORDING)
                    && o.start() > from && o.start() <= end) {
                end = o.start() - 1;
            }
        }
        return end;
    }

    /** Adds tokens {@code from..to} without edge punctuation (quotation marks stay). */
    private static void addTrimmed(ParsedSentence s, int from, int to, List<Span> out) {
        while (from <= to && s.isPunct(from) && !ParsedSentence.isQuote(s.word(from))) {
            from++;
        }
        while (to >= from && s.isPunct(to) && !ParsedSentence.isQuote(s.word(to))) {
            to--;
        }
        if (from <= to) {
            out.add(s.span(from, to));
        }
    }
}
