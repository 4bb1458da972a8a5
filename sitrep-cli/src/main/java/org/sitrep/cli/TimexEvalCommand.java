package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.corenlp.baseline.SutimeBaseline;
import org.sitrep.eval.timex.SitrepTimexTagger;
import org.sitrep.eval.timex.Timex;
import org.sitrep.eval.timex.TimexDocument;
import org.sitrep.eval.timex.TimexErrors;
import org.sitrep.eval.timex.TimexEvaluation;
import org.sitrep.eval.timex.TimexScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval timex}: TIMEX3 detection and normalisation scored with the TempEval-3
 * definitions, Sitrep's tagger (simple tokenizer + time extractor) against SUTime (CoreNLP
 * tokenize,ssplit,pos,lemma + SUTime) on the same documents in the same run.
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Scores TIMEX3 tagging (TempEval-3 strict/relaxed/value/type F1) against gold TimeML or MEANTIME CAT files, with SUTime as baseline.")
public final class TimexEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "A folder of gold files (.tml or CAT .xml, any depth).")
    Path data;

    @Option(names = "--format", description = "tml or cat (default: tml when the folder holds .tml files).")
    String format;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--no-baseline", description = "Skip SUTime.")
    boolean noBaseline;

    @Option(names = "--errors", defaultValue = "0", description = "List this many of Sitrep's mismatches (for error analysis).")
    int errors;

    @Option(names = "--context", defaultValue = "0",
            description = "With --errors, also print this many characters of text on either side of each mismatch.")
    int context;

    @Option(names = "--warmup", defaultValue = "30", description = "Documents tagged before timing starts.")
    int warmup;

    @Option(names = "--min-seconds", defaultValue = "20",
            description = "Each system is timed over repeated passes until this many seconds have elapsed (scores come from the first pass).")
    double minSeconds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("sitrep eval timex: " + data + " is not a folder");
            return Main.USAGE;
        }
        if (format != null && !format.equalsIgnoreCase("tml") && !format.equalsIgnoreCase("cat")) {
            System.err.println("sitrep eval timex: --format must be tml or cat, not '" + format + "'");
            return Main.USAGE;
        }
        TimexEvaluation.Format f = format == null ? TimexEvaluation.detect(data)
                : TimexEvaluation.Format.valueOf(format.toUpperCase(Locale.ROOT));
        List<TimexDocument> docs = TimexEvaluation.load(data, f);
        TimexEvaluation.Result mine = TimexEvaluation.run("sitrep", new SitrepTimexTagger(new SimpleAnnotator()), docs,
                warmup, minSeconds);
        TimexEvaluation.Result base = null;
        if (!noBaseline) {
            SutimeBaseline sutime = new SutimeBaseline();
            base = TimexEvaluation.run("sutime", (text, dct) -> sutime.tag(text, dct).stream()
                    .map(t -> new Timex(t.begin(), t.end(), t.type().name(), t.value())).toList(), docs, warmup, minSeconds);
        }
        if (json) {
            System.out.println(json(mine, base));
        } else {
            table(docs.size(), f, mine, base);
        }
        printErrors(docs, mine);
        return 0;
    }

    private static String json(TimexEvaluation.Result mine, TimexEvaluation.Result base) {
        StringBuilder sb = new StringBuilder("{").append(fields(mine));
        if (base != null) {
            sb.append(",\"baseline\":{").append(fields(base)).append("}");
            sb.append(String.format(Locale.ROOT, ",\"speedupVsBaseline\":%.2f", mine.docsPerSecond() / base.docsPerSecond()));
        }
        return sb.append("}").toString();
    }

    private static String fields(TimexEvaluation.Result r) {
        TimexScorer.Scores s = r.scores();
        return String.format(Locale.ROOT, "\"system\":\"%s\",\"documents\":%d,\"gold\":%d,\"predicted\":%d,"
                        + "\"strictF1\":%.4f,\"relaxedF1\":%.4f,\"valueF1\":%.4f,\"typeF1\":%.4f,"
                        + "\"relaxedPrecision\":%.4f,\"relaxedRecall\":%.4f,\"valueAccuracy\":%.4f,\"docsPerSecond\":%.2f",
                r.system(), r.documents(), s.gold(), s.system(), s.strictF1(), s.relaxedF1(), s.valueF1(), s.typeF1(),
                s.relaxedPrecision(), s.relaxedRecall(), s.valueAccuracy(), r.docsPerSecond());
    }

    private static void table(int n, TimexEvaluation.Format f, TimexEvaluation.Result mine, TimexEvaluation.Result base) {
        System.out.printf(Locale.ROOT, "%d documents (%s), %d gold TIMEX3%n", n, f.name().toLowerCase(Locale.ROOT),
                mine.scores().gold());
        System.out.printf(Locale.ROOT, "%-8s %6s %7s %7s %7s %7s %7s %7s %7s %9s%n", "system", "found", "strictF",
                "relaxP", "relaxR", "relaxF", "valAcc", "valueF", "typeF", "docs/s");
        List<TimexEvaluation.Result> rows = new ArrayList<>(List.of(mine));
        if (base != null) {
            rows.add(base);
        }
        for (TimexEvaluation.Result r : rows) {
            TimexScorer.Scores s = r.scores();
            System.out.printf(Locale.ROOT, "%-8s %6d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %9.1f%n", r.system(),
                    s.system(), s.strictF1(), s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1(), s.valueAccuracy(),
                    s.valueF1(), s.typeF1(), r.docsPerSecond());
        }
        if (base != null) {
            System.out.printf(Locale.ROOT, "speed ratio sitrep / sutime: %.1fx%n", mine.docsPerSecond() / base.docsPerSecond());
        }
    }

    private void printErrors(List<TimexDocument> docs, TimexEvaluation.Result mine) {
        TimexErrors.lines(docs, mine.pairs(), errors, context).forEach(System.out::println);
    }
}
