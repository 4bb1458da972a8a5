package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.RawArticle;

/**
 * Reads input files into raw articles, choosing the source by file kind. Thread-safe.
 * (Walking-skeleton version: UTF-8 text files only.)
 */
public class Ingest {
    /** Reads one file (not a directory). */
    public void read(Path file, Consumer<RawArticle> sink) throws IngestException {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file + ": no such file");
        }
        try {
            sink.accept(fromBytes(file.toString(), Files.readAllBytes(file), ContentFormat.TEXT));
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** An article from bytes read elsewhere (standard input, an upload). */
    public RawArticle fromBytes(String origin, byte[] bytes, ContentFormat format) {
        return new RawArticle(origin, format, new String(bytes, StandardCharsets.UTF_8), null, sha256(bytes),
                ArticleMeta.EMPTY, List.of());
    }

    /** Hex sha256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
