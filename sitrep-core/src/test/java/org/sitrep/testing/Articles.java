package org.sitrep.testing;

import java.nio.charset.StandardCharsets;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.RawArticle;

/** Builds raw articles for tests. */
public final class Articles {
    private Articles() {
    }

    public static RawArticle text(String content) {
        return new RawArticle("test", ContentFormat.TEXT, content, null,
                Ingest.sha256(content.getBytes(StandardCharsets.UTF_8)), ArticleMeta.EMPTY, java.util.List.of());
    }
}
