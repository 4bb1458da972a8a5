package org.sitrep.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Severity;

class FeedSourceTest {
    @TempDir
    Path tmp;

    private final FeedSource source = new FeedSource();

    private List<RawArticle> read(String name, String xml) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, xml);
        assertThat(source.accepts(f)).isTrue();
        List<RawArticle> out = new ArrayList<>();
        source.read(f, out::add);
        return out;
    }

    @Test
    void readsRssItems() throws Exception {
        List<RawArticle> got = read("news.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example</link>
                <description>news</description>
                <item><title>Ferry strike ends</title><link>https://gazette.example/ferry</link>
                <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Crews voted to return to work.&lt;/p&gt;&lt;p&gt;Sailings resume on Friday.&lt;/p&gt;</description></item>
                <item><title>Lighthouse restored</title><link>https://gazette.example/light</link>
                <description>Volunteers repainted the tower.</description></item>
                </channel></rss>""");
        assertThat(got).hasSize(2);
        RawArticle first = got.get(0);
        assertThat(first.id()).isEqualTo("https://gazette.example/ferry");
        assertThat(first.meta().publisher()).isEqualTo("Harbour Gazette");
        assertThat(first.meta().published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.main()).isEqualTo("Ferry strike ends\n\nCrews voted to return to work.\n\nSailings resume on Friday.");
        assertThat(first.diagnostics()).isEmpty();
        assertThat(got.get(1).main()).endsWith("Volunteers repainted the tower.");
    }

    @Test
    void readsAtomEntries() throws Exception {
        List<RawArticle> got = read("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title><id>urn:valley</id>
                <updated>2024-03-06T00:00:00Z</updated>
                <entry><title>Bridge reopens</title><id>urn:valley:1</id><updated>2024-03-06T08:00:00Z</updated>
                <author><name>R. Stone</name></author>
                <content type="html">&lt;p&gt;Traffic crossed the river again.&lt;/p&gt;</content></entry></feed>""");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).id()).isEqualTo("urn:valley:1");
        assertThat(got.get(0).meta().authors()).containsExactly("R. Stone");
        assertThat(got.get(0).main()).contains("Traffic crossed the river again.");
    }

    @Test
    void externalEntitiesBecomeADiagnosticAndLeakNothing() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        List<RawArticle> got = read("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<description>&x;</description></item></channel></rss>");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("not a readable RSS/Atom feed");
        });
        assertThat(got.get(0).content()).doesNotContain("TOPSECRET");
    }

    @Test
    void entityExpansionBombsBecomeADiagnostic() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        long start = System.nanoTime();
        List<RawArticle> got = read("bomb.rss", "<?xml version=\"1.0\"?>\n" + dtd
                + "<rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>");
        assertThat(got).singleElement().satisfies(a -> assertThat(a.diagnostics()).hasSize(1));
        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    }

    @Test
    void brokenXmlBecomesADiagnostic() throws Exception {
        List<RawArticle> got = read("broken.rss", "<rss version=\"2.0\"><channel><title>t</title><item><title>x</tit");
        assertThat(got).singleElement().satisfies(a -> assertThat(a.diagnostics().get(0).severity()).isEqualTo(Severity.ERROR));
    }
}
