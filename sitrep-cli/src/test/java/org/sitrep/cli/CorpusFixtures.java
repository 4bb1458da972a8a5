package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Synthetic article folders for ingest tests: distinct texts made from small word lists. */
final class CorpusFixtures {
    private static final String[] PLACES = {"Aldoria", "Borvia", "Corvin", "Dastra", "Elmont", "Farrow", "Glenhaven", "Hollin"};
    private static final String[] VERBS = {"announced", "rejected", "approved", "criticised", "postponed", "welcomed",
        "investigated", "funded"};
    private static final String[] THINGS = {"a new rail link", "the water treaty", "a fishing quota", "the budget plan",
        "an energy deal", "the border survey", "a school reform", "the port expansion"};

    private CorpusFixtures() {
    }

    /** Writes {@code n} text articles (about {@code paragraphs} × 60 words each) into a folder. */
    static Path articles(Path dir, int n, int paragraphs) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(11);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("Report " + i + ": " + PLACES[r.nextInt(8)] + " " + VERBS[r.nextInt(8)] + " "
                    + THINGS[r.nextInt(8)] + "\n\n");
            for (int p = 0; p < paragraphs; p++) {
                for (int s = 0; s < 4; s++) {
                    sb.append("Officials in ").append(PLACES[r.nextInt(8)]).append(' ').append(VERBS[r.nextInt(8)]).append(' ')
                            .append(THINGS[r.nextInt(8)]).append(" on day ").append(r.nextInt(10000)).append(" after talks with ")
                            .append(PLACES[r.nextInt(8)]).append(", according to statement number ").append(i * 100 + p * 10 + s)
                            .append(". ");
                }
                sb.append("\n\n");
            }
            Files.writeString(dir.resolve(String.format("article-%04d.txt", i)), sb.toString());
        }
        return dir;
    }
}
