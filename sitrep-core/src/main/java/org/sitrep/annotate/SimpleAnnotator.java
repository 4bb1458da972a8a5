package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A model-free annotator: tokens and sentences by rule, no tags, no NER, no parse. It lets the
 * pipeline and the extractors be tested without loading models, and serves as a fallback.
 * Thread-safe (stateless).
 */
public final class SimpleAnnotator implements Annotator {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’.][\\p{L}\\p{N}]+)*\\.?|\\p{N}+(?:[.,:/-]\\p{N}+)*|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "sen.", "rep.",
            "gov.", "u.s.", "u.k.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "inc.", "corp.", "co.", "ltd.");

    @Override
    public AnnotatedText annotate(CleanArticle article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span p : article.paragraphs()) {
            splitParagraph(text, p, sentences);
        }
        return new AnnotatedText(article, sentences, List.of(), List.of());
    }

    private static void splitParagraph(String text, Span paragraph, List<Sentence> out) {
        Matcher m = TOKEN.matcher(text).region(paragraph.begin(), paragraph.end());
        List<Token> current = new ArrayList<>();
        int docIndex = out.stream().mapToInt(s -> s.tokens().size()).sum();
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            boolean abbreviation = ABBREVIATIONS.contains(word.toLowerCase()) || word.matches("\\p{Lu}\\.");
            if (word.length() > 1 && word.endsWith(".") && !abbreviation) {
                current.add(new Token(docIndex++, m.start(), end - 1, word.substring(0, word.length() - 1), null, null, null));
                current.add(new Token(docIndex++, end - 1, end, ".", null, null, null));
                close(current, out);
                continue;
            }
            current.add(new Token(docIndex++, m.start(), end, word, null, null, null));
            if (word.equals(".") || word.equals("!") || word.equals("?")) {
                close(current, out);
            }
        }
        close(current, out);
    }

    private static void close(List<Token> tokens, List<Sentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        out.add(new Sentence(out.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
        tokens.clear();
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES);
    }

    @Override
    public String description() {
        return "simple tokenize,ssplit";
    }

    @Override
    public List<String> models() {
        return List.of();
    }
}
