package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Analysis;
import org.sitrep.model.RawArticle;
import org.sitrep.store.duckdb.DuckDbStore;

/** A full disk in the middle of an article's transaction, and the free-space guard before it. */
class DiskFullTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @TempDir
    Path tmp;

    @Test
    void aFullDiskRollsBackTheArticleItHitKeepsTheRestAndTheRerunCompletesTheStore() throws Exception {
        List<RawArticle> raws = corpus();
        Path dir = tmp.resolve("full");
        FullDisk disk = new FullDisk();
        try (Store store = DuckDbStore.open(dir, false, disk::wrap)) {
            for (RawArticle r : raws.subList(0, 4)) {
                store.put(r, analysis(r));
            }
            disk.fillAfter(3); // the article's row, entities and mentions are written, then the disk is full
            RawArticle hit = raws.get(4);
            assertThatThrownBy(() -> store.put(hit, analysis(hit))).isInstanceOf(StoreFullException.class)
                    .hasMessageContaining("disk full").hasMessageContaining("cannot store article " + hit.id())
                    .hasMessageContaining("everything committed before it is intact").hasMessageContaining("No space left on device");
            assertThat(disk.failures()).isEqualTo(1);
        }
        try (Store store = DuckDbStore.open(dir, false)) {
            assertThat(store.has(raws.get(4).id())).isFalse();
            for (RawArticle r : raws.subList(0, 4)) {
                assertThat(store.get(r.id()).orElseThrow().raw().content()).isEqualTo(r.content());
            }
            assertThat(StoreContract.snapshot(store, raws.subList(0, 4))).isEqualTo(reference(raws.subList(0, 4)));
            for (RawArticle r : raws) { // the same command again: what is stored is skipped
                if (!store.has(r.id())) {
                    store.put(r, analysis(r));
                }
            }
            assertThat(store.stats().articles()).isEqualTo(raws.size());
            assertThat(StoreContract.snapshot(store, raws)).isEqualTo(reference(raws));
        }
    }

    @Test
    void writesStopBeforeTheDiskFillsWhenLessThanTheRequiredSpaceIsFree() throws Exception {
        List<RawArticle> raws = corpus().subList(0, 3);
        try (Store store = Stores.open(tmp.resolve("guarded").toString(), false)) {
            store.put(raws.get(0), analysis(raws.get(0)));
            store.requireFreeSpace(Long.MAX_VALUE);
            assertThatThrownBy(() -> store.put(raws.get(1), analysis(raws.get(1)))).isInstanceOf(StoreFullException.class)
                    .hasMessageContaining("disk full").hasMessageContaining("MB free").hasMessageContaining("stopped before writing");
            assertThat(store.has(raws.get(1).id())).isFalse();
            store.requireFreeSpace(1);
            store.put(raws.get(1), analysis(raws.get(1)));
            store.put(raws.get(2), analysis(raws.get(2)));
            assertThat(StoreContract.snapshot(store, raws)).isEqualTo(reference(raws));
        }
    }

    @Test
    void recognisesFullDisksAsEachLayerReportsThem() {
        assertThat(StoreFullException.isDiskFull(new SQLException(
                "IO Error: Could not write file \"/data/sitrep.duckdb.wal\": No space left on device"))).isTrue();
        assertThat(StoreFullException.isDiskFull(new SQLException("ERROR: could not extend file", "53100"))).isTrue();
        assertThat(StoreFullException.isDiskFull(new UncheckedIOException(new java.io.IOException("No space left on device"))))
                .isTrue();
        assertThat(StoreFullException.isDiskFull(new SQLException("IO Error: Could not set lock on file"))).isFalse();
        assertThat(StoreFullException.isDiskFull(new SQLException((String) null))).isFalse();
    }

    /** Eight articles: a story told by several papers, a wire copy, a denial, an unrelated one. */
    private static List<RawArticle> corpus() {
        List<RawArticle> out = new ArrayList<>();
        String wire = Fixtures.story("Aldoria", "Borvia", 1);
        out.add(Fixtures.raw("r0", wire, "Daily Planet", DAY));
        out.add(Fixtures.raw("r1", Fixtures.otherReport("Aldoria", "Borvia"), "Morning Star", DAY));
        out.add(Fixtures.raw("r2", "VELGRAD (Wire One) - " + wire + "\n\n(Reporting by Wire One staff)", "Gazette", DAY));
        out.add(Fixtures.raw("r3", Fixtures.story("Corvin", "Dastra", 2), "Village Post", DAY.plusDays(2)));
        out.add(Fixtures.raw("r4", Fixtures.otherReport("Corvin", "Dastra"), "Evening Echo", DAY.plusDays(2)));
        out.add(Fixtures.raw("r5", "Borvia denies any attack by Aldoria.\n\nThe government of Borvia said no troops crossed"
                + " the border and described the reports as fabricated.", "Night Owl", DAY));
        out.add(Fixtures.raw("r6", Fixtures.story("Aldoria", "Borvia", 3), "Courier", DAY.plusDays(1)));
        out.add(Fixtures.raw("r7", "Harvest festival opens in Elmont.\n\nFarmers brought pumpkins, apples and cider to the"
                + " market square, where a brass band played until dusk.", "Elmont Times", DAY));
        return out;
    }

    private static Analysis analysis(RawArticle r) {
        boolean corvin = r.content().contains("Corvin");
        return Fixtures.analysis(r, r.content().contains("Harvest") ? null : "ASSAULT", r.id().equals("r5"),
                corvin ? "Corvin" : "Aldoria", corvin ? "Dastra" : "Borvia");
    }

    /** What a store holds after a clean ingest of these articles in this order. */
    private String reference(List<RawArticle> raws) throws Exception {
        try (Store clean = Stores.open(tmp.resolve("reference" + raws.size()).toString(), false)) {
            for (RawArticle r : raws) {
                clean.put(r, analysis(r));
            }
            return StoreContract.snapshot(clean, raws);
        }
    }

    /**
     * A connection whose writes (INSERT, UPDATE, DELETE) fail as DuckDB reports ENOSPC once a number
     * of them has gone through: a full disk in the middle of a transaction.
     */
    private static final class FullDisk {
        private final AtomicInteger writesLeft = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger failures = new AtomicInteger();

        void fillAfter(int writes) {
            writesLeft.set(writes);
        }

        int failures() {
            return failures.get();
        }

        Connection wrap(Connection real) {
            return proxy(Connection.class, real, (method, args, result) -> {
                if (result instanceof PreparedStatement ps && args != null && args[0] instanceof String sql) {
                    return statement(PreparedStatement.class, ps, sql);
                }
                if (result instanceof Statement s) {
                    return statement(Statement.class, s, null);
                }
                return result;
            });
        }

        private <T extends Statement> T statement(Class<T> type, T real, String preparedSql) {
            return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                if (method.getName().startsWith("execute") && isWrite(sql) && writesLeft.getAndDecrement() <= 0) {
                    failures.incrementAndGet();
                    throw new SQLException("IO Error: Could not write file \"sitrep.duckdb.wal\": No space left on device");
                }
                return invoke(real, method, args);
            }));
        }

        private static boolean isWrite(String sql) {
            String s = sql.strip().toUpperCase(Locale.ROOT);
            return s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE");
        }

        interface After {
            Object apply(java.lang.reflect.Method method, Object[] args, Object result);
        }

        private <T> T proxy(Class<T> type, T real, After after) {
            InvocationHandler h = (p, method, args) -> after.apply(method, args, invoke(real, method, args));
            return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
        }

        private static Object invoke(Object real, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
