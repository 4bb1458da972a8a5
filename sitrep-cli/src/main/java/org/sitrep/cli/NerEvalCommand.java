package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.corenlp.baseline.NerBaseline;
import org.sitrep.eval.ner.ConllDocument;
import org.sitrep.eval.ner.ConllReader;
import org.sitrep.eval.ner.NerEvaluation;
import org.sitrep.eval.ner.SpanScore;
import org.sitrep.extract.entity.EntityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval ner --data CONLL_FILE}: CoNLL-2003 exact-span P/R/F1, Sitrep and CoreNLP's default NER. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Scores Sitrep's entity mentions on a CoNLL-2003 file (exact-span micro P/R/F1 per type),",
                "with CoreNLP's default NER on the same texts as the baseline.",
                "Types: PERSON→PER, ORGANIZATION→ORG, COUNTRY/LOCATION/FACILITY→LOC, OTHER and demonyms→MISC."})
public final class NerEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "A CoNLL-2003 file (token POS chunk NER).")
    Path data;

    @Option(names = "--json", description = "Print JSON (precision, recall, f1, perType, baseline).")
    boolean json;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many documents (0: all).")
    int limit;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP baseline.")
    boolean noBaseline;

    @Option(names = "--errors", description = "List Sitrep's false positives and negatives (FP/FN TYPE tokens) on standard error.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            System.err.println("sitrep eval ner: " + data + " is not a file");
            return Main.USAGE;
        }
        List<ConllDocument> docs = ConllReader.read(data);
        if (limit > 0 && docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        NerEvaluation.Result r = NerEvaluation.run(docs, new CoreNlpAnnotator(0), new EntityExtractor(),
                noBaseline ? null : new NerBaseline(), errors ? System.err : null);
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = scores(m, r.sitrep());
            root.put("documents", r.documents());
            root.put("tokens", r.tokens());
            if (r.baseline() != null) {
                root.set("baseline", scores(m, r.baseline()));
            }
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            System.out.printf(Locale.ROOT, "%d documents, %d tokens from %s%n", r.documents(), r.tokens(), data);
            table("sitrep", r.sitrep());
            if (r.baseline() != null) {
                table("corenlp-default-ner", r.baseline());
            }
        }
        return 0;
    }

    private static ObjectNode scores(ObjectMapper m, SpanScore s) {
        ObjectNode o = counts(m, s.total());
        ObjectNode per = o.putObject("perType");
        for (Map.Entry<String, SpanScore.Counts> e : new java.util.TreeMap<>(s.perType()).entrySet()) {
            per.set(e.getKey(), counts(m, e.getValue()));
        }
        return o;
    }

    private static ObjectNode counts(ObjectMapper m, SpanScore.Counts c) {
        ObjectNode o = m.createObjectNode();
        o.put("precision", round(c.precision()));
        o.put("recall", round(c.recall()));
        o.put("f1", round(c.f1()));
        o.put("gold", c.gold());
        o.put("predicted", c.predicted());
        o.put("correct", c.correct());
        return o;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static void table(String system, SpanScore s) {
        System.out.printf(Locale.ROOT, "%n%-20s %6s %9s %7s %7s %6s %6s%n", system, "type", "precision", "recall", "F1",
                "gold", "pred");
        for (Map.Entry<String, SpanScore.Counts> e : new java.util.TreeMap<>(s.perType()).entrySet()) {
            row("", e.getKey(), e.getValue());
        }
        row("", "all", s.total());
    }

    private static void row(String system, String type, SpanScore.Counts c) {
        System.out.printf(Locale.ROOT, "%-20s %6s %9.4f %7.4f %7.4f %6d %6d%n", system, type, c.precision(), c.recall(),
                c.f1(), c.gold(), c.predicted());
    }
}
