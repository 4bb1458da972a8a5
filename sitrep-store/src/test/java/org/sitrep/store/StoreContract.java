package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.RawArticle;

/** The behaviour every store adapter shares; subclasses open a fresh store. */
abstract class StoreContract {
    @TempDir
    Path tmp;

    abstract Store openFresh() throws Exception;

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Test
    void storesAndReadsBackAnArticle() throws Exception {
        try (Store store = openFresh()) {
            RawArticle raw = Fixtures.raw("a1", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", DAY);
            assertThat(store.has("a1")).isFalse();
            PutResult r = store.put(raw, Fixtures.analysis(raw, "ASSAULT", false, "Aldoria", "Borvia"));
            assertThat(r.replaced()).isFalse();
            assertThat(store.has("a1")).isTrue();
            StoredArticle got = store.get("a1").orElseThrow();
            assertThat(got.raw().content()).isEqualTo(raw.content());
            assertThat(got.raw().meta().publisher()).isEqualTo("Daily Planet");
            JsonNode json = AnalysisJson.mapper().readTree(got.analysisJson());
            assertThat(json.get("article").get("id").asText()).isEqualTo("a1");
            assertThat(json.get("corpus").get("story").asText()).isEqualTo(r.links().story());
            assertThat(json.get("corpus").get("events").get("v1").get("independentSources").asInt()).isEqualTo(1);
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.stats().entities()).isEqualTo(2);
        }
    }

