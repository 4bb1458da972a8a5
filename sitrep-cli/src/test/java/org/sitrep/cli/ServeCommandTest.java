package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep serve} refuses to listen off loopback without a token (before opening anything). */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void nonLoopbackAddressNeedsAToken() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--host", "0.0.0.0", "--port", "0",
                "--store", dir.resolve("store").toString());
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--token");
    }
}
