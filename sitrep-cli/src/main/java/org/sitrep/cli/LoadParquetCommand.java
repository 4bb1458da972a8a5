package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.jdbc.JdbcStore;
import org.sitrep.store.jdbc.ParquetLoad;
import org.sitrep.store.rows.TableRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep load-parquet DIR [--store …]}: loads the Parquet tables of {@code sitrep spark} into a new store. */
@Command(name = "load-parquet", mixinStandardHelpOptions = true,
        description = "Loads the Parquet tables written by 'sitrep spark' (DIR/tables) into an empty store, for query/serve.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "1:the store is not empty or the tables cannot be read"})
public final class LoadParquetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The output folder of 'sitrep spark'.")
    Path dir;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        try (Store s = store.openForWriting()) {
            if (!(s instanceof JdbcStore jdbc)) {
                spec.commandLine().getErr().println("sitrep load-parquet: " + s.describe() + " is not a SQL store");
                return Main.PARTIAL;
            }
            Map<TableRows.Table, Long> counts = ParquetLoad.load(jdbc, dir);
            StringBuilder sb = new StringBuilder("sitrep load-parquet: loaded into " + s.describe() + ":");
            counts.forEach((t, n) -> sb.append(' ').append(t.sqlName()).append('=').append(n));
            spec.commandLine().getOut().println(sb);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep load-parquet: " + e.getMessage());
            return Main.PARTIAL;
        } catch (Exception e) {
            spec.commandLine().getErr().println("sitrep load-parquet: " + e);
            return Main.PARTIAL;
        }
    }
}
