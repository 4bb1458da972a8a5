package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawArticle;
import org.sitrep.store.duckdb.DuckDbStore;

class DuckDbStoreTest extends StoreContract {
    private int n;

    @Override
    Store openFresh() {
        return Stores.open(tmp.resolve("store" + n++).toString(), false);
    }

    @Test
    void reopensWithEverythingAndKeepsLinkingIncrementally() {
        Path dir = tmp.resolve("reopen");
        LocalDate day = LocalDate.of(2024, 3, 4);
        RawArticle a = Fixtures.raw("a", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", day);
        RawArticle b = Fixtures.raw("b", Fixtures.otherReport("Aldoria", "Borvia"), "Morning Star", day);
        String storyOfA;
        try (Store store = Stores.open(dir.toString(), false)) {
            storyOfA = store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia")).links().story();
        }
        try (Store store = Stores.open(dir.toString(), false)) {
            PutResult r = store.put(b, Fixtures.analysis(b, "ASSAULT", false, "Aldoria", "Borvia"));
            assertThat(r.links().story()).isEqualTo(storyOfA);
            assertThat(r.links().duplicateOf()).isNull();
            assertThat(r.links().events().get("v1").independentSources()).isEqualTo(2);
            assertThat(store.search("Velgrad", 5)).hasSize(2);
        }
        try (Store reader = Stores.open(dir.toString(), true)) {
            assertThat(reader.stats().articles()).isEqualTo(2);
            assertThat(reader.search("Velgrad", 5)).hasSize(2);
        }
    }

    @Test
    void aSecondWriterGetsAClearError() throws Exception {
        Path dir = tmp.resolve("locked");
        try (Store first = Stores.open(dir.toString(), false)) {
            // A second process: DuckDB's file lock is per process, so spawn one.
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondWriter.class.getName(), dir.toString());
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).isEqualTo(3);
            assertThat(out).contains("is in use by another process").contains("only one process may write");
            assertThat(first.stats().articles()).isZero();
        }
    }

    @Test
    void aMissingStoreIsNamedWhenReading() {
        assertThatThrownBy(() -> Stores.open(tmp.resolve("nothing").toString(), true))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store at");
    }

    @Test
    void exportsParquet() throws Exception {
        try (Store store = openFresh()) {
            RawArticle a = Fixtures.raw("a", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", LocalDate.of(2024, 3, 4));
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            Path out = tmp.resolve("events.parquet");
            store.export(ExportFormat.PARQUET, out);
            assertThat(Files.size(out)).isPositive();
            byte[] head = Files.readAllBytes(out);
            assertThat(new String(head, 0, 4)).isEqualTo("PAR1");
        }
    }

    /** Opens a store for writing in a child JVM; exit 3 with the message on a store error. */
    public static final class SecondWriter {
        public static void main(String[] args) {
            try (Store s = DuckDbStore.open(Path.of(args[0]), false)) {
                System.out.println("opened");
                System.exit(0);
            } catch (StoreException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}
