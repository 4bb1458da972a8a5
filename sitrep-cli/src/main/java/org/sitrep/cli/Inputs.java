package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's FILE|DIR arguments into article files, in a stable order. */
final class Inputs {
    private Inputs() {
    }

    /** Whether a file name looks like an article input (not a sidecar). */
    static boolean isArticleFile(Path p) {
        return org.sitrep.ingest.Ingest.isArticleFileName(p.getFileName().toString());
    }

    /** Directories become their article files (recursively, sorted); files stay as given. */
    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Inputs::isArticleFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
