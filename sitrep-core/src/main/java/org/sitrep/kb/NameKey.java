package org.sitrep.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key names are compared by: letters and digits only, lower-cased, without diacritics
 * ("Stratford-upon-Avon" and "stratford upon avon" have the same key; so have "U.S." and "US").
 * Thread-safe (stateless).
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(CharSequence name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean ascii = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        CharSequence s = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * True when a name must be matched with its case (an acronym or abbreviation such as "US",
     * "AP", "U.S.": all its letters are capitals, and it is short).
     */
    public static boolean caseSensitive(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c == ' ') {
                return false;
            }
        }
        return letters > 0 && letters <= 6;
    }
}
