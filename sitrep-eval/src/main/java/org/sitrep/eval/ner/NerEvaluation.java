package org.sitrep.eval.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.corenlp.baseline.NerBaseline;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.Span;

/**
 * CoNLL-2003 NER evaluation of Sitrep's entity mentions, with CoreNLP's default NER on the same
 * texts as the baseline. Each document is given to both systems as its tokens joined by spaces,
 * one sentence per paragraph; predicted character spans are mapped back to the gold tokens.
 *
 * <p>Type mapping. Sitrep: PERSON → PER, ORGANIZATION → ORG, COUNTRY / LOCATION / FACILITY → LOC,
 * OTHER → MISC; a DEMONYM mention ("Russian") → MISC, as CoNLL tags nationalities; NAME, DEMONYM
 * and METONYM mentions are scored, NOMINAL and PRONOUN mentions are not names and are not.
 * CoreNLP: PERSON → PER, ORGANIZATION → ORG, LOCATION / CITY / COUNTRY / STATE_OR_PROVINCE → LOC,
 * MISC / NATIONALITY / RELIGION → MISC; its other labels (dates, numbers, titles, …) are not scored.
 */
public final class NerEvaluation {
    /** Both systems' scores. {@code baseline} is null when it was not run. */
    public record Result(SpanScore sitrep, SpanScore baseline, int documents, int tokens) {
    }

    private NerEvaluation() {
    }

    public static Result run(List<ConllDocument> docs, Annotator annotator, Extractor entities, NerBaseline baseline) {
        return run(docs, annotator, entities, baseline, null);
    }

    /**
     * Runs the evaluation.
     *
     * @param errors where to list Sitrep's false positives and false negatives (FP/FN type tokens), or null
     */
    public static Result run(List<ConllDocument> docs, Annotator annotator, Extractor entities, NerBaseline baseline,
                             java.io.PrintStream errors) {
        SpanScore mine = new SpanScore();
        SpanScore base = baseline == null ? null : new SpanScore();
        int tokens = 0;
        int n = 0;
        for (ConllDocument d : docs) {
            ConllDocument.Layout layout = d.layout();
            List<Chunk> gold = Chunk.fromTags(d.tags());
            tokens += d.tokens().size();
            AnnotatedText annotated = annotator.annotate(article("conll-" + n++, layout));
            ExtractionContext context = new ExtractionContext(annotated);
            entities.extract(context);
            List<Chunk> predicted = new ArrayList<>();
            for (Entity e : context.entities()) {
                for (Mention m : e.mentions()) {
                    String type = sitrepType(e.type(), m.kind());
                    addChunk(predicted, layout, m.begin(), m.end(), type);
                }
            }
            mine.add(gold, nonOverlapping(predicted));
            if (errors != null) {
                listErrors(errors, d, gold, nonOverlapping(predicted));
            }
            if (base != null) {
                List<Chunk> theirs = new ArrayList<>();
                for (NerBaseline.Labeled l : baseline.mentions(layout.text())) {
                    addChunk(theirs, layout, l.begin(), l.end(), coreNlpType(l.label()));
                }
                base.add(gold, nonOverlapping(theirs));
            }
        }
        return new Result(mine, base, docs.size(), tokens);
    }

    private static void listErrors(java.io.PrintStream out, ConllDocument d, List<Chunk> gold, List<Chunk> predicted) {
        java.util.Set<Chunk> g = new java.util.HashSet<>(gold);
        java.util.Set<Chunk> p = new java.util.HashSet<>(predicted);
        for (Chunk c : predicted) {
            if (!g.contains(c)) {
                out.println("FP " + c.type() + " " + String.join(" ", d.tokens().subList(c.begin(), c.end())));
            }
        }
        for (Chunk c : gold) {
            if (!p.contains(c)) {
                out.println("FN " + c.type() + " " + String.join(" ", d.tokens().subList(c.begin(), c.end())));
            }
        }
    }

    /** The CoNLL type of a Sitrep mention, or null when it is not scored. */
    public static String sitrepType(EntityType type, Mention.Kind kind) {
        if (kind == Mention.Kind.NOMINAL || kind == Mention.Kind.PRONOUN) {
            return null;
        }
        if (kind == Mention.Kind.DEMONYM) {
            return "MISC";
        }
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case COUNTRY, LOCATION, FACILITY -> "LOC";
            case OTHER -> "MISC";
        };
    }

    /** The CoNLL type of a CoreNLP label, or null when it is not scored. */
    public static String coreNlpType(String label) {
        return switch (label) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
            case "MISC", "NATIONALITY", "RELIGION" -> "MISC";
            default -> null;
        };
    }

    private static void addChunk(List<Chunk> out, ConllDocument.Layout layout, int begin, int end, String type) {
        if (type == null) {
            return;
        }
        int[] t = layout.tokenSpan(begin, end);
        if (t != null) {
            out.add(new Chunk(t[0], t[1], type));
        }
    }

    /** Keeps the longer of overlapping chunks (the scorer, like conlleval, cannot nest). */
    static List<Chunk> nonOverlapping(List<Chunk> chunks) {
        List<Chunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingInt((Chunk c) -> c.begin() - c.end()).thenComparingInt(Chunk::begin));
        List<Chunk> kept = new ArrayList<>();
        for (Chunk c : sorted) {
            boolean clash = false;
            for (Chunk k : kept) {
                clash |= c.begin() < k.end() && k.begin() < c.end();
            }
            if (!clash) {
                kept.add(c);
            }
        }
        return kept;
    }

    static CleanArticle article(String id, ConllDocument.Layout layout) {
        List<Span> paragraphs = new ArrayList<>();
        for (int[] p : layout.paragraphs()) {
            paragraphs.add(new Span(p[0], p[1]));
        }
        String text = layout.text();
        return new CleanArticle(id, id, null, null, null, "en", List.of(), null, PublishedBasis.UNKNOWN, text,
                paragraphs, List.of(), OffsetMap.identity(text.length()), List.of());
    }
}
