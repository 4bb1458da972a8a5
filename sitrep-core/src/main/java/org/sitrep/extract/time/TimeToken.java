package org.sitrep.extract.time;

import java.util.Map;

/**
 * A fine-grained token of the time tagger: its UTF-16 span in the article text, its lower-cased
 * form and its classes with their values (lexicon readings plus shape classes such as YEAR).
 */
record TimeToken(int begin, int end, String word, Map<String, String> classes) {
    TimeToken {
        classes = Map.copyOf(classes);
    }

    boolean is(String cls) {
        return classes.containsKey(cls);
    }

    String value(String cls) {
        return classes.get(cls);
    }

    int intValue(String cls) {
        return Integer.parseInt(classes.get(cls));
    }
}
