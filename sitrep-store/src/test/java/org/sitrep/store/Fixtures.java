package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Sitrep;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Analysis;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Denial;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Factuality;
import org.sitrep.model.Mention;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/** Raw articles and analyses with entities and events built by hand (no models). */
final class Fixtures {
    static final Sitrep SIMPLE = Sitrep.builder(new SimpleAnnotator()).extractors(List.of()).build();

    private Fixtures() {
    }

    static RawArticle raw(String id, String text, String publisher, LocalDate published) {
        return new RawArticle(id + ".txt", ContentFormat.TEXT, text, null, Ingest.sha256(text.getBytes(StandardCharsets.UTF_8)),
                new ArticleMeta(id, null, publisher, "https://example.org/" + id, published, "en", List.of()), List.of());
    }

    /**
     * An analysis of the raw article with entities for every name given and one event of
     * {@code type} by the first name against the second, dated on the publication day.
     */
    static Analysis analysis(RawArticle raw, String type, boolean denied, String... names) {
        Analysis base = SIMPLE.analyze(raw);
        String text = base.article().text();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            int at = Math.max(0, text.indexOf(names[i]));
            int end = Math.min(text.length(), at + names[i].length());
            entities.add(new Entity("e" + (i + 1), names[i], EntityType.COUNTRY, null, "country:" + names[i].toUpperCase(),
                    null, "GOV", names[i].substring(0, 3).toUpperCase() + "GOV", null, List.of(), null, null,
                    List.of(new Mention(at, end, text.substring(at, end), Mention.Kind.NAME))));
        }
        List<Event> events = new ArrayList<>();
        if (names.length >= 2 && type != null) {
            Factuality f = new Factuality(Factuality.Certainty.CERTAIN, denied ? Factuality.Polarity.NEG : Factuality.Polarity.POS,
                    Factuality.EventTime.PAST, denied ? -3 : 3);
            String day = base.article().published() == null ? null : base.article().published().toString();
            events.add(new Event("v1", type, null, "190", new TextSpan(0, 1, text.substring(0, 1)), List.of("e1"), List.of("e2"),
                    null, null, new EventDate(day, day == null ? EventDate.Basis.UNKNOWN : EventDate.Basis.PUBLICATION), f, null,
                    denied ? List.of(new Denial("e2", null)) : List.of(), 0.8, new Span(0, Math.min(20, text.length()))));
        }
        return new Analysis(base.schemaVersion(), base.article(), entities, List.of(), List.of(), events, null,
                base.diagnostics(), base.provenance());
    }

    /** The same happening as {@link #story}, written independently. */
    static String otherReport(String place, String other) {
        return other + " says " + place + " sent soldiers over the frontier.\n\n"
                + "Residents near Velgrad described hearing shelling from late evening while tanks and trucks moved"
                + " along the highway towards the depots. A spokesman for the " + place + " army confirmed a"
                + " limited operation against militias.\n\n"
                + "The government of " + other + " protested and summoned diplomats, saying the truce had been broken.";
    }

    static String story(String place, String other, int variant) {
        return "Troops from " + place + " crossed into " + other + " on Monday, officials said.\n\n"
                + "The " + place + " defence ministry said the operation near the border town of Velgrad"
                + " targeted depots used by armed groups. Witnesses reported artillery fire through the night"
                + " and columns of armoured vehicles on the main road. Variant " + variant + ".\n\n"
                + "Leaders in " + other + " condemned the incursion and recalled their ambassador from " + place
                + ", calling it a violation of the ceasefire agreed in the spring.";
    }
}
