package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words (letters, digits, inner apostrophes and hyphens) and sentence ends. */
final class TextWords {
    private TextWords() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (j + 1 < n && "'-’".indexOf(text.charAt(j)) >= 0 && Character.isLetterOrDigit(text.charAt(j + 1))))) {
                    j++;
                }
                String w = text.substring(i, j);
                int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
                out.add(apostrophe > 0 && w.length() - apostrophe <= 2 ? w.substring(0, apostrophe) : w);
                i = j;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n') {
                    out.add(c == '\n' ? "." : String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }
}
