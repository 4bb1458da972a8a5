package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.brief.TextBrief;
import org.sitrep.ingest.IngestException;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep analyze FILE|DIR|- ...}: analyses articles and prints briefs or JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses articles (text, HTML, JSON Lines; '-' reads standard input) and prints a brief or JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was analysed", "1:some input could not be read or analysed (the rest was)",
                "2:usage error (unknown option, bad date)"})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { text, json, jsonl }

    /** At most this much of standard input is read (JSON Lines of many articles included). */
    private static final int STDIN_CAP = 256 << 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Article files, folders of them, or - for standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The publication date (wins over metadata and text).")
    String published;

    @Option(names = "--format", defaultValue = "text", description = "text (a brief), json (one object per article; an array for several) or jsonl.")
    Format format;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "An extra event dictionary (lemma pos frame type mode cameo lines); repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "1", description = "Articles analysed in parallel (output order stays the input order).")
    int threads;

    @Option(names = "--kb", paramLabel = "FILE", description = "An extra knowledge-base file (the shipped TSV format; repeatable).")
    List<Path> kbFiles = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("sitrep analyze: --published '" + published + "' is not a date (YYYY-MM-DD)");
            return Main.USAGE;
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<RawArticle> raws = new ArrayList<>();
        boolean failures = read(err, raws);
        if (raws.isEmpty()) {
            err.println("sitrep analyze: no articles to analyse");
            return Main.PARTIAL;
        }
        Sitrep sitrep;
        try {
            sitrep = Engines.standard(new org.sitrep.extract.ExtractionConfig(kbFiles, dictionaries));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("sitrep analyze: --kb/--dictionary: " + e.getMessage());
            return Main.USAGE;
        }
        List<Analysis> analyses = Parallel.map(raws, threads, raw -> sitrep.analyze(raw, date));
        for (Analysis a : analyses) {
            failures |= a.failed();
        }
        print(out, analyses);
        out.flush();
        return failures ? Main.PARTIAL : 0;
    }

    private boolean read(PrintWriter err, List<RawArticle> raws) throws IOException {
        boolean failures = false;
        var ingest = new org.sitrep.ingest.Ingest();
        List<Path> files = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                ingest.readBytes("stdin", System.in.readNBytes(STDIN_CAP), raws::add);
            } else {
                files.addAll(Inputs.expand(List.of(Path.of(in))));
            }
        }
        for (Path f : files) {
            try {
                ingest.read(f, raws::add);
            } catch (IngestException e) {
                err.println("sitrep analyze: " + e.getMessage());
                failures = true;
            }
        }
        return failures;
    }

    private void print(PrintWriter out, List<Analysis> analyses) {
        switch (format) {
            case text -> {
                for (int i = 0; i < analyses.size(); i++) {
                    if (i > 0) {
                        out.println("\n" + "─".repeat(78) + "\n");
                    }
                    out.print(TextBrief.render(analyses.get(i)));
                }
            }
            case json -> out.println(analyses.size() == 1 ? AnalysisJson.toPretty(analyses.get(0))
                    : AnalysisJson.toPrettyArray(analyses));
            case jsonl -> analyses.forEach(a -> out.println(AnalysisJson.toLine(a)));
        }
    }
}
