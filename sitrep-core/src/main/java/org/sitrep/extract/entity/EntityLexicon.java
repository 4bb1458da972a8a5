package org.sitrep.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class words of entity extraction (resource {@code lexicon.tsv}: roles with their
 * sector, military modifiers, organisation head nouns, facility head nouns, locative words,
 * honorifics). Immutable and thread-safe.
 */
final class EntityLexicon {
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> orgHeads = new HashMap<>();
    private final Set<String> military = new HashSet<>();
    private final Set<String> facilities = new HashSet<>();
    private final Set<String> locatives = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> roleModifiers = new HashSet<>();
    private final Set<String> regions = new HashSet<>();

    private static final EntityLexicon SHIPPED = load();

    static EntityLexicon shipped() {
        return SHIPPED;
    }

    private static EntityLexicon load() {
        EntityLexicon l = new EntityLexicon();
        try (InputStream in = EntityLexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource lexicon.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String word = f[1].toLowerCase(Locale.ROOT);
                String sector = f.length > 2 ? f[2] : null;
                switch (f[0]) {
                    case "role" -> l.roles.put(word, sector);
                    case "orghead" -> l.orgHeads.put(word, sector);
                    case "military" -> l.military.add(word);
                    case "facility" -> l.facilities.add(word);
                    case "locative" -> l.locatives.add(word);
                    case "honorific" -> l.honorifics.add(word);
                    case "rolemod" -> l.roleModifiers.add(word);
                    case "region" -> l.regions.add(word);
                    default -> throw new IllegalStateException("lexicon.tsv: unknown class " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return l;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    boolean isRole(String word) {
        return roles.containsKey(key(word));
    }

    /** The sector of a role word, or null. */
    String roleSector(String word) {
        return roles.get(key(word));
    }

    boolean isMilitary(String word) {
        return military.contains(key(word));
    }

    /** The sector of an organisation head noun, or null. */
    String orgHeadSector(String word) {
        return orgHeads.get(key(word));
    }

    boolean isFacilityHead(String word) {
        return facilities.contains(key(word));
    }

    boolean isLocative(String word) {
        return locatives.contains(key(word));
    }

    boolean isRoleModifier(String word) {
        return roleModifiers.contains(key(word));
    }

    /** A word that makes the demonym after it regional ("Latin" American). */
    boolean isRegion(String word) {
        return regions.contains(key(word));
    }

    boolean isHonorific(String word) {
        return honorifics.contains(key(word));
    }
}
