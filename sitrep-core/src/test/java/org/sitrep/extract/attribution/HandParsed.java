package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Hand-parsed sentences for the attribution tests. */
final class HandParsed {
    private HandParsed() {
    }

    /** A sentence from "word/lemma/POS/head/relation" items (head -1: root), tokens one space apart. */
    static Sentence sentence(String... items) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < items.length; i++) {
            String[] f = items[i].split("/");
            tokens.add(new Token(i, offset, offset + f[0].length(), f[0], f[1], f[2], "O"));
            deps.add(new Dependency(Integer.parseInt(f[3]), i, f[4]));
            offset += f[0].length() + 1;
        }
        return new Sentence(0, 0, offset - 1, tokens, deps);
    }

    /** The text the sentence's offsets point into. */
    static String text(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            b.append(t.text()).append(' ');
        }
        return b.toString().strip();
    }
}
