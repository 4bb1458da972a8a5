package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.Sitrep;
import org.sitrep.annotate.Capability;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Analysis;
import org.sitrep.model.Severity;
import org.sitrep.testing.Articles;
import org.junit.jupiter.api.Test;

class PipelineTest {
    record Stub(String name, Set<Capability> requires, Set<Capability> produces, boolean fail) implements Extractor {
        @Override
        public void extract(ExtractionContext context) {
            if (fail) {
                throw new IllegalStateException("boom");
            }
        }
    }

    @Test
    void rejectsAnExtractorWhoseNeedsAreNotMet() {
        Extractor events = new Stub("event", EnumSet.of(Capability.DEPENDENCIES, Capability.ENTITIES), Set.of(), false);
        assertThatThrownBy(() -> Pipeline.of(new SimpleAnnotator(), List.of(events)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'event'").hasMessageContaining("DEPENDENCIES").hasMessageContaining("ENTITIES");
    }

    @Test
    void acceptsWhenAnEarlierExtractorProvides() {
        Extractor entities = new Stub("entity", EnumSet.of(Capability.TOKENS), EnumSet.of(Capability.ENTITIES), false);
        Extractor user = new Stub("user", EnumSet.of(Capability.ENTITIES), Set.of(), false);
        assertThat(Pipeline.of(new SimpleAnnotator(), List.of(entities, user)).describe())
                .contains("entity,user");
    }

    @Test
    void aFailingExtractorBecomesADiagnosticNotACrash() {
        Extractor bad = new Stub("bad", Set.of(), Set.of(), true);
        Sitrep sitrep = Sitrep.builder(new SimpleAnnotator()).extractors(List.of(bad)).build();
        Analysis a = sitrep.analyze(Articles.text("Headline\n\nBody text here."));
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.stage()).isEqualTo("bad");
            assertThat(d.message()).contains("boom");
        });
    }
}
