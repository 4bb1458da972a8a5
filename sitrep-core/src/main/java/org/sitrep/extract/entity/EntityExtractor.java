package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.Capability;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.kb.KbEntry;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.kb.KnowledgeBase.Name;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * Entities of an article: mentions from the CRF combined with the knowledge base
 * ({@link MentionFinder}), clustered into one entity per real thing ({@link IdentityResolver}),
 * with roles from titles and appositions ({@link RoleFinder}), nominal mentions that repeat a
 * person's distinctive role ("the Iranian president"), subject pronouns whose antecedent is clear
 * ({@link PronounResolver}), and links to the knowledge base (kbId,
 * country, sector, CAMEO-style actor code, source kind, coordinates). Entity ids e1, e2, … follow
 * the order of first mention. Stateless and thread-safe: the knowledge base is shared read-only.
 */
public final class EntityExtractor implements Extractor {
    private static final int MAX_NOMINAL_ROLES = 50;

    private final KnowledgeBase kb;
    private final EntityLexicon lexicon = EntityLexicon.shipped();
    private final MentionFinder finder;
    private final RoleFinder roleFinder;
    private final IdentityResolver resolver;

    public EntityExtractor() {
        this(KnowledgeBase.shipped());
    }

    public EntityExtractor(ExtractionConfig config) {
        this(KnowledgeBase.load(config.knowledgeBaseFiles()));
    }

