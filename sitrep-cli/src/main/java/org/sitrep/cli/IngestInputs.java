package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.feed.FeedSource;
import org.sitrep.ingest.warc.WarcSource;
import org.sitrep.model.RawArticle;

/** The inputs of {@code ingest}: which files to read and which source reads each. */
final class IngestInputs {
    private final List<ArticleSource> containers;
    private final Ingest ingest;

    /** @param standard the facade's ingest (text, HTML, JSON Lines); feeds and WARC files are added to it */
    IngestInputs(Ingest standard) {
        this.containers = List.of(new FeedSource(), new WarcSource(standard.html()));
        Ingest all = standard;
        for (ArticleSource s : containers) {
            all = all.with(s);
        }
        this.ingest = all;
    }

    /** Whether a file holds many articles (a feed, a WARC, JSON Lines). */
    boolean isContainer(Path f) {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || containers.stream().anyMatch(s -> s.accepts(f));
    }

    boolean accepts(Path f) {
        return Inputs.isArticleFile(f) || isContainer(f);
    }

    /** Folders become their input files (recursively, sorted); files stay as given. */
    List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(this::accepts).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads one file with the source that accepts it. */
    void read(Path f, Consumer<RawArticle> sink) throws IngestException {
        ingest.read(f, sink);
    }
}
