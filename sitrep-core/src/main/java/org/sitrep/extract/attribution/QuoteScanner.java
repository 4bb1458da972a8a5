package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Finds the quotations of a text, paragraph by paragraph: curly (“…”) and straight ("…") double
 * quotes, quotes inside quotes (kept inside the outer one), and quotes running over paragraphs (a
 * paragraph that ends inside a quote and a next paragraph that opens with a quotation mark continue
 * one quote). A quote left open at a paragraph end is closed there and counted as unbalanced; a
 * closing mark with no opening one is counted and ignored. Linear in the text length; stateless.
 */
public final class QuoteScanner {
    /** One quotation: its pieces (one per paragraph), each including its quotation marks. */
    record Quote(List<Span> pieces) {
        Quote {
            pieces = List.copyOf(pieces);
        }

        Span hull() {
            return new Span(pieces.get(0).begin(), pieces.get(pieces.size() - 1).end());
        }
    }

    /** The quotes found and the marks that did not pair. */
    record Result(List<Quote> quotes, int unbalanced, int firstUnbalanced) {
    }

    private QuoteScanner() {
    }

    /** The pieces of every quotation of the text (marks included), for scorers and tools. */
    public static List<Span> quotations(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Quote q : scan(text, paragraphs).quotes()) {
            out.addAll(q.pieces());
        }
        return out;
    }

    static Result scan(String text, List<Span> paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        int unbalanced = 0;
        int firstUnbalanced = -1;
        List<Span> pieces = new ArrayList<>();
        int open = -1;
        char kind = 0;
        int depth = 0;
        int other = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int start = para.begin();
            if (open >= 0) {
                // Continued from the previous paragraph: the opening mark of this one is not a new quote.
                open = para.begin();
                start = firstNonSpace(text, para) + markLength(text, firstNonSpace(text, para), para);
            }
            for (int i = start; i < para.end(); i++) {
                int len = markLength(text, i, para);
                char c = len == 2 ? '"' : text.charAt(i); // two apostrophes: a typewriter double quote
                if (c != '“' && c != '”' && c != '"') {
                    continue;
                }
                i += len - 1;
                int at = i - len + 1;
                boolean opening = c == '“' || c == '"' && opensAt(text, at, len, para)
                        || c == '”' && open < 0 && opensAt(text, at, len, para); // a closing mark typed for an opening one
                if (open < 0) {
                    if (opening) {
                        open = at;
                        kind = c == '"' ? '"' : '“';
                        depth = 0;
                        other = 0;
                    } else {
                        unbalanced++;
                        firstUnbalanced = firstUnbalanced < 0 ? at : firstUnbalanced;
                    }
                    continue;
                }
                boolean sameKind = (c == '"') == (kind == '"');
                if (!sameKind) {
                    // A quote inside a quote, in the other kind of marks; a closing mark of the other kind
                    // outside such a quote closes this one (mixed typing: "… won,” he said).
                    if (opening) {
                        other++;
                        continue;
                    } else if (other > 0) {
                        other--;
                        continue;
                    }
                }
                int sentenceEnd = opening && depth == 0 ? sentenceEndBefore(text, at, open) : -1;
                if (sentenceEnd >= 0) {
                    // A new quote opening after a finished sentence: the open one was left unclosed
                    // ("…an African-American. “I have been …"); it ends with that sentence.
                    pieces.add(new Span(open, sentenceEnd));
                    quotes.add(new Quote(pieces));
                    pieces = new ArrayList<>();
                    unbalanced++;
                    firstUnbalanced = firstUnbalanced < 0 ? open : firstUnbalanced;
                    open = at;
                    depth = 0;
                    other = 0;
                } else if (opening) {
                    depth++;
                } else if (depth > 0) {
                    depth--;
                } else {
                    pieces.add(new Span(open, i + 1));
                    quotes.add(new Quote(pieces));
                    pieces = new ArrayList<>();
                    open = -1;
                }
            }
            if (open >= 0) {
                pieces.add(new Span(open, trimEnd(text, para)));
                int next = p + 1 < paragraphs.size() ? firstNonSpace(text, paragraphs.get(p + 1)) : -1;
                boolean continues = next >= 0 && next < paragraphs.get(p + 1).end() && (text.charAt(next) == kind
                        || kind == '"' && markLength(text, next, paragraphs.get(p + 1)) == 2) && depth == 0;
                if (!continues) {
                    unbalanced++;
                    firstUnbalanced = firstUnbalanced < 0 ? open : firstUnbalanced;
                    quotes.add(new Quote(pieces));
                    pieces = new ArrayList<>();
                    open = -1;
                }
            }
        }
        return new Result(quotes, unbalanced, firstUnbalanced);
    }

    /** A straight quotation mark ({@code len} characters) opens when it starts a word: at the start or after space or an opening bracket. */
    private static boolean opensAt(String text, int i, int len, Span para) {
        boolean before = i == para.begin() || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + len < para.end() && !Character.isWhitespace(text.charAt(i + len));
        return before && after;
    }

    /** 2 where two apostrophes stand for a double quotation mark ('' as some archives type it), else 1. */
    private static int markLength(String text, int i, Span para) {
        return i + 2 <= para.end() && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
                && (i + 2 == para.end() || text.charAt(i + 2) != '\'') ? 2 : 1;
    }

    /**
     * The end of the sentence that a quotation mark at {@code i} follows ("… end. “"), or -1 when the
     * mark does not follow sentence-final punctuation and a space inside the quote opened at {@code open}.
     */
    private static int sentenceEndBefore(String text, int i, int open) {
        int k = i - 1;
        while (k > open && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        boolean spaced = k < i - 1;
        return spaced && k > open + 1 && ".?!".indexOf(text.charAt(k)) >= 0 ? k + 1 : -1;
    }

    private static int firstNonSpace(String text, Span para) {
        int i = para.begin();
        while (i < para.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, Span para) {
        int e = para.end();
        while (e > para.begin() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
