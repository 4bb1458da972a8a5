package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.eval.plover.PloverEvaluation;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ContentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval plover}: event type and actor/target accuracy on the PLOVER gold records. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "Scores event coding against the PLOVER gold-standard records: type, actor and target accuracy.")
public final class EvalPloverCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "The plover_gsr folder or PLOVER_GSR_CAMEO.txt itself.")
    Path data;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--errors", description = "List the records whose type was missed.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        Path file = Files.isDirectory(data) ? data.resolve("PLOVER_GSR_CAMEO.txt") : data;
        if (!Files.isRegularFile(file)) {
            System.err.println("sitrep eval plover: " + file + " not found");
            return Main.USAGE;
        }
        Sitrep sitrep = Engines.standard();
        Ingest ingest = new Ingest();
        var result = PloverEvaluation.score(PloverEvaluation.read(file), text -> sitrep.analyze(
                ingest.fromBytes("plover", ("Gold record\n\n" + text).getBytes(StandardCharsets.UTF_8), ContentFormat.TEXT)));
        if (json) {
            System.out.printf(Locale.ROOT, "{\"records\": %d, \"typeAccuracy\": %.4f, \"actorAccuracy\": %.4f, "
                            + "\"recordsWithTargets\": %d, \"targetAccuracy\": %.4f}%n", result.records(), result.typeAccuracy(),
                    result.actorAccuracy(), result.withTargets(), result.targetAccuracy());
            return 0;
        }
        if (errors) {
            for (var o : result.outcomes()) {
                if (!o.typeOk()) {
                    System.out.println(o.gold().type() + " <- " + o.type() + "  " + o.gold().text());
                }
            }
        }
        System.out.printf(Locale.ROOT, "PLOVER gold records: %d%n", result.records());
        System.out.printf(Locale.ROOT, "type accuracy   %.3f%n", result.typeAccuracy());
        System.out.printf(Locale.ROOT, "actor accuracy  %.3f%n", result.actorAccuracy());
        System.out.printf(Locale.ROOT, "target accuracy %.3f (%d records with targets)%n", result.targetAccuracy(),
                result.withTargets());
        return 0;
    }
}
