package org.sitrep.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.Sitrep;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Span;

/**
 * Scores Sitrep's attributions against PolNeAR (BRAT standoff under {@code SPLIT/text} and
 * {@code SPLIT/attributions}; the first annotator's file where several annotated one article):
 * token-overlap P/R/F1 per role (source, cue, content) and relation P/R/F1, a relation matching
 * when its source, cue and content each overlap the gold ones (a gold relation without a source
 * needs no source). PolNeAR gives each cue one attribution, so of Sitrep's attributions sharing a
 * cue (a quote inside reported speech) only the one with the largest content is scored, and speech
 * reported inside a quotation is not scored (PolNeAR leaves it to the quote: none of the 19,831
 * train relations has its cue inside another's quoted content), whether or not Sitrep found the
 * quote's speaker. Optionally
 * compares CoreNLP's quote attribution with Sitrep's direct quotes on the gold relations whose
 * content is a quotation. Not thread-safe (one evaluation at a time).
 */
public final class AttributionEvaluation {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    /** Counts and P/R/F1. */
    public record Score(long matched, long predicted, long gold, long matchedGold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(matched + o.matched, predicted + o.predicted, gold + o.gold, matchedGold + o.matchedGold);
        }
    }

    /** Direct quotes on the first documents: CoreNLP's quote attribution and Sitrep's. */
    public record Baseline(int documents, Score corenlp, Score sitrep) {
    }

    public record Result(int documents, Score source, Score cue, Score content, Score relation, double docsPerSecond,
                         Baseline baseline) {
    }

    /** One PolNeAR article: its text file and its annotation file. */
    public record Document(String name, Path text, Path annotation) {
    }

    private static final Score ZERO = new Score(0, 0, 0, 0);

    private AttributionEvaluation() {
    }

    /** The articles of a split; {@code data} is PolNeAR's data folder or its parent. */
    public static List<Document> documents(Path data, String split) throws IOException {
        Path dir = data.resolve(split);
        if (!Files.isDirectory(dir.resolve("text")) && Files.isDirectory(data.resolve("data").resolve(split))) {
            dir = data.resolve("data").resolve(split);
        }
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            throw new IOException("no PolNeAR split '" + split + "' (text/ and attributions/) under " + data);
        }
        Map<String, Path> anns = new HashMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = p.getFileName().toString();
                anns.putIfAbsent(name.substring(0, name.lastIndexOf('_')), p);
            }
        }
        List<Document> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                if (anns.containsKey(name)) {
                    out.add(new Document(name, p, anns.get(name)));
                }
            }
        }
        return out;
    }

    /**
     * Runs the evaluation.
     *
     * @param baseline      CoreNLP's quote attribution of a text, or null to skip it
     * @param baselineLimit how many of the documents (the first ones) the baseline runs on
     */
    public static Result run(Sitrep sitrep, List<Document> docs,
                             Function<String, List<org.sitrep.corenlp.baseline.QuoteBaseline.AttributedQuote>> baseline,
                             int baselineLimit) throws IOException {
        return run(sitrep, docs, baseline, baselineLimit, null);
    }

    /** As {@link #run(Sitrep, List, Function, int)}, writing each missed gold cue and each unmatched prediction to {@code errors}. */
    public static Result run(Sitrep sitrep, List<Document> docs,
                             Function<String, List<org.sitrep.corenlp.baseline.QuoteBaseline.AttributedQuote>> baseline,
                             int baselineLimit, java.io.PrintWriter errors) throws IOException {
        Score source = ZERO;
        Score cue = ZERO;
        Score content = ZERO;
        Score relation = ZERO;
        Score baseCore = ZERO;
        Score baseMine = ZERO;
        long nanos = 0;
        int baselineDocs = 0;
        for (Document d : docs) {
            String text = Files.readString(d.text(), StandardCharsets.UTF_8);
            List<BratAttributions.Relation> gold = BratAttributions.read(d.annotation());
            long t0 = System.nanoTime();
            Analysis a = sitrep.analyze(sitrep.ingest().fromBytes(d.name(), text.getBytes(StandardCharsets.UTF_8), ContentFormat.TEXT));
            nanos += System.nanoTime() - t0;
            int[] map = align(a.article().text(), text);
            List<BratAttributions.Relation> predicted = predicted(a, map);
            List<Span> tokens = tokens(text);
            source = source.plus(tokenScore(tokens, gold, predicted, BratAttributions.Relation::source));
            cue = cue.plus(tokenScore(tokens, gold, predicted, BratAttributions.Relation::cue));
            content = content.plus(tokenScore(tokens, gold, predicted, BratAttributions.Relation::content));
            relation = relation.plus(relationScore(gold, predicted, true));
            if (errors != null) {
                writeErrors(errors, d.name(), text, gold, predicted);
            }
            if (baseline != null && baselineDocs < baselineLimit) {
                baselineDocs++;
                List<BratAttributions.Relation> goldQuotes = gold.stream().filter(g -> isQuote(text, g.content())).toList();
                List<BratAttributions.Relation> core = new ArrayList<>();
                for (var q : baseline.apply(text)) {
                    core.add(new BratAttributions.Relation(q.mention() == null ? List.of() : List.of(q.mention()), List.of(),
                            List.of(q.quote())));
                }
                List<BratAttributions.Relation> mine = new ArrayList<>();
                for (int i = 0; i < a.attributions().size(); i++) {
                    if (a.attributions().get(i).direct()) {
                        mine.add(toRaw(a.attributions().get(i), map));
                    }
                }
                baseCore = baseCore.plus(relationScore(goldQuotes, core, false));
                baseMine = baseMine.plus(relationScore(goldQuotes, mine, false));
            }
        }
        double seconds = nanos / 1e9;
        return new Result(docs.size(), source, cue, content, relation, seconds == 0 ? 0 : docs.size() / seconds,
                baseline == null ? null : new Baseline(baselineDocs, baseCore, baseMine));
    }

    /** Sitrep's attributions in raw-text offsets, one per cue (the one with the largest content). */
    static List<BratAttributions.Relation> predicted(Analysis a, int[] map) {
        Map<Span, Attribution> byCue = new java.util.LinkedHashMap<>();
        List<BratAttributions.Relation> out = new ArrayList<>();
        for (Attribution at : a.attributions()) {
            if (at.cue() == null) {
                out.add(toRaw(at, map));
                continue;
            }
            byCue.merge(at.cue().span(), at, (x, y) -> x.content().span().length() >= y.content().span().length() ? x : y);
        }
        String text = a.article().text();
        List<Span> quotes = org.sitrep.extract.attribution.QuoteScanner.quotations(text,
                a.article().paragraphs().isEmpty() ? List.of(new Span(0, text.length())) : a.article().paragraphs());
        for (Attribution at : byCue.values()) {
            if (!insideQuote(at, a.attributions()) && (at.direct() || quotes.stream().noneMatch(q -> q.contains(at.cue().span())))) {
                out.add(toRaw(at, map));
            }
        }
        return out;
    }

    /**
     * Maps each offset of the cleaned text to the raw text by matching their non-space characters
     * in order (cleaning changes spacing and may drop lines), so scores do not depend on the
     * cleaner's own offset map.
     */
    static int[] align(String clean, String raw) {
        int[] map = new int[clean.length() + 1];
        int j = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (!Character.isWhitespace(c)) {
                int k = j;
                while (k < raw.length() && k - j < 5000 && raw.charAt(k) != c) {
                    k++;
                }
                if (k < raw.length() && raw.charAt(k) == c) {
                    j = k;
                }
            }
            map[i] = Math.min(j, raw.length());
            if (!Character.isWhitespace(c) && j < raw.length() && raw.charAt(j) == c) {
                j++;
            }
        }
        map[clean.length()] = Math.min(j, raw.length());
        return map;
    }

    /** PolNeAR leaves speech reported inside a direct quote unannotated (the quote is the outer attribution's). */
    private static boolean insideQuote(Attribution at, List<Attribution> all) {
        for (Attribution q : all) {
            if (q != at && q.direct() && !at.direct()) {
                for (Span s : q.contentSpans()) {
                    if (s.contains(at.cue().span())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static BratAttributions.Relation toRaw(Attribution at, int[] map) {
        List<Span> content = at.contentSpans().stream().map(s -> raw(s, map)).toList();
        return new BratAttributions.Relation(at.sourceSpan() == null ? List.of() : List.of(raw(at.sourceSpan(), map)),
                at.cue() == null ? List.of() : List.of(raw(at.cue().span(), map)), content);
    }

    private static Span raw(Span s, int[] map) {
        int b = map[s.begin()];
        return s.length() == 0 ? new Span(b, b) : new Span(b, Math.max(b, map[s.end() - 1] + 1));
    }

    private static boolean isQuote(String text, List<Span> content) {
        if (content.isEmpty()) {
            return false;
        }
        int b = content.get(0).begin();
        return b < text.length() && (text.charAt(b) == '“' || text.charAt(b) == '"');
    }

    static List<Span> tokens(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static Score tokenScore(List<Span> tokens, List<BratAttributions.Relation> gold, List<BratAttributions.Relation> predicted,
                                    Function<BratAttributions.Relation, List<Span>> role) {
        BitSet g = mark(tokens, gold, role);
        BitSet p = mark(tokens, predicted, role);
        BitSet both = (BitSet) g.clone();
        both.and(p);
        return new Score(both.cardinality(), p.cardinality(), g.cardinality(), both.cardinality());
    }

    private static BitSet mark(List<Span> tokens, List<BratAttributions.Relation> rels, Function<BratAttributions.Relation, List<Span>> role) {
        BitSet out = new BitSet(tokens.size());
        for (BratAttributions.Relation r : rels) {
            for (Span s : role.apply(r)) {
                int i = firstEndingAfter(tokens, s.begin());
                for (; i < tokens.size() && tokens.get(i).begin() < s.end(); i++) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    private static int firstEndingAfter(List<Span> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One-to-one greedy matching in gold order; a gold role that is empty is not required. */
    static Score relationScore(List<BratAttributions.Relation> gold, List<BratAttributions.Relation> predicted, boolean needCue) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (BratAttributions.Relation g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                BratAttributions.Relation p = predicted.get(i);
                if (!used[i] && overlaps(g.content(), p.content()) && (!needCue || overlaps(g.cue(), p.cue()))
                        && (g.source().isEmpty() || overlaps(g.source(), p.source()))) {
                    used[i] = true;
                    matched++;
                    break;
                }
            }
        }
        return new Score(matched, predicted.size(), gold.size(), matched);
    }

    private static void writeErrors(java.io.PrintWriter out, String name, String text, List<BratAttributions.Relation> gold,
                                    List<BratAttributions.Relation> predicted) {
        for (BratAttributions.Relation g : gold) {
            if (predicted.stream().noneMatch(p -> matches(g, p))) {
                BratAttributions.Relation same = predicted.stream().filter(p -> overlaps(g.cue(), p.cue())).findFirst().orElse(null);
                if (same == null) {
                    out.println("MISS\t" + name + "\t" + show(text, g));
                } else {
                    String failed = (overlaps(g.content(), same.content()) ? "" : "content ")
                            + (g.source().isEmpty() || overlaps(g.source(), same.source()) ? "" : "source");
                    out.println("WRONG\t" + name + "\t" + show(text, g) + "\t<>\t" + failed.strip() + "\t" + show(text, same));
                }
            }
        }
        for (BratAttributions.Relation p : predicted) {
            if (gold.stream().noneMatch(g -> matches(g, p))) {
                boolean cueGold = gold.stream().anyMatch(g -> overlaps(g.cue(), p.cue()));
                out.println((cueGold ? "FALSE-CUE\t" : "FALSE\t") + name + "\t" + show(text, p));
            } else {
                out.println("OK\t" + name + "\t" + show(text, p));
            }
        }
    }

    private static boolean matches(BratAttributions.Relation g, BratAttributions.Relation p) {
        return overlaps(g.content(), p.content()) && overlaps(g.cue(), p.cue()) && (g.source().isEmpty() || overlaps(g.source(), p.source()));
    }

    private static String show(String text, BratAttributions.Relation r) {
        String at = r.cue().isEmpty() ? "" : "@" + r.cue().get(0).begin() + "\t";
        return at + cut(text, r.source()) + "\t[" + cut(text, r.cue()) + "]\t" + cut(text, r.content());
    }

    private static String cut(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            String t = s.end() <= text.length() ? s.of(text) : "";
            b.append(t.length() > 80 ? t.substring(0, 80) + "…" : t).append(' ');
        }
        return b.toString().replace('\n', ' ').strip();
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