    public EntityExtractor(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.finder = new MentionFinder(kb, lexicon);
        this.roleFinder = new RoleFinder(kb, lexicon);
        this.resolver = new IdentityResolver(kb.entries());
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.POS, Capability.NER);
    }

    @Override
    public Set<Capability> produces() {
        return EnumSet.of(Capability.ENTITIES);
    }

    @Override
    public void extract(ExtractionContext context) {
        Tokens tokens = new Tokens(context.annotated());
        List<Candidate> candidates = finder.find(context.annotated(), tokens);
        if (candidates.size() >= MentionFinder.MAX_MENTIONS) {
            context.report(Diagnostic.warning(name(), "more than " + MentionFinder.MAX_MENTIONS
                    + " entity mentions; the rest were ignored"));
        }
        List<Cluster> clusters = resolver.resolve(candidates);
        attachRoles(clusters, tokens);
        PronounResolver.resolve(clusters, tokens);
        Map<Candidate, Cluster> clusterOf = new IdentityHashMap<>();
        for (Cluster cl : clusters) {
            cl.mentions.forEach(m -> clusterOf.put(m, cl));
        }
        Map<Integer, Candidate> countryEndingAt = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.COUNTRY) {
                countryEndingAt.putIfAbsent(c.tokenEnd(), c);
            }
        }
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (Cluster cl : clusters) {
            entities.add(build(cl, countryEndingAt, clusterOf, tokens));
        }
        entities = NominalMentions.add(entities, context.text(), MAX_NOMINAL_ROLES);
        context.setEntities(renumber(entities));
    }

    private void attachRoles(List<Cluster> clusters, Tokens tokens) {
        boolean[] personToken = new boolean[tokens.size()];
        for (Cluster cl : clusters) {
            for (Candidate c : cl.mentions) {
                if (c.type() == EntityType.PERSON) {
                    for (int k = c.tokenBegin(); k < c.tokenEnd() && k < personToken.length; k++) {
                        personToken[k] = true;
                    }
                }
            }
        }
        for (Cluster cl : clusters) {
            if (type(cl) != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : cl.mentions) {
                if (c.kind() == Mention.Kind.NAME) {
                    cl.roles.addAll(roleFinder.roles(c, tokens, personToken));
                }
            }
        }
    }

    private static EntityType type(Cluster cl) {
        if (cl.entry != null) {
            return cl.entry.type();
        }
        for (Candidate c : cl.mentions) {
            if (c.type() == EntityType.PERSON) {
                return EntityType.PERSON;
            }
        }
        return cl.first().type();
    }

    private Entity build(Cluster cl, Map<Integer, Candidate> countryEndingAt, Map<Candidate, Cluster> clusterOf, Tokens tokens) {
        KbEntry e = cl.entry;
        EntityType type = type(cl);
        String name = e != null ? e.name() : cl.fullestName();
        LinkedHashSet<String> roles = new LinkedHashSet<>();
        String roleCountry = null;
        String roleSector = null;
        for (RoleFinder.Role r : cl.roles) {
            roles.add(r.text());
            roleCountry = roleCountry != null ? roleCountry : r.country();
            roleSector = roleSector != null ? roleSector : r.sector();
        }
        String country = e != null && e.country() != null ? e.country() : null;
        String sector = e != null ? e.sector() : null;
        if (type == EntityType.PERSON) {
            country = country != null ? country : roleCountry;
            sector = roleSector != null ? roleSector : sector;
        } else if (type == EntityType.ORGANIZATION && e == null) {
            country = organisationCountry(cl, countryEndingAt, clusterOf, tokens);
            sector = organisationSector(name);
        }
        Double lat = null;
        Double lon = null;
        if (e != null && type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
            lat = e.lat();
            lon = e.lon();
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : cl.mentions) {
            Mention m = new Mention(c.begin(), c.end(), c.text(), c.kind());
            if (mentions.isEmpty() || !mentions.get(mentions.size() - 1).equals(m)) {
                mentions.add(m);
            }
        }
        return new Entity("e", name, type, country, e != null ? e.id() : null, e != null ? e.wikidata() : null,
                sector, actorCode(type, country, sector), e != null ? e.sourceKind() : null, List.copyOf(roles),
                lat, lon, mentions);
    }

    static String actorCode(EntityType type, String country, String sector) {
        if (type == EntityType.COUNTRY) {
            return country;
        }
        if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
            return null;
        }
        if (country != null) {
            return sector != null && !sector.equals("IGO") && !sector.equals("NGO") ? country + sector : country;
        }
        return sector != null && (sector.equals("IGO") || sector.equals("NGO")) ? sector : null;
    }

    /**
     * The country of an organisation the knowledge base does not know: a country or demonym at the
     * start of its name ("US Federal Trade Commission"), or right before it ("Japan's Foreign
     * Ministry", "French Interior Ministry").
     */
    private String organisationCountry(Cluster cl, Map<Integer, Candidate> countryEndingAt, Map<Candidate, Cluster> clusterOf,
                                       Tokens tokens) {
        for (Candidate c : cl.mentions) {
            for (int j = Math.min(c.tokenEnd() - 1, c.tokenBegin() + 3); j > c.tokenBegin(); j--) {
                String prefix = tokens.text().substring(c.begin(), tokens.get(j - 1).end());
                for (Name n : kb.lookup(prefix)) {
                    if (n.kind() != KnowledgeBase.NameKind.NAME || n.entry().type() == EntityType.COUNTRY) {
                        return n.entry().country();
                    }
                }
            }
            int before = c.tokenBegin();
            if (before > 0 && tokens.isPossessive(before - 1)) {
                before--;
            }
            Candidate p = countryEndingAt.get(before);
            if (p != null && p.sentence() == c.sentence()) {
                Cluster pc = clusterOf.get(p);
                if (pc != null && pc.entry != null) {
                    return pc.entry.country();
                }
            }
        }
        return null;
    }

    private String organisationSector(String name) {
        String[] words = name.split("\\s+");
        for (String w : words) {
            if (lexicon.isMilitary(w)) {
                return "MIL";
            }
        }
        String last = lexicon.orgHeadSector(words[words.length - 1]);
        return last != null ? last : lexicon.orgHeadSector(words[0].toLowerCase(Locale.ROOT));
    }

    private static List<Entity> renumber(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(java.util.Comparator.comparingInt((Entity x) -> x.mentions().get(0).begin())
                .thenComparing(Entity::name));
        List<Entity> out = new ArrayList<>(sorted.size());
        int n = 1;
        for (Entity x : sorted) {
            out.add(new Entity("e" + n++, x.name(), x.type(), x.country(), x.kbId(), x.wikidata(), x.sector(),
                    x.actorCode(), x.sourceKind(), x.roles(), x.lat(), x.lon(), x.mentions()));
        }
        return out;
    }
}
