package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.sitrep.ingest.html.ArticleHtmlExtractor;
import org.sitrep.ingest.html.HtmlExtractor;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * Reads input files into raw articles, choosing the format by file name: {@code .jsonl},
 * {@code .ndjson} (optionally {@code .gz}) are JSON Lines ({@link JsonLinesSource}); {@code .html},
 * {@code .htm}, {@code .xhtml}, {@code .html.gz} are web pages (given to the {@link HtmlExtractor});
 * everything else is plain text (charset detected by {@link TextDecoder}) unless its first bytes are
 * an HTML document ({@link #sniff}). Text and HTML files may
 * have a sidecar {@code NAME.meta.json} ({@link Sidecar}).
 *
 * <p>Bounded: at most {@link Limits#maxTextBytes} of a text file and {@link Limits#maxHtmlBytes} of a
 * page are read (a WARNING says the rest was ignored); JSON Lines files are streamed line by line.
 * Bad data becomes diagnostics on the article; only a file that cannot be opened at all throws
 * {@link IngestException}. Thread-safe (if the HTML extractor is).
 */
public class Ingest {
    /** Size caps, in bytes. */
    public record Limits(int maxTextBytes, int maxHtmlBytes) {
        /** 512 KiB of text (a long news article is under 100 KiB) and 8 MiB of HTML. */
        public static final Limits DEFAULT = new Limits(512 << 10, 8 << 20);

        public Limits {
            if (maxTextBytes < 1024 || maxHtmlBytes < 1024) {
                throw new IllegalArgumentException("size caps must be at least 1024 bytes");
            }
        }
    }

    private final HtmlExtractor html;
    private final Limits limits;
    private final List<ArticleSource> sources;

    public Ingest() {
        this(new ArticleHtmlExtractor(), Limits.DEFAULT);
    }

    public Ingest(HtmlExtractor html) {
        this(html, Limits.DEFAULT);
    }

    public Ingest(HtmlExtractor html, Limits limits) {
        this(html, limits, List.of());
    }

    private Ingest(HtmlExtractor html, Limits limits, List<ArticleSource> sources) {
        this.html = Objects.requireNonNull(html, "html");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.sources = List.copyOf(sources);
    }

    /** This ingest with one more source (a feed, an archive format), asked before the built-in ones. */
    public Ingest with(ArticleSource source) {
        List<ArticleSource> more = new ArrayList<>(sources);
        more.add(Objects.requireNonNull(source, "source"));
        return new Ingest(html, limits, more);
    }

    /** The HTML extractor pages are given to (for sources that hold web pages). */
    public HtmlExtractor html() {
        return html;
    }

    /** Reads one file (not a directory); each article goes to the sink as soon as it is read. */
    public void read(Path file, Consumer<RawArticle> sink) throws IngestException {
        if (Files.isDirectory(file)) {
            throw new IngestException(file + ": is a directory, not an article file");
        }
        if (!Files.exists(file)) {
            throw new IngestException(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IngestException(file + ": not readable (permission denied)");
        }
        for (ArticleSource s : sources) {
            if (s.accepts(file)) {
                s.read(file, sink);
                return;
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (isJsonLines(name)) {
                try (InputStream in = BoundedInput.open(file)) {
                    new JsonLinesSource(this).read(file.toString(), in, sink);
                }
            } else if (isHtml(name)) {
                sink.accept(fromFile(file, ContentFormat.HTML, limits.maxHtmlBytes()));
            } else {
                sink.accept(fromFile(file, ContentFormat.TEXT, limits.maxTextBytes()));
            }
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads bytes from elsewhere (standard input, an upload) whose format is not known: JSON Lines
     * when the first non-blank character is '{', HTML when {@link #sniff} says so, else text.
     */
    public void readBytes(String origin, byte[] bytes, Consumer<RawArticle> sink) {
        if (looksLikeJsonLines(bytes)) {
            try {
                new JsonLinesSource(this).read(origin, new java.io.ByteArrayInputStream(bytes), sink);
            } catch (IOException e) {
                throw new IllegalStateException("reading from memory cannot fail", e);
            }
        } else {
            sink.accept(fromBytes(origin, bytes, sniff(bytes)));
        }
    }

    /** An article from bytes read elsewhere (standard input, an upload), in a known format. */
    public RawArticle fromBytes(String origin, byte[] bytes, ContentFormat format) {
        return fromBytes(origin, bytes, format, ArticleMeta.EMPTY, List.of());
    }

    /** HTML if the first non-blank bytes are a tag and an HTML element appears in the first KiB, else text. */
    public static ContentFormat sniff(byte[] bytes) {
        String head = asciiHead(bytes, 1024);
        if (head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                || head.contains("<body") || head.contains("<p") || head.contains("<div") || head.contains("<article")
                || head.contains("<meta") || head.contains("<title"))) {
            return ContentFormat.HTML;
        }
        return ContentFormat.TEXT;
    }

    /** Hex sha256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    Limits limits() {
        return limits;
    }

    private RawArticle fromFile(Path file, ContentFormat format, int cap) throws IOException {
        BoundedInput.Prefix prefix = BoundedInput.read(file, cap);
        if (format == ContentFormat.TEXT && sniff(prefix.bytes()) == ContentFormat.HTML) {
            return fromFile(file, ContentFormat.HTML, limits.maxHtmlBytes());
        }
        Sidecar.Result sidecar = Sidecar.read(file);
        List<Diagnostic> extra = new ArrayList<>(sidecar.diagnostics());
        if (prefix.truncated()) {
            extra.add(Diagnostic.warning("ingest", file + ": larger than " + cap + " bytes ("
                    + Files.size(file) + " on disk); only the first " + cap + " bytes were read"));
        }
        return fromBytes(file.toString(), prefix.bytes(), format, sidecar.meta(), extra);
    }

    /** An article from bytes, capped, with metadata known from elsewhere and problems met so far. */
    RawArticle fromBytes(String origin, byte[] bytes, ContentFormat format, ArticleMeta known, List<Diagnostic> earlier) {
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        int cap = format == ContentFormat.HTML ? limits.maxHtmlBytes() : limits.maxTextBytes();
        byte[] b = bytes;
        if (b.length > cap) {
            diagnostics.add(Diagnostic.warning("ingest", origin + ": larger than " + cap + " bytes (" + b.length
                    + "); only the first " + cap + " bytes were read"));
            b = Arrays.copyOf(b, cap);
        }
        if (format == ContentFormat.HTML) {
            return html(origin, b, known, diagnostics);
        }
        b = Arrays.copyOf(b, TextDecoder.utf8Boundary(b, b.length));
        TextDecoder.Decoded d = TextDecoder.decode(origin, b);
        diagnostics.addAll(d.diagnostics());
        if (d.charset() != null && d.text().isBlank()) {
            diagnostics.add(Diagnostic.error("ingest", origin + ": empty (no text)"));
        }
        return new RawArticle(origin, ContentFormat.TEXT, d.text(), null, sha256(b), known, diagnostics);
    }

    private RawArticle html(String origin, byte[] b, ArticleMeta known, List<Diagnostic> diagnostics) {
        if (TextDecoder.binary(b) && TextDecoder.decode(origin, b).charset() == null) {
            diagnostics.add(Diagnostic.error("ingest", origin + ": not text (binary data)"));
            return new RawArticle(origin, ContentFormat.HTML, "", null, sha256(b), known, diagnostics);
        }
        RawArticle page;
        try {
            page = html.extract(origin, b, known);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.error("ingest", origin + ": the HTML page could not be read (" + e + ")"));
            return new RawArticle(origin, ContentFormat.HTML, "", null, sha256(b), known, diagnostics);
        }
        diagnostics.addAll(page.diagnostics());
        return new RawArticle(page.origin(), page.format(), page.content(), page.main(), page.rawHash(), page.meta(),
                diagnostics);
    }

    private static boolean isJsonLines(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static boolean isHtml(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".html.gz")
                || name.endsWith(".htm.gz");
    }

    private static boolean looksLikeJsonLines(byte[] bytes) {
        return asciiHead(bytes, 64).startsWith("{");
    }

    /** The first bytes after a UTF-8 byte-order mark and white space, as lower-case ASCII. */
    private static String asciiHead(byte[] bytes, int n) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        int end = Math.min(bytes.length, i + n);
        return new String(bytes, i, end - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
