package org.sitrep.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.ingest.html.BasicHtmlExtractor;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Severity;

class WarcSourceTest {
    @TempDir
    Path tmp;

    private final WarcSource source = new WarcSource(new BasicHtmlExtractor());

    private Path warc(String name, String... pages) throws Exception {
        Path f = tmp.resolve(name);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch)) {
            for (int i = 0; i < pages.length; i++) {
                String type = pages[i].startsWith("<") ? "text/html; charset=utf-8" : "image/png";
                byte[] body = pages[i].getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                        + "\r\n\r\n" + pages[i]).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create("https://news.example/p" + i))
                        .date(Instant.parse("2024-03-07T12:00:00Z")).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        return f;
    }

    private static String page(String title, String para) {
        return "<html><head><title>" + title + "</title></head><body><p>" + para + "</p></body></html>";
    }

    @Test
    void readsHtmlResponsesAndSkipsOthers() throws Exception {
        Path f = warc("crawl.warc", page("Dam opens", "The new dam opened to visitors."), "PNGDATA",
                page("Mill closes", "The old mill shut its doors."));
        assertThat(source.accepts(f)).isTrue();
        List<RawArticle> got = new ArrayList<>();
        source.read(f, got::add);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).id()).isEqualTo("https://news.example/p0");
        assertThat(got.get(0).main()).contains("The new dam opened to visitors.");
        assertThat(got.get(0).meta().published()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(got.get(1).id()).isEqualTo("https://news.example/p2");
    }

    @Test
    void aTruncatedFileKeepsEarlierRecordsAndReportsTheRest() throws Exception {
        Path f = warc("crawl.warc", page("Dam opens", "The new dam opened to visitors."),
                page("Mill closes", "The old mill shut its doors. ".repeat(50)));
        byte[] all = Files.readAllBytes(f);
        Path cut = tmp.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(all, all.length - 700));
        List<RawArticle> got = new ArrayList<>();
        source.read(cut, got::add);
        assertThat(got.get(0).main()).contains("The new dam opened");
        assertThat(got.get(got.size() - 1).diagnostics()).anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void garbageIsADiagnostic() throws Exception {
        Path f = tmp.resolve("junk.warc");
        Files.writeString(f, "this is not a warc file at all\r\n\r\n");
        List<RawArticle> got = new ArrayList<>();
        source.read(f, got::add);
        assertThat(got).singleElement().satisfies(a -> assertThat(a.diagnostics().get(0).message()).contains("corrupt WARC"));
    }
}
