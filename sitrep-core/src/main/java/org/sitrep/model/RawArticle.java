package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * An article as read by an ingest source: the decoded raw content, its format, what is known about
 * it, and the problems met while reading it.
 *
 * @param origin where it came from (a path, "stdin", "file.jsonl:12"), for messages
 * @param rawHash sha256 of the raw input bytes, hex; the fallback article id
 * @param main for HTML: the main text already extracted by the HTML stage (paragraphs separated by
 *             blank lines), else null
 */
public record RawArticle(String origin, ContentFormat format, String content, String main, String rawHash,
                         ArticleMeta meta, List<Diagnostic> diagnostics) implements java.io.Serializable {
    public RawArticle {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(rawHash, "rawHash");
        meta = meta == null ? ArticleMeta.EMPTY : meta;
        diagnostics = List.copyOf(diagnostics);
    }

    /** The article id per the output schema: given id, else URL, else hash of the raw bytes. */
    public String id() {
        if (meta.id() != null) {
            return meta.id();
        }
        return meta.url() != null ? meta.url() : rawHash;
    }

    public RawArticle withMeta(ArticleMeta newMeta) {
        return new RawArticle(origin, format, content, main, rawHash, newMeta, diagnostics);
    }
}
