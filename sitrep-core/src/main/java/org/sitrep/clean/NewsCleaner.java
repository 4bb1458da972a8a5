package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Removal;
import org.sitrep.model.Severity;
import org.sitrep.model.Span;

/**
 * Cleans news text (plain text, or the main text an HTML extractor found). In order:
 * <ol>
 * <li>paragraphs are split on blank lines ({@link Lines}); whitespace inside is normalised;</li>
 * <li>the headline is the metadata headline when given (the first paragraph stands for it when it
 *     contains it), else the first paragraph; for plain text whose first paragraph has several
 *     lines, the first line;</li>
 * <li>boilerplate lines are removed: credits and notices before the first body paragraph, footers,
 *     credits and copyright lines at the end, photo credits and "Read more" lines anywhere
 *     (boilerplate.txt);</li>
 * <li>a dateline at the start of one of the first three body paragraphs is cut (datelines.txt),
 *     keeping the publisher and date it names;</li>
 * <li>repeated paragraphs (same letters and digits, ignoring case) occur once: a copy of the
 *     headline is dropped; of other copies the one that carried the dateline stays, else the first;
 *     among the lead paragraphs, a lede repeated cut short counts as a copy;</li>
 * <li>publisher: metadata, else the dateline's agency, else the holder of a removed copyright line; publication date: given, else metadata, else
 *     a date in the text (a "Published: …" or date-only line before the body, a dated dateline), else {@link WeekdayDateInference}
 *     (from the copyright year, or for a dateline's month and day without a year, the most recent
 *     year in which that day has the weekday the text implies);
 *     language: metadata, else {@link LanguageDetector}.</li>
 * </ol>
 * Every removal is listed; the offset map leads each copied character back to the raw text
 * ({@link RawArticle#main()} when present, else {@link RawArticle#content()}). Immutable and thread-safe.
 */
public final class NewsCleaner implements Cleaner {
    private static final int LEAD_PARAGRAPHS = 3;
    private static final int MIN_DUPLICATE_KEY = 12;
    private static final int MIN_LEAD_COPY = 40;
    /** Longest cleaned text (characters); later paragraphs are dropped with a warning, to bound the NLP work. */
    public static final int MAX_TEXT_CHARS = 128 << 10;
    /** A head line giving the date of an update, not of publication. */
    private static final Pattern UPDATED_LINE = Pattern.compile("(?i)(?:last )?updated\\b");

    private final CleaningRules rules = new CleaningRules();
    private final LanguageDetector languages = new LanguageDetector();
    private final Clock clock;

    public NewsCleaner() {
        this(Clock.systemUTC());
    }

    /** @param clock gives "today", the latest date an inferred publication date may have */
    public NewsCleaner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CleanArticle clean(RawArticle raw, LocalDate givenPublished) {
        String src = raw.main() != null ? raw.main() : raw.content();
        Work w = new Work(src, raw.meta());
        List<List<int[]>> blocks = Lines.paragraphs(src);
        if (raw.format() == ContentFormat.TEXT && !blocks.isEmpty() && blocks.get(0).size() > 1) {
            List<int[]> first = blocks.remove(0);
            blocks.add(0, new ArrayList<>(first.subList(1, first.size())));
            blocks.add(0, new ArrayList<>(first.subList(0, 1)));
        }
        Para headline = headline(w, blocks);
        removeHeadLines(w, blocks);
        removeTailLines(w, blocks);
        removeLoneLines(w, blocks);
        List<Para> body = new ArrayList<>();
        for (List<int[]> b : blocks) {
            body.add(Para.of(src, b));
        }
        boolean[] dated = cutDateline(w, body);
        body = dropDuplicates(w, headline, body, dated);
        return assemble(raw, w, headline, body, givenPublished);
    }

    /** Per-article state. */
    private static final class Work {
        final String src;
        final ArticleMeta meta;
        final List<Removal> removed = new ArrayList<>();
        final List<String> bylines = new ArrayList<>();
        String datelinePublisher;
        CleaningRules.Dateline dateline;
        LocalDate textDate;