    @Test
    void queriesEventsTimelineAndStoriesAcrossArticles() throws Exception {
        try (Store store = openFresh()) {
            RawArticle a = Fixtures.raw("a", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", DAY);
            RawArticle b = Fixtures.raw("b", Fixtures.otherReport("Aldoria", "Borvia"),
                    "Morning Star", DAY.plusDays(1));
            RawArticle c = Fixtures.raw("c", "Harvest festival opens in Corvin.\n\nFarmers in Corvin brought pumpkins, apples"
                    + " and cider to the market square, where a brass band played until dusk.", "Village Post", DAY);
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            store.put(b, Fixtures.analysis(b, "ASSAULT", false, "Aldoria", "Borvia"));
            store.put(c, Fixtures.analysis(c, null, false, "Corvin"));

            List<EventRow> byActor = store.events(new EventQuery("aldoria", null, null, null, null, 0, 10));
            assertThat(byActor).hasSize(2);
            assertThat(byActor).allSatisfy(e -> {
                assertThat(e.numSources()).isEqualTo(2);
                assertThat(e.actor1Name()).isEqualTo("Aldoria");
                assertThat(e.actor2Name()).isEqualTo("Borvia");
            });
            assertThat(byActor.get(0).clusterId()).isEqualTo(byActor.get(1).clusterId());
            assertThat(store.events(new EventQuery(null, "Aldoria", null, null, null, 0, 10))).isEmpty();
            assertThat(store.events(new EventQuery(null, null, "ASSAULT", DAY.plusDays(1), null, 0, 10))).hasSize(1);
            assertThat(store.events(new EventQuery(null, null, null, null, null, 3, 10))).isEmpty();

            List<TimelineDay> timeline = store.timeline("Borvia", 100);
            assertThat(timeline).extracting(TimelineDay::day).containsExactly(DAY, DAY.plusDays(1));
            assertThat(timeline.get(0).articles()).extracting(ArticleSummary::id).containsExactly("a");
            assertThat(store.dailyCounts("borvia")).containsExactly(new DayCount(DAY, 1), new DayCount(DAY.plusDays(1), 1));
            assertThat(store.events(new EventQuery(null, null, "190", null, null, 0, 10))).hasSize(2);
            List<TimelineDay> corvin = store.timeline("corvin", 100);
            assertThat(corvin).singleElement().satisfies(d -> {
                assertThat(d.events()).isEmpty();
                assertThat(d.articles()).extracting(ArticleSummary::id).containsExactly("c");
            });

            String storyA = store.get("a").map(s -> field(s, "story")).orElseThrow();
            assertThat(store.get("b").map(s -> field(s, "story")).orElseThrow()).isEqualTo(storyA);
            assertThat(store.get("c").map(s -> field(s, "story")).orElseThrow()).isNotEqualTo(storyA);
            StoryView story = store.story(storyA).orElseThrow();
            assertThat(story.articles()).extracting(ArticleSummary::id).containsExactly("a", "b");
            assertThat(story.events()).hasSize(2);

            assertThat(store.search("pumpkins", 5)).extracting(h -> h.article().id()).containsExactly("c");
            assertThat(store.search("Velgrad", 5)).extracting(h -> h.article().id()).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void theTimelineShowsAFewEventsADayWithTheDaysCountAndHonoursTheLimit() throws Exception {
        try (Store store = openFresh()) {
            for (int i = 0; i < 9; i++) {
                RawArticle a = Fixtures.raw("t" + i, Fixtures.story("Aldoria", "Borvia", i), "Paper " + i, i < 7 ? DAY : DAY.plusDays(1));
                store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            }
            List<TimelineDay> all = store.timeline("Aldoria", 100);
            assertThat(all).extracting(TimelineDay::day).containsExactly(DAY, DAY.plusDays(1));
            assertThat(all.get(0).events()).hasSize(5);
            assertThat(all.get(0).eventCount()).isEqualTo(7);
            assertThat(all.get(1).events()).hasSize(2);
            assertThat(all.get(1).eventCount()).isEqualTo(2);
            EventRow first = all.get(0).events().get(0);
            assertThat(first.globalEventId()).isEqualTo(first.articleId() + "#" + first.eventId());
            assertThat(first.ploverType()).isEqualTo("ASSAULT");
            assertThat(first.actor1Name()).isEqualTo("Aldoria");
            assertThat(first.actor2Name()).isEqualTo("Borvia");
            assertThat(store.events(EventQuery.all(20))).extracting(EventRow::articleId).contains(first.articleId());

            List<TimelineDay> six = store.timeline("borvia", 6);
            assertThat(six.stream().mapToInt(d -> d.events().size()).sum()).isEqualTo(6);
            assertThat(six.get(1).events()).hasSize(1);
            assertThat(six.get(1).eventCount()).isEqualTo(2);
            assertThat(store.timeline("borvia", 3)).singleElement().satisfies(d -> {
                assertThat(d.events()).hasSize(3);
                assertThat(d.eventCount()).isEqualTo(7);
            });
        }
    }

    @Test
    void aDenialAcrossArticlesIsAContradiction() throws Exception {
        try (Store store = openFresh()) {
            RawArticle a = Fixtures.raw("a", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", DAY);
            RawArticle d = Fixtures.raw("d", "Borvia denies any attack by Aldoria.\n\nThe government of Borvia said no"
                    + " troops crossed the border and described the reports as fabricated.", "Evening Echo", DAY);
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            PutResult r = store.put(d, Fixtures.analysis(d, "ASSAULT", true, "Aldoria", "Borvia"));
            assertThat(r.links().events().get("v1").contradicted()).isTrue();
            assertThat(store.events(EventQuery.all(10))).allSatisfy(e -> assertThat(e.contradicted()).isTrue());
            assertThat(store.events(EventQuery.all(10))).allSatisfy(e -> assertThat(e.numSources()).isEqualTo(1));
        }
    }

    @Test
    void syndicatedCopiesCountOnceAndAreLinked() throws Exception {
        try (Store store = openFresh()) {
            String wire = Fixtures.story("Aldoria", "Borvia", 7);
            RawArticle a = Fixtures.raw("orig", wire, "Wire One", DAY);
            RawArticle b = Fixtures.raw("copy", "VELGRAD (Wire One) - " + wire + "\n\n(Reporting by Wire One staff)",
                    "Daily Planet", DAY);
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            PutResult r = store.put(b, Fixtures.analysis(b, "ASSAULT", false, "Aldoria", "Borvia"));
            assertThat(r.links().duplicateOf()).isEqualTo("orig");
            assertThat(r.links().copyOf()).containsExactly("orig");
            assertThat(r.links().events().get("v1").independentSources()).isEqualTo(1);
            assertThat(store.stats().links()).isEqualTo(1);
        }
    }

    @Test
    void anArticleWithManyRowsIsWrittenWhole() throws Exception {
        try (Store store = openFresh()) {
            String[] names = new String[85]; // 64 + 16 + 4 + 1: every insert size
            for (int i = 0; i < names.length; i++) {
                names[i] = "Name" + i;
            }
            RawArticle a = Fixtures.raw("many", Fixtures.story("Aldoria", "Borvia", 5), "Daily Planet", DAY);
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, names));
            assertThat(store.stats().entities()).isEqualTo(85);
            for (String name : List.of("Name0", "Name63", "Name64", "Name79", "Name80", "Name84")) {
                assertThat(store.timeline(name, 10)).as(name).singleElement()
                        .satisfies(d -> assertThat(d.articles()).extracting(ArticleSummary::id).containsExactly("many"));
            }
            assertThat(store.events(new EventQuery("name0", "name1", null, null, null, 0, 10))).hasSize(1);
        }
    }

    @Test
    void theSameTextUnderAnotherUrlIsASeparateArticleLinkedAsACopy() throws Exception {
        try (Store store = openFresh()) {
            String text = Fixtures.story("Aldoria", "Borvia", 4);
            RawArticle first = Fixtures.raw("https://one.example/a", text, "One", DAY);
            RawArticle second = Fixtures.raw("https://two.example/b", text, "Two", DAY);
            store.put(first, Fixtures.analysis(first, "ASSAULT", false, "Aldoria", "Borvia"));
            PutResult r = store.put(second, Fixtures.analysis(second, "ASSAULT", false, "Aldoria", "Borvia"));
            assertThat(store.stats().articles()).isEqualTo(2);
            assertThat(r.replaced()).isFalse();
            assertThat(r.links().copyOf()).containsExactly(first.id());
            assertThat(r.links().duplicateOf()).isEqualTo(first.id());
            assertThat(r.links().events().get("v1").independentSources()).as("a copy counts once").isEqualTo(1);
        }
    }

    @Test
    void replacingAnArticleKeepsOneCopy() throws Exception {
        try (Store store = openFresh()) {
            RawArticle a = Fixtures.raw("a", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", DAY);
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            PutResult again = store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            assertThat(again.replaced()).isTrue();
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.stats().events()).isEqualTo(1);
            assertThat(store.stats().entities()).isEqualTo(2);
            List<RawArticle> raws = new java.util.ArrayList<>();
            store.forEachRaw(raws::add);
            assertThat(raws).extracting(RawArticle::content).containsExactly(a.content());
        }
    }

    @Test
    void reanalysisRelinksTheWholeCorpusLikeAFreshIngestInTheSameOrder() throws Exception {
        String wire = Fixtures.story("Aldoria", "Borvia", 1);
        List<RawArticle> raws = List.of(
                Fixtures.raw("a", wire, "Daily Planet", DAY),
                Fixtures.raw("copy", "VELGRAD (Wire One) - " + wire + "\n\n(Reporting by Wire One staff)", "Gazette", DAY),
                Fixtures.raw("b", Fixtures.otherReport("Aldoria", "Borvia"), "Morning Star", DAY.plusDays(1)),
                Fixtures.raw("d", "Borvia denies any attack by Aldoria.\n\nThe government of Borvia said no troops crossed the"
                        + " border and described the reports as fabricated.", "Evening Echo", DAY),
                Fixtures.raw("c", "Harvest festival opens in Corvin.\n\nFarmers in Corvin brought pumpkins, apples and cider to"
                        + " the market square, where a brass band played until dusk.", "Village Post", DAY));
        // Before the upgrade nobody denies the attack and c reports nothing; after it, d denies and c reports it too.
        java.util.function.Function<RawArticle, org.sitrep.model.Analysis> before = r -> r.id().equals("c")
                ? Fixtures.analysis(r, null, false, "Corvin") : Fixtures.analysis(r, "ASSAULT", false, "Aldoria", "Borvia");
        java.util.function.Function<RawArticle, org.sitrep.model.Analysis> after = r -> Fixtures.analysis(r, "ASSAULT",
                r.id().equals("d"), "Aldoria", "Borvia");
        try (Store upgraded = openFresh(); Store fresh = openFresh()) {
            for (RawArticle r : raws) {
                upgraded.put(r, before.apply(r));
            }
            String beforeSnapshot = snapshot(upgraded, raws);
            java.util.List<Integer> progress = new java.util.ArrayList<>();
            assertThat(upgraded.reanalyze(after, 2, progress::add)).isEqualTo(raws.size());
            assertThat(progress).containsExactly(1, 2, 3, 4, 5);
            for (RawArticle r : raws) {
                fresh.put(r, after.apply(r));
            }
            assertThat(snapshot(upgraded, raws)).isEqualTo(snapshot(fresh, raws)).isNotEqualTo(beforeSnapshot);
            assertThat(upgraded.events(EventQuery.all(20))).hasSize(5).allSatisfy(e -> {
                assertThat(e.contradicted()).isTrue();
                assertThat(e.numSources()).as("a and its copy count once, b and c assert it; d denies it").isEqualTo(3);
            });
            assertThat(upgraded.get("copy").map(s -> field(s, "duplicateOf")).orElseThrow()).isEqualTo("a");
            assertThat(upgraded.search("pumpkins", 5)).extracting(h -> h.article().id()).containsExactly("c");
            // the corpus keeps linking incrementally after a reanalysis
            RawArticle e = Fixtures.raw("e", Fixtures.otherReport("Borvia", "Aldoria"), "Night Owl", DAY.plusDays(1));
            RawArticle e2 = Fixtures.raw("e", Fixtures.otherReport("Borvia", "Aldoria"), "Night Owl", DAY.plusDays(1));
            assertThat(upgraded.put(e, after.apply(e)).links().toString()).isEqualTo(fresh.put(e2, after.apply(e2)).links().toString());
        }
    }

    /** Everything linking decides, per article in order: corpus links, events with their clusters and counts, stories. */
    static String snapshot(Store store, List<RawArticle> raws) throws Exception {
        StringBuilder sb = new StringBuilder(store.stats().toString()).append('\n');
        for (RawArticle r : raws) {
            StoredArticle a = store.get(r.id()).orElseThrow();
            JsonNode corpus = AnalysisJson.mapper().readTree(a.analysisJson()).get("corpus");
            sb.append(r.id()).append(' ').append(corpus).append('\n');
            sb.append(store.story(corpus.get("story").asText()).orElseThrow()).append('\n');
        }
        store.events(EventQuery.all(100)).stream().map(EventRow::toString).sorted().forEach(x -> sb.append(x).append('\n'));
        return sb.toString();
    }

    @Test
    void exportsCsvAndJsonl() throws Exception {
        try (Store store = openFresh()) {
            RawArticle a = Fixtures.raw("a,1", Fixtures.story("Aldoria", "Borvia", 1), "Daily Planet", DAY);
            store.put(a, Fixtures.analysis(a, "ASSAULT", false, "Aldoria", "Borvia"));
            Path csv = tmp.resolve("events.csv");
            store.export(ExportFormat.CSV, csv);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).startsWith("GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor1CountryCode");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).startsWith("\"a,1#v1\",20240304,ALDGOV,Aldoria,");
            Path jsonl = tmp.resolve("all.jsonl");
            store.export(ExportFormat.JSONL, jsonl);
            JsonNode doc = AnalysisJson.mapper().readTree(Files.readAllLines(jsonl).get(0));
            assertThat(doc.get("corpus").get("events").get("v1").get("independentSources").asInt()).isEqualTo(1);
        }
    }

