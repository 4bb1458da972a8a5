package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.NerMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Builds an annotated text by hand for model-free tests: one sentence per string of
 * "word/lemma/TAG/head/relation[/NER]" tokens (head 1-based, 0 for the root), NER runs becoming
 * mentions. Each sentence is its own paragraph; the first is also the headline.
 */
final class ParsedText {
    private ParsedText() {
    }

    static AnnotatedText of(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        List<Span> paragraphs = new ArrayList<>();
        int docToken = 0;
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            String[] parts = s.trim().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                String[] f = parts[i].split("/");
                if (i > 0) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                String ner = f.length > 5 ? f[5] : "O";
                tokens.add(new Token(docToken + i, b, text.length(), f[0], f[1], f[2], ner));
                deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
            }
            int index = out.size();
            for (int i = 0; i < tokens.size(); i++) {
                String ner = tokens.get(i).ner();
                if (ner.equals("O") || i > 0 && tokens.get(i - 1).ner().equals(ner)) {
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(ner)) {
                    j++;
                }
                int b = tokens.get(i).begin();
                int e = tokens.get(j).end();
                mentions.add(new NerMention(b, e, text.substring(b, e), ner, index, docToken + i, docToken + j + 1));
            }
            out.add(new Sentence(index, start, text.length(), tokens, deps));
            paragraphs.add(new Span(start, text.length()));
            docToken += tokens.size();
        }
        String t = text.toString();
        CleanArticle article = new CleanArticle("test", "-", paragraphs.get(0).of(t), "Test Wire", null, "en", List.of(),
                LocalDate.of(2023, 9, 15), PublishedBasis.GIVEN, t, paragraphs, List.of(), OffsetMap.identity(t.length()),
                List.of());
        return new AnnotatedText(article, out, mentions, List.of());
    }
}
