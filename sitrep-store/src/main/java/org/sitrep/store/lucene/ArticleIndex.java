package org.sitrep.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene full-text index of articles (headline and cleaned text, English analysis) in a folder
 * of the store. The database is the truth: {@link #reconcile} makes the index hold exactly the
 * stored ids after a crash. Thread-safe (synchronized).
 */
public final class ArticleIndex implements AutoCloseable {
    private static final int COMMIT_EVERY = 100;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private int uncommitted;

    /** A hit: article id, score, a snippet of its text. */
    public record Hit(String id, float score, String snippet) {
    }

    private ArticleIndex(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index for writing (creating it). */
    public static ArticleIndex forWriting(Path dir) throws IOException {
        FSDirectory d = FSDirectory.open(dir);
        IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new ArticleIndex(d, new IndexWriter(d, cfg));
    }

    /** Opens an existing index for searching only, or null when there is none. */
    public static ArticleIndex forReading(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        FSDirectory d = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            return null;
        }
        return new ArticleIndex(d, null);
    }

    public synchronized void put(String id, String headline, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("headline", headline == null ? "" : headline, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new StoredField("body", text.length() > 2000 ? text.substring(0, 2000) : text));
        writer.updateDocument(new Term("id", id), doc);
        if (++uncommitted >= COMMIT_EVERY) {
            commit();
        }
    }

    public synchronized void commit() throws IOException {
        if (writer != null) {
            writer.commit();
            uncommitted = 0;
        }
    }

    /** The ids in the index. */
    public synchronized Set<String> ids() throws IOException {
        Set<String> out = new HashSet<>();
        try (DirectoryReader r = reader()) {
            StoredFields fields = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                if (r.hasDeletions() && !isLive(r, i)) {
                    continue;
                }
                out.add(fields.document(i).get("id"));
            }
        }
        return out;
    }

    private static boolean isLive(DirectoryReader r, int doc) {
        var leaves = r.leaves();
        for (var leaf : leaves) {
            int local = doc - leaf.docBase;
            if (local >= 0 && local < leaf.reader().maxDoc()) {
                var live = leaf.reader().getLiveDocs();
                return live == null || live.get(local);
            }
        }
        return false;
    }

    /** Removes ids the store does not have; returns the stored ids the index lacks. */
    public synchronized List<String> reconcile(List<String> storedIds) throws IOException {
        Set<String> indexed = ids();
        Set<String> stored = new HashSet<>(storedIds);
        for (String id : indexed) {
            if (!stored.contains(id)) {
                writer.deleteDocuments(new Term("id", id));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String id : storedIds) {
            if (!indexed.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    public synchronized List<Hit> search(String text, int limit) throws IOException {
        Query q;
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"headline", "text"}, analyzer,
                java.util.Map.of("headline", 2f, "text", 1f));
        try {
            q = parser.parse(text);
        } catch (ParseException e) {
            try {
                q = parser.parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                return List.of();
            }
        }
        try (DirectoryReader r = reader()) {
            IndexSearcher s = new IndexSearcher(r);
            List<Hit> out = new ArrayList<>();
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : s.search(q, limit).scoreDocs) {
                Document d = fields.document(sd.doc);
                out.add(new Hit(d.get("id"), sd.score, snippet(d.get("body"), text)));
            }
            return out;
        }
    }

    private DirectoryReader reader() throws IOException {
        return writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
    }

    /** About 200 characters around the first query word found in the text. */
    static String snippet(String body, String query) {
        if (body == null) {
            return "";
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        int at = -1;
        for (String w : query.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            if (w.length() > 2 && (at = lower.indexOf(w)) >= 0) {
                break;
            }
        }
        int from = Math.max(0, at < 0 ? 0 : at - 80);
        int to = Math.min(body.length(), from + 200);
        return (from > 0 ? "…" : "") + body.substring(from, to).replaceAll("\\s+", " ") + (to < body.length() ? "…" : "");
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
