package org.sitrep.eval.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Capability;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.NerMention;
import org.sitrep.model.Sentence;

/**
 * An annotator that keeps each article's annotation in a folder, keyed by the cleaned text's hash,
 * so that repeated evaluation runs (tuning extractors) annotate each text once. The real
 * annotator is loaded only when a text is not in the folder. Thread-safe when its delegate is.
 */
public final class CachedAnnotator implements Annotator {
    private static final ObjectMapper MAPPER = AnalysisJson.mapper();

    private final Supplier<Annotator> delegate;
    private final Path dir;
    private final Set<Capability> provides;
    private final String description;
    private volatile Annotator loaded;

    /**
     * @param provides    what the delegate provides (declared here so it need not be loaded)
     * @param description the delegate's description, for provenance
     */
    public CachedAnnotator(Supplier<Annotator> delegate, Path dir, Set<Capability> provides, String description) {
        this.delegate = delegate;
        this.dir = dir;
        this.provides = Set.copyOf(provides);
        this.description = description;
    }

    @Override
    public AnnotatedText annotate(CleanArticle article) {
        Path file = dir.resolve(article.contentHash() + ".json");
        try {
            if (Files.exists(file)) {
                JsonNode n = MAPPER.readTree(file.toFile());
                return new AnnotatedText(article,
                        Arrays.asList(MAPPER.treeToValue(n.get("sentences"), Sentence[].class)),
                        Arrays.asList(MAPPER.treeToValue(n.get("mentions"), NerMention[].class)),
                        Arrays.asList(MAPPER.treeToValue(n.get("diagnostics"), Diagnostic[].class)));
            }
            AnnotatedText a = real().annotate(article);
            ObjectNode o = MAPPER.createObjectNode();
            o.set("sentences", MAPPER.valueToTree(a.sentences()));
            o.set("mentions", MAPPER.valueToTree(a.mentions()));
            o.set("diagnostics", MAPPER.valueToTree(a.diagnostics()));
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "annotation", ".tmp");
            MAPPER.writeValue(tmp.toFile(), o);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Annotator real() {
        Annotator a = loaded;
        if (a == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = delegate.get();
                }
                a = loaded;
            }
        }
        return a;
    }

    @Override
    public Set<Capability> provides() {
        return provides;
    }

    @Override
    public String description() {
        return description + " (cached)";
    }

    @Override
    public List<String> models() {
        return List.of();
    }
}
