package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.linking.LinkingEvaluation;
import org.sitrep.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval linking --data AIDA_JSONL}: entity-linking accuracy against Wikidata QIDs. */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = "Scores knowledge-base linking of the gold mentions of an ELEVANT/AIDA JSON Lines benchmark against Wikidata QIDs.")
public final class LinkingEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "A benchmark file (JSON Lines: text, labels with span and entity_id).")
    Path data;

    @Option(names = "--json", description = "Print JSON (accuracy, nilAccuracy, …).")
    boolean json;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many documents (0: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            System.err.println("sitrep eval linking: " + data + " is not a file");
            return Main.USAGE;
        }
        LinkingEvaluation.Result r = LinkingEvaluation.run(data, KnowledgeBase.shipped(), limit);
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode o = m.createObjectNode();
            o.put("accuracy", Math.round(r.accuracy() * 10000) / 10000.0);
            o.put("nilAccuracy", Math.round(r.nilAccuracy() * 10000) / 10000.0);
            o.put("coverage", Math.round(r.coverage() * 10000) / 10000.0);
            o.put("documents", r.documents());
            o.put("mentions", r.mentions());
            o.put("inKbMentions", r.inKb());
            o.put("nilMentions", r.nil());
            System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            System.out.printf(Locale.ROOT, "%d documents, %d gold mentions (%d with a QID, %d NIL)%n", r.documents(),
                    r.mentions(), r.inKb(), r.nil());
            System.out.printf(Locale.ROOT, "accuracy %.4f  nilAccuracy %.4f  (QIDs present in the knowledge base: %.4f)%n",
                    r.accuracy(), r.nilAccuracy(), r.coverage());
        }
        return 0;
    }
}
