package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The cap on concurrent analyses: a request beyond it waits, then is refused as busy. */
class AnalysisGateTest {
    @Test
    void refusesWhenAllPermitsStayTaken() throws Exception {
        AnalysisGate gate = new AnalysisGate(1, 100);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> gate.run(() -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }));
        holder.start();
        inside.await();
        assertThatThrownBy(() -> gate.run(() -> 2)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(503);
            assertThat(p.getMessage()).contains("all 1 analysis slots stayed busy");
        });
        release.countDown();
        holder.join();
        assertThat(gate.run(() -> 3)).isEqualTo(3);
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("analysis failed");
        })).hasMessage("analysis failed");
        assertThat(gate.run(() -> 4)).as("a failed analysis gives its permit back").isEqualTo(4);
    }
}
