package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.NerMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Builds an annotated text without models from "word_TAG" notation: tokens separated by spaces,
 * an optional CRF tag after an underscore (consecutive tokens with the same tag form one mention),
 * sentences ending at ".". Lets the entity extractor be tested on the CRF's typical output and errors.
 */
final class TaggedText {
    private TaggedText() {
    }

    static AnnotatedText of(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : tagged.trim().split("\\s+")) {
            int u = w.lastIndexOf('_');
            String word = u > 0 ? w.substring(0, u) : w;
            String tag = u > 0 ? w.substring(u + 1) : "O";
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), text.length(), text.length() + word.length(), word, word, "NNP", tag));
            text.append(word);
        }
        String t = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(".") || i == tokens.size() - 1) {
                List<Token> s = tokens.subList(start, i + 1);
                sentences.add(new Sentence(sentences.size(), s.get(0).begin(), s.get(s.size() - 1).end(), s, List.of()));
                start = i + 1;
            }
        }
        int sentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (sentences.get(sentence).tokens().get(sentences.get(sentence).tokens().size() - 1).index() < i) {
                sentence++;
            }
            String tag = tokens.get(i).ner();
            if (tag.equals("O")) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)) {
                j++;
            }
            int b = tokens.get(i).begin();
            int e = tokens.get(j).end();
            mentions.add(new NerMention(b, e, t.substring(b, e), tag, sentence, i, j + 1));
            i = j;
        }
        CleanArticle article = new CleanArticle("test", "hash", null, null, null, "en", List.of(), null,
                PublishedBasis.UNKNOWN, t, List.of(new Span(0, t.length())), List.of(), OffsetMap.identity(t.length()), List.of());
        return new AnnotatedText(article, sentences, mentions, List.of());
    }
}