    @Test
    void listsArticlesPageByPageInIngestOrder() throws Exception {
        try (Store store = openFresh()) {
            for (String id : List.of("k", "b", "x")) {
                RawArticle r = Fixtures.raw(id, Fixtures.story("Aldoria", "Borvia", id.charAt(0)), "Daily Planet", DAY);
                store.put(r, Fixtures.analysis(r, "ASSAULT", false, "Aldoria", "Borvia"));
            }
            assertThat(store.articles(0, 2)).extracting(ArticleSummary::id).containsExactly("k", "b");
            assertThat(store.articles(2, 2)).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("x");
                assertThat(a.publisher()).isEqualTo("Daily Planet");
                assertThat(a.published()).isEqualTo(DAY);
            });
            assertThat(store.articles(3, 2)).isEmpty();
            assertThat(store.articles(0, 0)).isEmpty();
        }
    }

    @Test
    void diagnosticsAreKept() throws Exception {
        try (Store store = openFresh()) {
            store.putDiagnostic("broken.warc", org.sitrep.model.Diagnostic.error("ingest", "truncated record"));
            assertThat(store.diagnostics(10)).extracting(StoredDiagnostic::message).containsExactly("truncated record");
        }
    }

    private static String field(StoredArticle s, String name) {
        try {
            return AnalysisJson.mapper().readTree(s.analysisJson()).get("corpus").get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
