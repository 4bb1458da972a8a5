package org.sitrep.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL-2003 document (the tokens between two -DOCSTART- lines), as the text Sitrep reads:
 * tokens joined by single spaces, sentences separated by a blank line (a paragraph break, which
 * ends a sentence for both systems). Keeps each token's character offsets to map mentions back.
 */
public record ConllDocument(List<String> tokens, List<String> tags, List<Integer> sentenceStarts) {
    public ConllDocument {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        sentenceStarts = List.copyOf(sentenceStarts);
    }

    /** The text and token offsets. */
    public Layout layout() {
        StringBuilder b = new StringBuilder();
        int[] begin = new int[tokens.size()];
        int[] end = new int[tokens.size()];
        List<int[]> paragraphs = new ArrayList<>();
        int s = 0;
        int paragraphBegin = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (s < sentenceStarts.size() && sentenceStarts.get(s) == i) {
                if (i > 0) {
                    paragraphs.add(new int[] {paragraphBegin, b.length()});
                    b.append("\n\n");
                }
                paragraphBegin = b.length();
                s++;
            } else if (i > 0) {
                b.append(' ');
            }
            begin[i] = b.length();
            b.append(tokens.get(i));
            end[i] = b.length();
        }
        if (!tokens.isEmpty()) {
            paragraphs.add(new int[] {paragraphBegin, b.length()});
        }
        return new Layout(b.toString(), begin, end, paragraphs);
    }

    /** The document text, each token's offsets, and the paragraphs (one per sentence). */
    public record Layout(String text, int[] begin, int[] end, List<int[]> paragraphs) {
        /** The token span [first, last + 1) covering a character span, or null when it covers no token. */
        public int[] tokenSpan(int b, int e) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < begin.length; i++) {
                if (end[i] > b && begin[i] < e) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            return first < 0 ? null : new int[] {first, last + 1};
        }
    }
}