        Work(String src, ArticleMeta meta) {
            this.src = src;
            this.meta = meta;
        }

        void remove(Removal.Kind kind, Para p) {
            removed.add(new Removal(kind, p.text, p.rawBegin()));
        }
    }

    private Para headline(Work w, List<List<int[]>> blocks) {
        String given = w.meta.headline();
        if (given == null || given.isBlank()) {
            return blocks.isEmpty() ? null : Para.of(w.src, blocks.remove(0));
        }
        if (!blocks.isEmpty()) {
            Para first = Para.of(w.src, blocks.get(0));
            Para wanted = Para.inserted(given);
            if (first.key().equals(wanted.key())) {
                blocks.remove(0);
                return first;
            }
            int at = first.text.toLowerCase(Locale.ROOT).indexOf(wanted.text.toLowerCase(Locale.ROOT));
            if (at >= 0 && wanted.key().length() >= MIN_DUPLICATE_KEY) {
                blocks.remove(0);
                Para within = first.sub(at, at + wanted.length());
                if (within.length() < first.length()) {
                    Para rest = at == 0 ? first.sub(wanted.length(), first.length()) : first.sub(0, at);
                    w.remove(Removal.Kind.BOILERPLATE, rest.strip());
                }
                return within;
            }
        }
        return Para.inserted(given);
    }

    /** Credits and notices before the first body paragraph. */
    private void removeHeadLines(Work w, List<List<int[]>> blocks) {
        while (!blocks.isEmpty()) {
            List<int[]> block = blocks.get(0);
            Para line = Para.of(w.src, List.of(block.get(0)));
            Removal.Kind kind = rules.boilerplate(line.text, CleaningRules.Where.HEAD);
            if (kind == null) {
                return;
            }
            w.remove(kind, line);
            if (kind == Removal.Kind.BOILERPLATE && w.textDate == null && !UPDATED_LINE.matcher(line.text).lookingAt()) {
                w.textDate = DateWords.firstFullDate(line.text);
            }
            if (kind == Removal.Kind.CREDIT && line.text.regionMatches(true, 0, "by ", 0, 3)) {
                w.bylines.addAll(authors(line.text.substring(3)));
            }
            block.remove(0);
            if (block.isEmpty()) {
                blocks.remove(0);
            }
        }
    }

    /** Footers, credits and copyright lines at the end, line by line from the last. */
    private void removeTailLines(Work w, List<List<int[]>> blocks) {
        List<Removal> tail = new ArrayList<>();
        while (!blocks.isEmpty()) {
            List<int[]> block = blocks.get(blocks.size() - 1);
            int[] last = block.get(block.size() - 1);
            Para line = Para.of(w.src, List.of(last));
            Removal.Kind kind = rules.boilerplate(line.text, CleaningRules.Where.TAIL);
            if (kind == null) {
                break;
            }
            tail.add(0, new Removal(kind, line.text, line.rawBegin()));
            block.remove(block.size() - 1);
            if (block.isEmpty()) {
                blocks.remove(blocks.size() - 1);
            }
        }
        w.removed.addAll(tail);
    }

