package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/** The placeholder a source emits for input it could not read: no content, one ERROR diagnostic. */
public final class Unreadable {
    private Unreadable() {
    }

    public static RawArticle article(String origin, String message) {
        return new RawArticle(origin, ContentFormat.TEXT, "", null, Ingest.sha256(origin.getBytes(StandardCharsets.UTF_8)),
                ArticleMeta.EMPTY, List.of(Diagnostic.error("ingest", origin + ": " + message)));
    }
}
