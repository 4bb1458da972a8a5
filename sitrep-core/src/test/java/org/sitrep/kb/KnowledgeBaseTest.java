package org.sitrep.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.kb.KnowledgeBase.NameKind;
import org.sitrep.model.EntityType;
import org.sitrep.model.SourceKind;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.shipped();

    @Test
    void countriesHaveDemonymsCapitalsAndSeatsOfGovernment() {
        assertThat(kb.lookup("Iranian", NameKind.DEMONYM).orElseThrow().entry().id()).isEqualTo("country:IRN");
        assertThat(kb.lookup("Tehran", NameKind.METONYM).orElseThrow().entry().country()).isEqualTo("IRN");
        assertThat(kb.lookup("the White House".substring(4), NameKind.METONYM).orElseThrow().entry().country()).isEqualTo("USA");
        assertThat(kb.lookup("Kremlin", NameKind.METONYM).orElseThrow().entry().country()).isEqualTo("RUS");
        assertThat(kb.lookup("Soviet Union", NameKind.NAME).orElseThrow().entry().country()).isEqualTo("SUN");
        assertThat(kb.country("USA").orElseThrow().wikidata()).isEqualTo("Q30");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(kb.lookup("US")).anyMatch(n -> n.entry().id().equals("country:USA"));
        assertThat(kb.lookup("U.S.")).anyMatch(n -> n.entry().id().equals("country:USA"));
        assertThat(kb.lookup("us")).noneMatch(n -> n.entry().id().equals("country:USA"));
        assertThat(kb.lookup("A P")).noneMatch(n -> n.entry().id().equals("org:ap"));
    }

    @Test
    void shipsCitiesNewsOrganisationsAndPeople() {
        KbEntry vladivostok = kb.lookup("Vladivostok", NameKind.NAME).orElseThrow().entry();
        assertThat(vladivostok.type()).isEqualTo(EntityType.LOCATION);
        assertThat(vladivostok.country()).isEqualTo("RUS");
        assertThat(vladivostok.lat()).isNotNull();
        long news = kb.entries().stream().filter(e -> e.sourceKind() != null).count();
        assertThat(news).isGreaterThanOrEqualTo(200);
        assertThat(kb.lookup("Kyodo", NameKind.NAME).orElseThrow().entry().country()).isEqualTo("JPN");
        assertThat(kb.lookup("TASS", NameKind.NAME).orElseThrow().entry().sourceKind()).isEqualTo(SourceKind.STATE_MEDIA);
        assertThat(kb.size()).isGreaterThan(9000);
    }

    @Test
    void placesAreResolvedByTheArticlesCountriesThenPopulation() {
        var options = kb.lookup("Washington");
        assertThat(KnowledgeBase.best(options.stream().filter(n -> n.kind() == NameKind.NAME).toList(),
                java.util.Map.of("USA", 3)).orElseThrow().country()).isEqualTo("USA");
    }

    @Test
    void userFilesAddEntriesAndCompleteShippedOnes(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("mine.tsv");
        Files.writeString(f, "# my outlets\n" + KbFormat.HEADER + "\n"
                + "org:valley-gazette\tORGANIZATION\tValley Gazette\tVG Daily\t\t\t\tMED\tNEWSPAPER\t\t\t\t\t\n"
                + "country:PRK\tCOUNTRY\tNorth Korea\tHermit Kingdom\t\t\tPRK\t\t\t\t\t\t\t\n");
        KnowledgeBase extended = KnowledgeBase.load(List.of(f));
        assertThat(extended.lookup("Valley Gazette", NameKind.NAME).orElseThrow().entry().sourceKind()).isEqualTo(SourceKind.NEWSPAPER);
        KbEntry prk = extended.lookup("Hermit Kingdom", NameKind.NAME).orElseThrow().entry();
        assertThat(prk.id()).isEqualTo("country:PRK");
        assertThat(prk.metonyms()).contains("Pyongyang");
        assertThat(extended.size()).isEqualTo(kb.size() + 1);
    }

    @Test
    void malformedUserFilesAreRejectedWithTheLine(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.tsv");
        Files.writeString(f, KbFormat.HEADER + "\norg:x\tORGANIZATION\tX\n");
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(f))).hasMessageContaining("bad.tsv:2");
    }
}
