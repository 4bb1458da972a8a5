package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.io.IOException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredDiagnostic;
import org.sitrep.store.duckdb.DuckDbStore;

/** The ingest command end to end, in child JVMs with the model-free annotator. */
class IngestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void killMinusNineLosesNothingCommittedAndTheRerunCompletesWithoutDuplicates() throws Exception {
        Path in = CorpusFixtures.articles(tmp.resolve("in"), 500, 6);
        Path store = tmp.resolve("store");
        Process child = ChildSitrep.start("ingest", in.toString(), "--store", store.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null && !line.contains("ingest: 100 articles")) {
                // wait until at least 100 articles are committed
            }
            assertThat(line).as("the child reported progress").isNotNull();
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        long committed;
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            committed = s.stats().articles();
            assertThat(committed).isBetween(100L, 499L);
            for (String id : s.ids()) {
                StoredArticle a = s.get(id).orElseThrow();
                assertThat(Files.readString(Path.of(a.raw().origin()))).isEqualTo(a.raw().content());
                JsonNode json = AnalysisJson.mapper().readTree(a.analysisJson());
                assertThat(json.get("article").get("text").asText()).startsWith("Report ");
            }
        }
        ChildSitrep.Result again = ChildSitrep.run("ingest", in.toString(), "--store", store.toString());
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains(committed + " already stored").contains((500 - committed) + " stored");
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            assertThat(s.stats().articles()).isEqualTo(500);
            Set<String> origins = new HashSet<>();
            for (String id : s.ids()) {
                origins.add(s.get(id).orElseThrow().raw().origin());
            }
            assertThat(origins).hasSize(500);
            assertThat(s.search("\"Report 499\"", 5)).isNotEmpty();
            assertThat(s.search("\"Report 3\"", 5)).isNotEmpty();
        }
    }

    @Test
    void tooLittleFreeSpaceStopsTheIngestCleanlyAndTheRerunCompletesIt() throws Exception {
        Path in = CorpusFixtures.articles(tmp.resolve("in"), 5, 2);
        Path store = tmp.resolve("store");
        ChildSitrep.Result full = ChildSitrep.run("ingest", in.toString(), "--store", store.toString(),
                "--min-free-mb", String.valueOf(Long.MAX_VALUE / (2L << 20)));
        assertThat(full.exit()).as(full.output()).isEqualTo(IngestCommand.DISK_FULL);
        assertThat(full.output()).contains("stopped: ").contains("disk full").contains("MB free")
                .contains("run the same command again");
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            assertThat(s.stats().articles()).isZero();
        }
        ChildSitrep.Result again = ChildSitrep.run("ingest", in.toString(), "--store", store.toString());
        assertThat(again.exit()).as(again.output()).isZero();
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            assertThat(s.stats().articles()).isEqualTo(5);
        }
    }

    /**
     * A real full disk: the ingest runs on a 6 MB tmpfs mounted in a user and mount namespace
     * ({@code unshare -rm}; skipped where the kernel or container does not allow it), its store is
     * copied out afterwards and completed on a roomy disk.
     */
    @Test
    void aRealFullDiskStopsTheIngestWithAClearMessageAndTheStoreStaysConsistent() throws Exception {
        Assumptions.assumeTrue(canMountTmpfs(), "unshare -rm with a tmpfs mount is not available here");
        int n = 800;
        Path in = CorpusFixtures.articles(tmp.resolve("in"), n, 6);
        Path tiny = Files.createDirectories(tmp.resolve("tiny"));
        Path copied = tmp.resolve("copied");
        List<String> cmd = new java.util.ArrayList<>(List.of("unshare", "-rm", "bash", "-c",
                "mnt=\"$1\"; out=\"$2\"; shift 2; mount -t tmpfs -o size=6m tmpfs \"$mnt\" || exit 97;"
                        + " \"$@\"; code=$?; cp -r \"$mnt/store\" \"$out\"; exit $code", "bash", tiny.toString(), copied.toString()));
        cmd.addAll(ChildSitrep.command("ingest", in.toString(), "--store", tiny.resolve("store").toString(), "--min-free-mb", "0"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isEqualTo(IngestCommand.DISK_FULL);
        assertThat(out).contains("disk full").contains("No space left on device").contains("run the same command again");
        long committed;
        try (DuckDbStore s = DuckDbStore.open(copied, true)) {
            committed = s.stats().articles();
            assertThat(committed).isBetween(1L, n - 1L);
            for (String id : s.ids()) {
                assertThat(Files.readString(Path.of(s.get(id).orElseThrow().raw().origin())))
                        .isEqualTo(s.get(id).orElseThrow().raw().content());
            }
        }
        ChildSitrep.Result again = ChildSitrep.run("ingest", in.toString(), "--store", copied.toString());
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains(committed + " already stored");
        try (DuckDbStore s = DuckDbStore.open(copied, true)) {
            assertThat(s.stats().articles()).isEqualTo(n);
            Set<String> origins = new HashSet<>();
            for (String id : s.ids()) {
                origins.add(s.get(id).orElseThrow().raw().origin());
            }
            assertThat(origins).hasSize(n);
            assertThat(s.search("\"Report 0\"", 5)).isNotEmpty();
            assertThat(s.search("\"Report " + (n - 1) + "\"", 5)).isNotEmpty();
        }
    }

    private static boolean canMountTmpfs() {
        try {
            Path dir = Files.createTempDirectory("sitrep-tmpfs");
            Process p = new ProcessBuilder("unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            Files.deleteIfExists(dir);
            return ok;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void reanalyzeLeavesTheLinksOfAFreshIngest() throws Exception {
        Path in = CorpusFixtures.articles(tmp.resolve("in"), 6, 2);
        Files.writeString(in.resolve("wire-copy.txt"), "VELGRAD (Wire) - " + Files.readString(in.resolve("article-0002.txt"))
                + "\n\n(Reporting by Wire staff)");
        Path upgraded = tmp.resolve("upgraded");
        assertThat(ChildSitrep.run("ingest", in.toString(), "--store", upgraded.toString()).exit()).isZero();
        ChildSitrep.Result re = ChildSitrep.run("reanalyze", "--store", upgraded.toString(), "--threads", "2");
        assertThat(re.exit()).as(re.output()).isZero();
        assertThat(re.output()).contains("7 article(s) reanalysed and re-linked");
        Path fresh = tmp.resolve("fresh");
        assertThat(ChildSitrep.run("ingest", in.toString(), "--store", fresh.toString()).exit()).isZero();
        assertThat(corpusLinks(upgraded)).isEqualTo(corpusLinks(fresh)).anySatisfy(l -> assertThat(l).contains("\"duplicateOf\":\""));
    }

    private static List<String> corpusLinks(Path store) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            for (String id : s.ids()) {
                out.add(id + " " + AnalysisJson.mapper().readTree(s.get(id).orElseThrow().analysisJson()).get("corpus"));
            }
            out.add(s.stats().toString());
        }
        return out;
    }

    @Test
    void ingestingTwiceStoresOnceAndBadInputsBecomeDiagnostics() throws Exception {
        Path in = CorpusFixtures.articles(tmp.resolve("in"), 6, 2);
        Files.writeString(in.resolve("article-0000.meta.json"), "{\"published\": \"2024-03-04\", \"publisher\": \"Gazette\","
                + " \"url\": \"https://gazette.example/0\"}");
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\": \"w1\", \"headline\": \"Dam opens\", \"text\": \"The dam opened"
                + " to visitors on Monday.\", \"published\": \"2024-03-05\", \"publisher\": \"Wire\"}\n{broken json\n"
                + "{\"id\": \"w2\"}\n");
        Files.writeString(in.resolve("evil.rss"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        Files.writeString(in.resolve("junk.warc"), "not a warc\r\n\r\n");
        Path store = tmp.resolve("store");
        ChildSitrep.Result first = ChildSitrep.run("ingest", in.toString(), "--store", store.toString());
        assertThat(first.exit()).as(first.output()).isEqualTo(Main.PARTIAL);
        StoreStats afterFirst;
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            afterFirst = s.stats();
            assertThat(afterFirst.articles()).isEqualTo(7);
            assertThat(s.has("https://gazette.example/0")).isTrue();
            assertThat(s.has("w1")).isTrue();
            List<String> messages = s.diagnostics(50).stream().map(StoredDiagnostic::message).toList();
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("wire.jsonl:2").contains("not valid JSON"));
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("wire.jsonl:3").contains("no text, body"));
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("evil.rss").contains("not a readable RSS/Atom feed"));
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("junk.warc").contains("corrupt WARC"));
            assertThat(messages).noneSatisfy(m -> assertThat(m).contains("root:"));
        }
        ChildSitrep.Result second = ChildSitrep.run("ingest", in.toString(), "--store", store.toString());
        assertThat(second.output()).contains("0 stored, 7 already stored");
        try (DuckDbStore s = DuckDbStore.open(store, true)) {
            assertThat(s.stats().articles()).isEqualTo(afterFirst.articles());
            assertThat(s.stats().events()).isEqualTo(afterFirst.events());
        }
        ChildSitrep.Result query = ChildSitrep.run("search", "dam", "--store", store.toString());
        assertThat(query.exit()).isZero();
        assertThat(query.output()).contains("Dam opens");
    }
}