    /** One-line paragraphs anywhere in the body that are credits or notices (photo credits, "Read more: …"). */
    private void removeLoneLines(Work w, List<List<int[]>> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).size() != 1) {
                continue;
            }
            Para line = Para.of(w.src, blocks.get(i));
            Removal.Kind kind = rules.boilerplate(line.text, CleaningRules.Where.ANY);
            if (kind != null) {
                w.remove(kind, line);
                blocks.remove(i);
            }
        }
    }

    /** Cuts the dateline from one of the lead paragraphs; marks which paragraph carried it. */
    private boolean[] cutDateline(Work w, List<Para> body) {
        boolean[] dated = new boolean[body.size()];
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, body.size()); i++) {
            CleaningRules.Dateline d = rules.dateline(body.get(i).text);
            if (d == null) {
                continue;
            }
            Para p = body.get(i);
            w.remove(Removal.Kind.DATELINE, p.sub(0, d.length()).strip());
            body.set(i, p.sub(d.length(), p.length()).strip());
            dated[i] = true;
            w.dateline = d;
            w.datelinePublisher = d.publisher();
            break;
        }
        return dated;
    }

    private List<Para> dropDuplicates(Work w, Para headline, List<Para> body, boolean[] dated) {
        String headKey = headline == null ? null : headline.key();
        boolean[] drop = new boolean[body.size()];
        markLeadCopies(body, dated, drop);
        Map<String, Integer> keep = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            String k = body.get(i).key();
            if (drop[i] || k.length() < MIN_DUPLICATE_KEY) {
                continue;
            }
            Integer kept = keep.get(k);
            if (k.equals(headKey)) {
                drop[i] = true;
            } else if (kept == null) {
                keep.put(k, i);
            } else if (dated[i] && !dated[kept]) {
                drop[kept] = true;
                keep.put(k, i);
            } else {
                drop[i] = true;
            }
        }
        List<Para> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Para p = body.get(i);
            if (drop[i]) {
                w.remove(Removal.Kind.DUPLICATE_PARAGRAPH, p);
            } else if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A lede printed twice, once cut short: among the lead paragraphs, of two whose letters and digits
     * are the same up to the end of the shorter (of at least {@value #MIN_LEAD_COPY} characters), the
     * one without the dateline goes, else the shorter.
     */
    private static void markLeadCopies(List<Para> body, boolean[] dated, boolean[] drop) {
        int n = Math.min(body.size(), LEAD_PARAGRAPHS + 1);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String ki = body.get(i).key();
                String kj = body.get(j).key();
                if (drop[i] || drop[j] || Math.min(ki.length(), kj.length()) < MIN_LEAD_COPY
                        || !(ki.startsWith(kj) || kj.startsWith(ki))) {
                    continue;
                }
                int loser = dated[i] != dated[j] ? (dated[i] ? j : i) : (ki.length() >= kj.length() ? j : i);
                drop[loser] = true;
            }
        }
    }

    private CleanArticle assemble(RawArticle raw, Work w, Para headline, List<Para> body, LocalDate given) {
        List<Para> all = new ArrayList<>();
        if (headline != null && !headline.isEmpty()) {
            all.add(headline);
        }
        all.addAll(body);
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Runs runs = new Runs();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Para whole : all) {
            Para p = whole;
            int budget = MAX_TEXT_CHARS - text.length() - 2;
            if (p.length() > budget) {
                int cut = budget <= 0 ? -1 : p.text.lastIndexOf(' ', budget);
                diagnostics.add(Diagnostic.warning("clean", raw.origin() + ": cleaned text longer than " + MAX_TEXT_CHARS
                        + " characters; the text after character " + Math.max(text.length(), 0) + " was dropped"));
                if (cut <= 0) {
                    break;
                }
                p = p.sub(0, cut);
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            spans.add(new Span(text.length(), text.length() + p.length()));
            for (int i = 0; i < p.length(); i++) {
                runs.add(text.length(), p.raw(i));
                text.append(p.text.charAt(i));
            }
            if (p != whole) {
                break;
            }
        }
        String t = text.toString();
        w.removed.sort(java.util.Comparator.comparingInt(r -> r.rawBegin() < 0 ? Integer.MAX_VALUE : r.rawBegin()));
        boolean rawFailed = raw.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (body.isEmpty() && !rawFailed) {
            diagnostics.add(Diagnostic.error("clean", raw.origin() + ": no article text"
                    + (t.isEmpty() ? "" : " after the headline")));
        }
        String publisher = w.meta.publisher() != null ? w.meta.publisher()
                : w.datelinePublisher != null ? w.datelinePublisher : copyrightHolder(w.removed);
        Dated published = published(w, given, t);
        if (published.basis == PublishedBasis.INFERRED) {
            diagnostics.add(Diagnostic.warning("clean", "publication date " + published.date
                    + " inferred from the weekdays the text names with its copyright year or dateline day (the latest consistent date); "
                    + "give --published for exact dates"));
        }
        String language = language(w.meta.language(), body.isEmpty() ? t : String.join("\n", body.stream().map(p -> p.text).toList()));
        List<String> authors = !w.meta.authors().isEmpty() ? w.meta.authors() : w.bylines;
        return new CleanArticle(raw.id(), Ingest.sha256(t.getBytes(StandardCharsets.UTF_8)),
                headline == null || headline.isEmpty() ? null : headline.text, publisher, w.meta.url(), language, authors,
                published.date, published.basis, t, spans, w.removed, runs.map(t.length()), diagnostics);
    }

    private record Dated(LocalDate date, PublishedBasis basis) {
    }

    private Dated published(Work w, LocalDate given, String text) {
        if (given != null) {
            return new Dated(given, PublishedBasis.GIVEN);
        }
        if (w.meta.published() != null) {
            return new Dated(w.meta.published(), PublishedBasis.METADATA);
        }
        if (w.textDate != null) {
            return new Dated(w.textDate, PublishedBasis.TEXT);
        }
        LocalDate fromDateline = datelineDate(w);
        if (fromDateline != null) {
            return new Dated(fromDateline, PublishedBasis.TEXT);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate inferred = WeekdayDateInference.infer(w.src, text, today);
        if (inferred == null && w.dateline != null && w.dateline.month() != null && w.dateline.day() != null) {
            inferred = WeekdayDateInference.yearOf(DateWords.month(w.dateline.month()), Integer.parseInt(w.dateline.day()),
                    text, today);
        }
        return inferred != null ? new Dated(inferred, PublishedBasis.INFERRED) : new Dated(null, PublishedBasis.UNKNOWN);
    }

    /** A dateline's month and day, with its year or else the copyright year. */
    private static LocalDate datelineDate(Work w) {
        CleaningRules.Dateline d = w.dateline;
        if (d == null || d.month() == null || d.day() == null) {
            return null;
        }
        Integer year = d.year() != null ? Integer.valueOf(d.year()) : WeekdayDateInference.copyrightYear(w.src);
        return year == null ? null : DateWords.date(year, DateWords.month(d.month()), Integer.parseInt(d.day()));
    }

    /** The holder named by a removed copyright line ("©2021 Example Media Inc." → "Example Media"), or null. */
    private static String copyrightHolder(List<Removal> removed) {
        for (Removal r : removed) {
            if (r.kind() == Removal.Kind.BOILERPLATE) {
                String holder = CopyrightLine.holder(r.text());
                if (holder != null) {
                    return holder;
                }
            }
        }
        return null;
    }

    private String language(String given, String body) {
        if (given != null && !given.isBlank()) {
            String code = given.strip().toLowerCase(Locale.ROOT);
            int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
            return dash > 0 ? code.substring(0, dash) : code;
        }
        return languages.detect(body);
    }

    private static List<String> authors(String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split("\\s*(?:,|\\band\\b)\\s*")) {
            if (!n.isBlank() && Character.isUpperCase(n.strip().charAt(0))) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** Collects the runs of consecutive copied characters for the {@link OffsetMap}. */
    private static final class Runs {
        private int[] clean = new int[8];
        private int[] rawStart = new int[8];
        private int[] length = new int[8];
        private int n;

        void add(int cleanOffset, int rawOffset) {
            if (rawOffset < 0) {
                return;
            }
            if (n > 0 && clean[n - 1] + length[n - 1] == cleanOffset && rawStart[n - 1] + length[n - 1] == rawOffset) {
                length[n - 1]++;
                return;
            }
            if (n == clean.length) {
                clean = java.util.Arrays.copyOf(clean, n * 2);
                rawStart = java.util.Arrays.copyOf(rawStart, n * 2);
                length = java.util.Arrays.copyOf(length, n * 2);
            }
            clean[n] = cleanOffset;
            rawStart[n] = rawOffset;
            length[n] = 1;
            n++;
        }

        OffsetMap map(int textLength) {
            if (n == 0) {
                return OffsetMap.identity(0);
            }
            return new OffsetMap(java.util.Arrays.copyOf(clean, n), java.util.Arrays.copyOf(rawStart, n),
                    java.util.Arrays.copyOf(length, n));
        }
    }
}
