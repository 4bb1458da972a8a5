package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.link.CorpusLinker;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventIdentityIndex;
import org.sitrep.link.EventMention;
import scala.Tuple2;

/**
 * Cross-article event identity and corroboration as Spark stages, with the embedded linker's
 * decisions: each report's source (a copy reports what its original reported, from the same
 * source: a join on the original's reports) → reports grouped by identity key, each group run
 * through the embedded {@link EventIdentityIndex} in input order (groups are independent, so this
 * is parallel; the final corroboration of each event comes out of the same index) → events
 * numbered c1, c2, … in the order the embedded linker creates them (a sort on the creating
 * report's input position). The result is the events table's link columns ({@link Link}), one per event row.
 */
final class EventLinks {
    /**
     * What this stage gives one event row: its cross-article event, the source its report counts
     * for, and that event's corroboration.
     *
     * @param point the report's place in input order ({@link LinkFeatures#point})
     */
    record Link(long point, String globalEventId, String clusterId, String source, int sources, int articles,
                boolean contradicted) implements Serializable {
        /** The input position of the article the report is in. */
        long index() {
            return point >>> 24;
        }
    }

    private EventLinks() {
    }

    /** One article's report of an event; {@code root} is the original of the article's duplicate group, or null. */
    record Report(long point, String articleId, String eventId, String key, LocalDate day, boolean denied,
                  String source, String root) implements Serializable {
        Report from(String s) {
            return new Report(point, articleId, eventId, key, day, denied, s, root);
        }
    }

    /** A report with the cross-article event it belongs to (named by the report that created it). */
    record Linked(long point, long creator, String globalEventId, String source, int sources, int articles,
                  boolean contradicted) implements Serializable {
    }

    static JavaRDD<Link> rows(JavaRDD<LinkFeatures> features, Broadcast<Resolution> resolution, int partitions) {
        JavaRDD<Report> reports = features.flatMap(f -> {
            Resolution.Article a = resolution.value().kept(f.id(), f.index());
            List<Report> out = new ArrayList<>();
            if (a != null) {
                for (LinkFeatures.EventFeature e : f.events()) {
                    out.add(new Report(LinkFeatures.point(f.index(), e.position()), f.id(), e.eventId(), e.key(), e.day(),
                            e.denied(), e.wire() != null ? e.wire() : a.sourceKey(), a.duplicateOf()));
                }
            }
            return out.iterator();
        });
        if (resolution.value().hasCopies()) {
            reports = copiesReportAsTheirOriginal(reports, partitions);
        }
        JavaRDD<Linked> linked = reports.groupBy(r -> r.key().isEmpty() ? "\u0000" + r.point() : r.key(), partitions)
                .flatMap(group -> identify(group._2()).iterator());
        JavaPairRDD<Long, String> ids = linked.filter(l -> l.point() == l.creator()).map(Linked::creator)
                .sortBy(p -> p, true, partitions).zipWithIndex().mapToPair(t -> new Tuple2<>(t._1(), "c" + (t._2() + 1)));
        return linked.mapToPair(l -> new Tuple2<>(l.creator(), l)).join(ids, partitions).values().map(t -> {
            Linked l = t._1();
            return new Link(l.point(), l.globalEventId(), t._2(), l.source(), l.sources(), l.articles(), l.contradicted());
        });
    }

    /** The source under which each original first reported each event key replaces its copies' own. */
    private static JavaRDD<Report> copiesReportAsTheirOriginal(JavaRDD<Report> reports, int partitions) {
        JavaPairRDD<Tuple2<String, String>, Report> firstOfOriginal = reports.filter(r -> r.root() == null)
                .mapToPair(r -> new Tuple2<>(new Tuple2<>(r.articleId(), r.key()), r))
                .reduceByKey((a, b) -> a.point() <= b.point() ? a : b, partitions);
        JavaRDD<Report> copies = reports.filter(r -> r.root() != null)
                .mapToPair(r -> new Tuple2<>(new Tuple2<>(r.root(), r.key()), r)).leftOuterJoin(firstOfOriginal, partitions)
                .values().map(t -> t._2().isPresent() ? t._1().from(t._2().get().source()) : t._1());
        return reports.filter(r -> r.root() == null).union(copies);
    }

    /** Runs one identity key's reports through the embedded index, in input order. */
    static List<Linked> identify(Iterable<Report> group) {
        List<Report> reports = new ArrayList<>();
        group.forEach(reports::add);
        reports.sort(Comparator.comparingLong(Report::point));
        EventIdentityIndex index = new EventIdentityIndex(CorpusLinker.DEFAULT_EVENT_WINDOW_DAYS);
        Map<String, Long> creators = new HashMap<>();
        List<String> clusters = new ArrayList<>(reports.size());
        for (Report r : reports) {
            String c = index.add(new EventMention(r.articleId(), r.eventId(), r.key(), r.day(), r.source(), r.denied()));
            creators.putIfAbsent(c, r.point());
            clusters.add(c);
        }
        List<Linked> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            String c = clusters.get(i);
            EventCluster e = index.cluster(c);
            out.add(new Linked(r.point(), creators.get(c), r.articleId() + "#" + r.eventId(), r.source(),
                    e.independentSources(), e.articles(), e.contradicted()));
        }
        return out;
    }
}
