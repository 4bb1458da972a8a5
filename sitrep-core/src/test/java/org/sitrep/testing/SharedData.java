package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the read-only shared folder (seed article, evaluation data) beside the repository: the
 * {@code sitrep.shared} system property (set by the build), else {@code ../shared} from the
 * working directory or one of its parents. Tests that need it skip with a clear message when absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> root() {
        String prop = System.getProperty("sitrep.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Optional.of(Path.of(prop).normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("examples"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A path inside the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "shared data folder (../shared) not found: test skipped");
        Path p = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data " + p + " not found: test skipped");
        return p;
    }

    /** The seed article (© Bloomberg: read from ../shared, never committed). */
    public static Path seedArticle() {
        return require("examples/seed/kim-russia-jet-plant.txt");
    }

    public static Path seedExpected() {
        return require("examples/seed/kim-russia-jet-plant.expected.json");
    }
}
