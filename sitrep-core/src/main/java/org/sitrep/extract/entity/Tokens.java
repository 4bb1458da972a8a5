package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** The article's tokens as one document-level sequence, with sentence bounds. Per-article, immutable. */
final class Tokens {
    private final String text;
    private final List<Token> tokens;
    private final int[] sentence;
    private final int[] sentenceEnd;
    private final int[] sentenceBegin;
    private final boolean[] allCapitals;
    private final boolean[] titleCase;

    Tokens(AnnotatedText annotated) {
        this.text = annotated.text();
        List<Token> all = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            all.addAll(s.tokens());
        }
        this.tokens = List.copyOf(all);
        this.sentence = new int[all.size()];
        this.sentenceEnd = new int[all.size()];
        this.sentenceBegin = new int[all.size()];
        this.allCapitals = new boolean[all.size()];
        this.titleCase = new boolean[all.size()];
        int i = 0;
        for (Sentence s : annotated.sentences()) {
            int end = i + s.tokens().size();
            boolean caps = allCapitals(s.tokens());
            boolean title = titleCase(s.tokens());
            for (int k = i; k < end; k++) {
                sentence[k] = s.index();
                sentenceEnd[k] = end;
                sentenceBegin[k] = i;
                allCapitals[k] = caps;
                titleCase[k] = title;
            }
            i = end;
        }
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int sentence(int i) {
        return sentence[i];
    }

    /** The index after the last token of token i's sentence. */
    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** The first token of token i's sentence. */
    int sentenceBegin(int i) {
        return sentenceBegin[i];
    }

    /** True when every letter of token i's sentence is a capital (a shouted headline). */
    boolean allCapitalsSentence(int i) {
        return allCapitals[i];
    }

    /** True when token i's sentence is written in title case (a headline): most words of 4+ letters capitalised. */
    boolean titleCaseSentence(int i) {
        return titleCase[i];
    }

    private static boolean titleCase(List<Token> sentence) {
        int words = 0;
        int capitalised = 0;
        for (Token token : sentence) {
            String t = token.text();
            if (t.length() >= 4 && Character.isLetter(t.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 5 >= words * 4;
    }

    private static boolean allCapitals(List<Token> sentence) {
        int letters = 0;
        for (Token token : sentence) {
            String t = token.text();
            for (int c = 0; c < t.length(); c++) {
                char ch = t.charAt(c);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                letters += Character.isLetter(ch) ? 1 : 0;
            }
        }
        return letters > 3;
    }

    boolean capitalised(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    boolean isDigits(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    boolean hasLetterOrDigit(int i) {
        return tokens.get(i).text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    boolean isPossessive(int i) {
        String t = tokens.get(i).text();
        return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’");
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
    }
}
