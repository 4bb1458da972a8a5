package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Tree edits in linear time. jsoup re-indexes all later siblings on every single removal or
 * insertion, which is quadratic on a hostile page with 100k siblings; these helpers rebuild each
 * affected parent's child list once instead.
 */
final class Dom {
    private static final int REBUILD_ABOVE = 8;

    private Dom() {
    }

    /** Removes the nodes (each with its subtree). */
    static void removeAll(Collection<? extends Node> nodes) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Node n : nodes) {
            Node parent = n.parentNode();
            if (parent instanceof Element) {
                byParent.computeIfAbsent((Element) parent, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(n);
            }
        }
        for (Map.Entry<Element, Set<Node>> e : byParent.entrySet()) {
            Set<Node> gone = e.getValue();
            if (gone.size() <= REBUILD_ABOVE) {
                gone.forEach(Node::remove);
                continue;
            }
            List<Node> kept = new ArrayList<>(e.getKey().childNodeSize());
            for (Node child : e.getKey().childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            replaceChildren(e.getKey(), kept);
        }
    }

    /** Makes {@code children} (nodes of the tree, in order) the parent's only children. */
    static void replaceChildren(Element parent, List<Node> children) {
        parent.empty();
        for (Node c : children) {
            if (c.parent() != null) {
                c.remove();
            }
        }
        parent.appendChildren(children);
    }
}
