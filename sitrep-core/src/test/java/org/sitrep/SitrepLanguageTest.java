package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.model.Analysis;
import org.sitrep.testing.Articles;

/** The facade refuses to analyse a non-English article as English, and says which language it saw. */
class SitrepLanguageTest {
    private final Sitrep sitrep = Sitrep.builder(new SimpleAnnotator()).extractors(java.util.List.of()).build();

    @Test
    void aFrenchArticleGetsADiagnosticAndNoFacts() {
        Analysis a = sitrep.analyze(Articles.text("Grève dans les ports\n\nLes dockers du port ont arrêté le travail "
                + "lundi pour protester contre la réforme, a indiqué le syndicat. Ils demandent une hausse des salaires."));
        assertThat(a.article().language()).isEqualTo("fr");
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'fr'").contains("not English"));
        assertThat(a.entities()).isEmpty();
        assertThat(a.times()).isEmpty();
    }

    @Test
    void anEnglishArticleIsAnalysed() {
        Analysis a = sitrep.analyze(Articles.text("Dock workers strike\n\nThe dock workers of the port stopped work on "
                + "Monday to protest against the reform, their union said. They want higher wages."));
        assertThat(a.article().language()).isEqualTo("en");
        assertThat(a.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("not English"));
    }
}
