package org.sitrep.eval.ner;

import java.util.ArrayList;
import java.util.List;

/** A typed token span [begin, end) of a document: a gold or predicted named entity. */
public record Chunk(int begin, int end, String type) {
    /** The chunks of an IOB1 or IOB2 tag sequence (a chunk starts at B-, or at I- of a new type). */
    public static List<Chunk> fromTags(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || tag.startsWith("I-") && !t.equals(type);
            if (type != null && (tag.equals("O") || begins)) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
