package org.sitrep.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.SourceKind;

class EntityExtractorTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<Entity> run(String tagged) {
        ExtractionContext c = new ExtractionContext(TaggedText.of(tagged));
        EXTRACTOR.extract(c);
        return c.entities();
    }

    private static Optional<Entity> named(List<Entity> entities, String mention) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst();
    }

    @Test
    void peopleWhoShareASurnameStayApartAndLoneSurnamesGoToTheRecentOne() {
        List<Entity> es = run("Syrian_MISC leader Bashar_PERSON Assad_PERSON met Turkish_MISC President "
                + "Recep_PERSON Erdogan_PERSON . Erdogan_PERSON last met Hafez_PERSON Assad_PERSON , the father of the "
                + "current leader . Bashar_PERSON Assad_PERSON left . Assad_PERSON waved .");
        Entity son = named(es, "Bashar Assad").orElseThrow();
        Entity father = named(es, "Hafez Assad").orElseThrow();
        Entity president = named(es, "Recep Erdogan").orElseThrow();
        assertThat(son.id()).isNotEqualTo(father.id());
        assertThat(son.mentions()).extracting(Mention::text).contains("Assad");
        assertThat(father.mentions()).extracting(Mention::text).doesNotContain("Assad");
        assertThat(president.mentions()).extracting(Mention::text).containsExactly("Recep Erdogan", "Erdogan");
        assertThat(son.roles()).containsExactly("Syrian leader");
        assertThat(son.country()).isEqualTo("SYR");
        assertThat(president.roles()).containsExactly("Turkish President");
        assertThat(president.actorCode()).isEqualTo("TURGOV");
        assertThat(father.roles()).isEmpty();
        assertThat(es.get(0).id()).isEqualTo("e1");
    }

    @Test
    void rolesGiveCountryAndSectorToPeopleTheKnowledgeBaseDoesNotKnow() {
        List<Entity> es = run("Norwegian_MISC Defence Minister Ola_PERSON Nordmann_PERSON spoke .");
        Entity p = named(es, "Ola Nordmann").orElseThrow();
        assertThat(p.roles()).containsExactly("Norwegian Defence Minister");
        assertThat(p.country()).isEqualTo("NOR");
        assertThat(p.sector()).isEqualTo("MIL");
        assertThat(p.kbId()).isNull();
    }

    @Test
    void aSplitKnowledgeBaseNameBecomesOneEntity() {
        List<Entity> es = run("The Soviet_LOCATION Union_MISC backed the Baikonur_LOCATION Cosmodrome project with "
                + "Soviet-era_MISC rockets .");
        Entity su = named(es, "Soviet Union").orElseThrow();
        assertThat(su.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(su.country()).isEqualTo("SUN");
        assertThat(su.mentions()).extracting(Mention::text, Mention::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Soviet", Mention.Kind.DEMONYM));
        Entity v = named(es, "Baikonur Cosmodrome").orElseThrow();
        assertThat(v.type()).isEqualTo(EntityType.FACILITY);
        assertThat(v.lat()).isNotNull();
    }

    @Test
    void capitalsStandForTheirCountryExceptAfterALocativeWord() {
        List<Entity> es = run("Moscow_LOCATION 's assault on Ukraine_LOCATION continued . Russia_LOCATION said so . "
                + "He arrived in Moscow_LOCATION on Friday .");
        Entity russia = named(es, "Russia").orElseThrow();
        assertThat(russia.mentions()).extracting(Mention::kind).contains(Mention.Kind.METONYM, Mention.Kind.NAME);
        Entity city = es.stream().filter(e -> e.type() == EntityType.LOCATION).findFirst().orElseThrow();
        assertThat(city.name()).isEqualTo("Moscow");
        assertThat(city.country()).isEqualTo("RUS");
        assertThat(city.lat()).isNotNull();
    }

    @Test
    void acronymsJoinTheirExpansionAndNewsOrganisationsGetTheirKind() {
        List<Entity> es = run("the Associated_ORGANIZATION Press_ORGANIZATION reported it . AP_ORGANIZATION said "
                + "Xinhua_ORGANIZATION confirmed . The National_ORGANIZATION Rifle_ORGANIZATION Association_ORGANIZATION "
                + "disagreed . NRA_ORGANIZATION said .");
        Entity ap = named(es, "AP").orElseThrow();
        assertThat(ap.mentions()).extracting(Mention::text).contains("Associated Press");
        assertThat(ap.sourceKind()).isEqualTo(SourceKind.WIRE_SERVICE);
        Entity xinhua = named(es, "Xinhua").orElseThrow();
        assertThat(xinhua.name()).isEqualTo("Xinhua");
        assertThat(xinhua.sourceKind()).isEqualTo(SourceKind.STATE_MEDIA);
        assertThat(xinhua.actorCode()).isEqualTo("CHNMED");
        assertThat(named(es, "NRA").orElseThrow().mentions()).extracting(Mention::text).contains("National Rifle Association");
    }

    @Test
    void organisationsTakeTheCountryBeforeThem() {
        List<Entity> es = run("New_LOCATION Zealand_LOCATION 's Defence_ORGANIZATION Ministry_ORGANIZATION said .");
        Entity m = named(es, "Defence Ministry").orElseThrow();
        assertThat(m.country()).isEqualTo("NZL");
        assertThat(m.actorCode()).isEqualTo("NZLMIL");
    }

    @Test
    void demonymsAndLowerCaseWordsAreNotMistaken() {
        List<Entity> es = run("Tell us what the South_MISC African_MISC envoy said .");
        assertThat(es).noneMatch(e -> "USA".equals(e.country()));
        Entity prk = named(es, "South African").orElseThrow();
        assertThat(prk.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(prk.mentions().get(0).kind()).isEqualTo(Mention.Kind.DEMONYM);
    }

    @Test
    void outputIsDeterministicAndBoundedOnLongNameTables() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("Name").append(i).append("_PERSON , Germany_LOCATION , ");
        }
        b.append(".");
        long t0 = System.nanoTime();
        List<Entity> first = run(b.toString());
        assertThat(first).hasSizeGreaterThan(5000);
        assertThat(run(b.toString())).isEqualTo(first);
        assertThat(System.nanoTime() - t0).isLessThan(60_000_000_000L);
    }

    @Test
    void nonLatinNamesAreKept() {
        List<Entity> es = run("金正恩_PERSON visited Пхеньян_LOCATION .");
        assertThat(es).extracting(Entity::name).contains("金正恩", "Пхеньян");
    }

    @Test
    void subjectPronounsJoinTheOnlyPersonInSightAndAreLeftAloneOtherwise() {
        List<Entity> es = run("Angela_PERSON Merkel_PERSON arrived . She spoke . Olaf_PERSON Scholz_PERSON met Merkel_PERSON . He left .");
        Entity merkel = named(es, "Angela Merkel").orElseThrow();
        assertThat(merkel.mentions()).filteredOn(m -> m.kind() == Mention.Kind.PRONOUN).extracting(Mention::text)
                .containsExactly("She");
        assertThat(es).allSatisfy(e -> assertThat(e.mentions()).noneMatch(m -> m.text().equals("He")));
    }

    @Test
    void allCapitalsHeadlinesKeepCountriesButNotChanceAcronyms() {
        List<Entity> es = run("THE MAN WHO WARNS RUSSIAN_MISC TROOPS AS US LEADERS MEET .");
        assertThat(es).extracting(Entity::kbId).contains("country:RUS", "country:USA").doesNotContain("org:who");
    }

    @Test
    void titleCaseHeadlinesKeepTheDemonymOfAGluedMiscMention() {
        List<Entity> es = run("Chancellor to Visit_MISC Brazilian_MISC Steel Plant Next Week");
        assertThat(es).extracting(Entity::name).doesNotContain("Visit Brazilian");
        assertThat(named(es, "Brazilian").orElseThrow().kbId()).isEqualTo("country:BRA");
        List<Entity> body = run("They saw the Visit_MISC Brazilian_MISC exhibition .");
        assertThat(body).extracting(Entity::name).contains("Visit Brazilian");
        assertThat(run("Talks With Latin_MISC American_MISC Leaders Begin Today")).extracting(Entity::name)
                .contains("Latin American");
    }
}
