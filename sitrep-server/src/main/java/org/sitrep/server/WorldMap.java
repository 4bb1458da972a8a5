package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.kb.KbEntry;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.model.EntityType;

/**
 * The country shapes of the map page: a GeoJSON FeatureCollection shipped on the class path
 * ({@code geo/world.json}, Natural Earth shapes from the echarts 4.1.0 WebJar, see NOTICE), each
 * shape tied to an ISO 3166-1 alpha-3 code through the knowledge base's country names and the
 * table {@code world-map-names.tsv}, and the shape an event place lies in.
 */
final class WorldMap {
    static final String RESOURCE = "geo/world.json";
    /** Knowledge-base coordinates of a place match the stored ones within this many degrees. */
    private static final double SAME_POINT = 1e-4;

    /** One named shape: its polygons (rings of lon/lat pairs; the first ring outer, the others holes) and bounds. */
    private record Shape(String name, List<double[][][]> polygons, double[] bounds) {
        boolean contains(double lon, double lat) {
            if (lon < bounds[0] || lon > bounds[2] || lat < bounds[1] || lat > bounds[3]) {
                return false;
            }
            for (double[][][] polygon : polygons) {
                boolean inside = false;
                for (double[][] ring : polygon) {
                    inside ^= crossings(ring, lon, lat);
                }
                if (inside) {
                    return true;
                }
            }
            return false;
        }

        /** Even-odd ray casting: whether a ray east of the point crosses the ring an odd number of times. */
        private static boolean crossings(double[][] ring, double x, double y) {
            boolean odd = false;
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                double xi = ring[i][0];
                double yi = ring[i][1];
                double xj = ring[j][0];
                double yj = ring[j][1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    odd = !odd;
                }
            }
            return odd;
        }
    }

    private final byte[] geojson;
    private final String etag;
    private final List<Shape> shapes;
    private final Map<String, String> shapeByCountry;
    private final KnowledgeBase kb;

    private WorldMap(byte[] geojson, Map<String, String> aliases, KnowledgeBase kb) {
        this.geojson = geojson;
        this.kb = kb;
        this.etag = "\"" + sha256(geojson).substring(0, 32) + "\"";
        List<Shape> all = new ArrayList<>();
        Map<String, String> byCountry = new LinkedHashMap<>();
        for (JsonNode f : Api.parse(new String(geojson, StandardCharsets.UTF_8)).path("features")) {
            String name = f.path("properties").path("name").asText("");
            if (name.isEmpty()) {
                continue;
            }
            String country = aliases.containsKey(name) ? aliases.get(name) : countryNamed(kb, name);
            all.add(shape(name, f.path("geometry")));
            if (country != null) {
                byCountry.putIfAbsent(country, name);
            }
        }
        this.shapes = List.copyOf(all);
        this.shapeByCountry = Map.copyOf(byCountry);
    }

    /** The shipped shapes and names, loaded on first use. */
    static WorldMap shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final WorldMap INSTANCE = new WorldMap(SitrepServer.resourceBytes(RESOURCE), aliases(), KnowledgeBase.shipped());
    }

    /** The GeoJSON document as shipped (served to the browser, which draws it); callers must not change it. */
    byte[] geojson() {
        return geojson;
    }

    /** A strong validator of the document, for HTTP caching. */
    String etag() {
        return etag;
    }

    /** How many named shapes there are. */
    int shapes() {
        return shapes.size();
    }

    /** How many shapes have a country code. */
    int shapesWithCountry() {
        return shapeByCountry.size();
    }

    /** The shape of a country (ISO 3166-1 alpha-3), if the map has one. */
    Optional<String> shapeOf(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : shapeByCountry.get(alpha3));
    }

    /**
     * The shape an event place belongs to: the country of the knowledge-base place of this name at
     * these coordinates (a city's country, or the country itself), else the shape containing the point.
     */
    Optional<String> shapeOfPlace(String name, double lat, double lon) {
        if (name != null) {
            for (KnowledgeBase.Name n : kb.lookup(name)) {
                KbEntry e = n.entry();
                if (n.kind() == KnowledgeBase.NameKind.NAME && e.lat() != null && e.lon() != null
                        && Math.abs(e.lat() - lat) < SAME_POINT && Math.abs(e.lon() - lon) < SAME_POINT) {
                    Optional<String> s = shapeOf(e.country());
                    if (s.isPresent()) {
                        return s;
                    }
                }
            }
        }
        return shapeAt(lat, lon);
    }

    /** The named shape containing a point, if any. */
    Optional<String> shapeAt(double lat, double lon) {
        for (Shape s : shapes) {
            if (s.contains(lon, lat)) {
                return Optional.of(s.name());
            }
        }
        return Optional.empty();
    }

    private static String countryNamed(KnowledgeBase kb, String name) {
        for (KnowledgeBase.Name n : kb.lookup(name)) {
            if (n.kind() == KnowledgeBase.NameKind.NAME && n.entry().type() == EntityType.COUNTRY) {
                return n.entry().country();
            }
        }
        return null;
    }

    private static Shape shape(String name, JsonNode geometry) {
        List<double[][][]> polygons = new ArrayList<>();
        JsonNode coords = geometry.path("coordinates");
        switch (geometry.path("type").asText()) {
            case "Polygon" -> polygons.add(polygon(coords));
            case "MultiPolygon" -> coords.forEach(p -> polygons.add(polygon(p)));
            default -> throw new IllegalStateException("unexpected geometry " + geometry.path("type") + " of " + name);
        }
        polygons.removeIf(p -> p.length == 0 || p[0].length == 0); // the data has an empty part (of China)
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[][][] p : polygons) {
            for (double[] pt : p[0]) {
                bounds[0] = Math.min(bounds[0], pt[0]);
                bounds[1] = Math.min(bounds[1], pt[1]);
                bounds[2] = Math.max(bounds[2], pt[0]);
                bounds[3] = Math.max(bounds[3], pt[1]);
            }
        }
        return new Shape(name, List.copyOf(polygons), bounds);
    }

    private static double[][][] polygon(JsonNode rings) {
        double[][][] out = new double[rings.size()][][];
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            out[r] = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                out[r][i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
            }
        }
        return out;
    }

    private static Map<String, String> aliases() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = WorldMap.class.getResourceAsStream("world-map-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource world-map-names.tsv");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .forEach(f -> out.put(f[0], f[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
