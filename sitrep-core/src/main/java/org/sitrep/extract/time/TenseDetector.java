package org.sitrep.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the tense of the clause a time expression belongs to. When the sentence is parsed, it
 * follows the dependency arcs from the expression to its governing verb and reads the verb's tag
 * and auxiliaries ("will", "has", "is set to"); otherwise it reads the nearest tense cue in a
 * window of words (lexicon classes FUTURE / PAST / PRESENT, then POS tags when present, then the
 * "-ed" ending). Stateless and thread-safe.
 */
final class TenseDetector {
    private static final int WINDOW_LEFT = 16;
    private static final int WINDOW_RIGHT = 12;
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were", "has",
            "have", "had", "get", "got");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be");
    private static final Set<String> NEEDS_TO = Set.of("set", "due", "going", "plan", "plans", "planned", "planning",
            "intends", "intend", "preparing");
    /** Words between a preposition and the expression ("until at least Friday"). */
    private static final Set<String> SKIPPED_BEFORE = Set.of("at", "on", "least", "the", "in");
    private static final Set<String> QUOTES = Set.of("``", "''", "`", "'", "\"", "“", "”");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s");
    /** Words after which an "-ed" word is an adjective, not a past-tense verb ("the planned visit"). */
    private static final Set<String> ADJECTIVE_BEFORE = Set.of("a", "an", "the", "this", "these", "those", "its",
            "his", "her", "their", "our", "still", "newly", "of", "for", "with", "in", "on", "at");
    private final TimeLexicon lexicon;

    TenseDetector(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Tense detect(Sentence sentence, int begin, int end) {
        List<Token> tokens = sentence.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > begin && t.begin() < end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return Tense.NONE;
        }
        String lastWord = lower(tokens, last).replace('’', '\'');
        if (last + 1 < tokens.size() && POSSESSIVE.contains(lower(tokens, last + 1))
                || tokens.get(last).end() > end && lastWord.endsWith("'s")) {
            return Tense.NONE; // "Wednesday's ruling": a noun's modifier, not the clause's time
        }
        Tense forward = forwardPreposition(tokens, first);
        if (forward != Tense.NONE) {
            return forward;
        }
        if (sentence.parsed()) {
            Tense t = fromParse(sentence, last, first, last);
            if (t != Tense.NONE) {
                return t;
            }
        }
        return fromWindow(tokens, first, last);
    }

    /**
     * "until Tuesday", "as soon as Monday", "as early as next week": a deadline or an earliest date
     * lies ahead whatever the verb's tense ("postponed until Tuesday").
     */
    private static Tense forwardPreposition(List<Token> tokens, int first) {
        int i = first - 1;
        while (i >= 0 && SKIPPED_BEFORE.contains(lower(tokens, i))) {
            i--;
        }
        if (i < 0) {
            return Tense.NONE;
        }
        String w = lower(tokens, i);
        if (w.equals("until") || w.equals("till")) {
            // "up until", "not until" and a sentence-initial "Until Thursday, ..." look back
            boolean back = i == 0 || lower(tokens, i - 1).equals("up") || lower(tokens, i - 1).equals("not");
            return back ? Tense.NONE : Tense.FUTURE;
        }
        if (w.equals("effective")) {
            return Tense.FUTURE; // "effective Feb. 1": a change announced ahead of its date
        }
        if (w.equals("as") && i >= 2 && (lower(tokens, i - 1).equals("soon") || lower(tokens, i - 1).equals("early"))
                && lower(tokens, i - 2).equals("as")) {
            return Tense.FUTURE;
        }
        return Tense.NONE;
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    private Tense fromParse(Sentence s, int start, int exprFirst, int exprLast) {
        int i = start;
        for (int steps = 0; steps < 8 && i >= 0; steps++) {
            if ((i < exprFirst || i > exprLast) && s.tokens().get(i).pos().startsWith("VB")) {
                return verbTense(s, i, 0);
            }
            i = s.head(i);
        }
        return Tense.NONE;
    }

    private Tense verbTense(Sentence s, int v, int depth) {
        Token verb = s.tokens().get(v);
        boolean to = false;
        Tense aux = Tense.NONE;
        for (Dependency d : s.children(v)) {
            String w = s.tokens().get(d.dependent()).text().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
                if (w.equals("to")) {
                    to = true;
                    continue;
                }
                Tense c = cue(w, null);
                if (c == Tense.FUTURE || aux == Tense.NONE) {
                    aux = c == Tense.NONE ? posTense(s.tokens().get(d.dependent()).pos()) : c;
                }
            } else if (d.relation().equals("mark") && w.equals("to")) {
                to = true;
            }
        }
        if (aux == Tense.FUTURE || aux == Tense.PAST && !to) {
            return aux;
        }
        if (to && depth < 3) {
            int gov = s.head(v);
            if (gov >= 0) {
                String g = s.tokens().get(gov).text().toLowerCase(Locale.ROOT);
                if (lexicon.value(g, "FUTURE") != null) {
                    return Tense.FUTURE;
                }
                return s.tokens().get(gov).pos().startsWith("VB") ? verbTense(s, gov, depth + 1) : Tense.NONE;
            }
        }
        if (aux != Tense.NONE) {
            return aux;
        }
        Tense own = cue(verb.text().toLowerCase(Locale.ROOT), null);
        return own == Tense.FUTURE ? own : posTense(verb.pos());
    }

    private static Tense posTense(String pos) {
        return switch (pos) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP", "VBG" -> Tense.PRESENT;
            case "MD" -> Tense.FUTURE;
            default -> Tense.NONE;
        };
    }

    private Tense fromWindow(List<Token> tokens, int first, int last) {
        for (int i = first - 1; i >= Math.max(0, first - WINDOW_LEFT); i--) {
            String w = tokens.get(i).text();
            if (w.equals(";") || w.equals(":") || QUOTES.contains(w)) {
                break;
            }
            Tense t = tokenTense(tokens, i);
            if (t != Tense.NONE) {
                return t;
            }
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 1 + WINDOW_RIGHT); i++) {
            String w = tokens.get(i).text();
            if (w.equals(";") || w.equals(":") || QUOTES.contains(w) || w.equals(",") && i > last + 1) {
                break;
            }
            Tense t = tokenTense(tokens, i);
            if (t != Tense.NONE) {
                return t;
            }
        }
        return Tense.NONE;
    }

    private Tense tokenTense(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
        String prev = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        if (w.equals("to") && (BE.contains(prev) || next.equals("be"))) {
            return Tense.FUTURE; // "is to resume", "to be published"
        }
        Tense c = cue(w, next);
        if (c == Tense.FUTURE && prev.equals("been") && (i > 1 && lower(tokens, i - 2).equals("had")
                || i > 2 && lower(tokens, i - 3).equals("had"))) {
            return Tense.PAST; // "had been due to expire Friday", "had previously been scheduled": a plan now past
        }
        if (c != Tense.FUTURE && AUXILIARIES.contains(prev) && (w.endsWith("ed") || lexicon.value(w, "PAST") != null)) {
            return Tense.NONE; // a participle ("would be held", "was held"): the auxiliary to its left decides
        }
        if (c != Tense.NONE) {
            return c;
        }
        if (!t.pos().isEmpty()) {
            return t.pos().equals("VBD") ? Tense.PAST : t.pos().equals("MD") ? Tense.FUTURE : Tense.NONE;
        }
        boolean adjective = ADJECTIVE_BEFORE.contains(prev) || i > 1 && ADJECTIVE_BEFORE.contains(lower(tokens, i - 2))
                && prev.endsWith("ly"); // "a still unspecified date", "the newly created shares"
        boolean notPast = w.endsWith("eed") && !w.endsWith("reed") && !w.endsWith("teed"); // succeed, need (not agreed)
        return w.length() > 4 && w.endsWith("ed") && !adjective && !notPast && Character.isLowerCase(t.text().charAt(0))
                ? Tense.PAST : Tense.NONE;
    }

    /** The tense a cue word signals; {@code next} (may be null) licenses "set to", "due to"… */
    private Tense cue(String w, String next) {
        if (lexicon.value(w, "FUTURE") != null && (!NEEDS_TO.contains(w) || next == null || next.equals("to"))) {
            return Tense.FUTURE;
        }
        if (lexicon.value(w, "PAST") != null) {
            return Tense.PAST;
        }
        if (lexicon.value(w, "PRESENT") != null) {
            return Tense.PRESENT;
        }
        return Tense.NONE;
    }
}
