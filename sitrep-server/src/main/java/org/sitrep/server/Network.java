package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.EventRow;

/**
 * An actor network from stored events: actors are nodes; each (actor, target, PLOVER type) is one
 * edge whose weight is the number of independent sources of its events (each event cluster counted once).
 */
final class Network {
    private Network() {
    }

    static ObjectNode of(List<EventRow> rows) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        Map<List<String>, Map<String, Integer>> edges = new LinkedHashMap<>();
        for (EventRow r : rows) {
            if (r.actor1Name() == null || r.actor2Name() == null) {
                continue;
            }
            nodes.merge(r.actor1Name(), 1, Integer::sum);
            nodes.merge(r.actor2Name(), 1, Integer::sum);
            String type = r.ploverType() == null ? "OTHER" : r.ploverType();
            String cluster = r.clusterId() == null ? r.globalEventId() : r.clusterId();
            edges.computeIfAbsent(List.of(r.actor1Name(), r.actor2Name(), type), k -> new LinkedHashMap<>())
                    .merge(cluster, Math.max(1, r.numSources()), Math::max);
        }
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        ArrayNode ns = o.putArray("nodes");
        nodes.forEach((name, n) -> ns.addObject().put("id", name).put("events", n));
        ArrayNode es = o.putArray("edges");
        edges.forEach((k, clusters) -> es.addObject().put("source", k.get(0)).put("target", k.get(1)).put("type", k.get(2))
                .put("events", clusters.size())
                .put("weight", clusters.values().stream().mapToInt(Integer::intValue).sum()));
        return o;
    }
}
