package org.sitrep.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;

/**
 * Reads PolNeAR's BRAT standoff annotation: text-bound {@code T} lines (Source, Cue, Content,
 * Attribution; discontinuous spans as "b e;b e") and {@code E} lines tying them into one
 * attribution relation. Stateless.
 */
public final class BratAttributions {
    /** One gold attribution: its source, cue and content spans (source may be empty). */
    public record Relation(List<Span> source, List<Span> cue, List<Span> content) {
        public Relation {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }
    }

    private BratAttributions() {
    }

    public static List<Relation> read(Path ann) throws IOException {
        return parse(Files.readAllLines(ann, StandardCharsets.UTF_8));
    }

    static List<Relation> parse(List<String> lines) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    continue;
                }
                List<Span> list = new ArrayList<>();
                for (String frag : typeAndSpans[1].split(";")) {
                    String[] be = frag.trim().split(" ");
                    list.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                }
                spans.put(cols[0], list);
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].split(" "));
            }
        }
        List<Relation> out = new ArrayList<>();
        for (String[] roles : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String role : roles) {
                String[] kv = role.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                List<Span> s = spans.getOrDefault(kv[1], List.of());
                switch (kv[0].replaceAll("\\d+$", "")) {
                    case "Source" -> source.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    case "Content" -> content.addAll(s);
                    default -> { }
                }
            }
            if (!cue.isEmpty() && !content.isEmpty()) {
                out.add(new Relation(source, cue, content));
            }
        }
        return out;
    }
}
