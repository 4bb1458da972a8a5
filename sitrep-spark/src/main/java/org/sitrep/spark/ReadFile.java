package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.feed.FeedSource;
import org.sitrep.ingest.html.BasicHtmlExtractor;
import org.sitrep.ingest.warc.WarcSource;
import scala.Tuple2;

/**
 * Reads one input file (index, Hadoop path) into items with the shared ingest readers: local
 * files directly (origins as the embedded CLI names them), other file systems through a local
 * temporary copy. A file that cannot be read becomes one failed item, never a task failure.
 */
final class ReadFile implements FlatMapFunction<Tuple2<Integer, String>, Item> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Item> call(Tuple2<Integer, String> file) {
        long base = file._1() * Item.PER_FILE;
        List<Item> items = new ArrayList<>();
        String name = file._2();
        Ingest ingest = ingest();
        try {
            org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(name);
            java.net.URI uri = hp.toUri();
            if (uri.getScheme() == null || uri.getScheme().equals("file")) {
                Path local = Path.of(uri.getPath());
                ingest.read(local, raw -> items.add(Item.read(base + items.size(), raw)));
            } else {
                Path dir = Files.createTempDirectory("sitrep-spark");
                Path local = dir.resolve(hp.getName());
                try {
                    FileSystem fs = FileSystem.get(uri, new Configuration());
                    try (InputStream in = fs.open(hp)) {
                        Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                    }
                    ingest.read(local, raw -> items.add(Item.read(base + items.size(), raw)));
                } finally {
                    Files.deleteIfExists(local);
                    Files.deleteIfExists(dir);
                }
            }
        } catch (IngestException | IOException | RuntimeException e) {
            items.add(Item.unreadable(base + items.size(), name, "cannot read: " + e.getMessage()));
        }
        return items.iterator();
    }

    /** The embedded readers plus the container formats (WARC, feeds) the ingest command reads. */
    static Ingest ingest() {
        return new Ingest().with(new FeedSource()).with(new WarcSource(new BasicHtmlExtractor()));
    }
}
