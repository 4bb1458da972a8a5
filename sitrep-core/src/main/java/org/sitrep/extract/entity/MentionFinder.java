package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.kb.KbEntry;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.kb.KnowledgeBase.Name;
import org.sitrep.kb.KnowledgeBase.NameKind;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.NerMention;
import org.sitrep.model.Token;

/**
 * Finds entity mentions: the annotator's CRF mentions combined with knowledge-base names found in
 * the token sequence. A knowledge-base name that covers several CRF mentions wins over them
 * (a split "Czech Republic"); names the CRF missed are added when they are unambiguous enough
 * (several tokens, an acronym in capitals, or a country, demonym or seat of government).
 * Capitals and seats of government become METONYM mentions of their country unless a locative word
 * precedes them. Stateless and thread-safe.
 */
final class MentionFinder {
    /** Bounded work on hostile input: at most this many mentions per article. */
    static final int MAX_MENTIONS = 20_000;

    private final KnowledgeBase kb;
    private final EntityLexicon lexicon;

    MentionFinder(KnowledgeBase kb, EntityLexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
    }

    List<Candidate> find(AnnotatedText annotated, Tokens tokens) {
        List<Candidate> ner = nerMentions(annotated, tokens);
        ner.sort(Comparator.comparingInt(Candidate::begin).thenComparingInt(Candidate::end));
        List<Candidate> gazetteer = gazetteerMatches(tokens);
        List<Candidate> out = new ArrayList<>();
        boolean[] dropNer = new boolean[ner.size()];
        for (Candidate g : gazetteer) {
            boolean accept = true;
            boolean anyOverlap = false;
            List<Integer> covered = new ArrayList<>();
            for (int i = firstEndingAfter(ner, g.begin()); i < ner.size() && ner.get(i).begin() < g.end(); i++) {
                Candidate n = ner.get(i);
                if (!n.overlaps(g)) {
                    continue;
                }
                anyOverlap = true;
                if (g.contains(n) && (n.begin() != g.begin() || n.end() != g.end())) {
                    covered.add(i); // a name the CRF split or cut short
                } else {
                    accept = false; // the same span (linked below, if the types agree) or a longer CRF name
                }
            }
            if (!anyOverlap && !standsAlone(g, tokens)) {
                accept = false;
            }
            if (accept) {
                covered.forEach(i -> dropNer[i] = true);
                out.add(anyOverlap ? new Candidate(g.begin(), g.end(), g.tokenBegin(), g.tokenEnd(), g.sentence(),
                        g.text(), g.type(), g.kind(), g.options(), true) : g);
            }
        }
        for (int i = 0; i < ner.size(); i++) {
            if (!dropNer[i]) {
                out.add(linkNer(ner.get(i), tokens));
            }
        }
        List<Candidate> resolved = new ArrayList<>(out.size());
        for (Candidate c : out) {
            resolved.add(metonymy(c, tokens));
        }
        resolved.sort(Comparator.comparingInt(Candidate::begin).thenComparingInt(Candidate::end));
        return resolved.size() > MAX_MENTIONS ? List.copyOf(resolved.subList(0, MAX_MENTIONS)) : resolved;
    }

    /** The index of the first mention (sorted by begin, not nested) that ends after {@code offset}. */
    private static int firstEndingAfter(List<Candidate> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether a knowledge-base name the CRF did not see counts on its own: several tokens, a country
     * (or demonym, or seat of government), or an acronym written in capitals outside an all-capitals
     * sentence ("WHO" in "THE MAN WHO…" is not the World Health Organization).
     */
    private static boolean standsAlone(Candidate g, Tokens tokens) {
        if (g.tokens() > 1 || g.type() == EntityType.COUNTRY) {
            return true;
        }
        Name n = g.options().get(0);
        return n.caseSensitive() && n.text().length() >= 2 && !tokens.allCapitalsSentence(g.tokenBegin());
    }

    private List<Candidate> nerMentions(AnnotatedText annotated, Tokens tokens) {
        List<Candidate> out = new ArrayList<>();
        for (NerMention m : annotated.mentions()) {
            EntityType type = nerType(m.type());
            if (type == null || out.size() >= MAX_MENTIONS || m.tokenBegin() >= tokens.size()
                    || tokens.get(m.tokenBegin()).ner().equals("O")) {
                continue; // not a name (CoreNLP also reports pronouns as mentions)
            }
            int tb = m.tokenBegin();
            int te = m.tokenEnd();
            while (tb < te - 1 && (lexicon.isHonorific(tokens.get(tb).text()) || !tokens.hasLetterOrDigit(tb))) {
                tb++;
            }
            while (te > tb + 1 && (tokens.isPossessive(te - 1) || !tokens.hasLetterOrDigit(te - 1))) {
                te--;
            }
            if (tb >= tokens.size() || te > tokens.size()) {
                continue;
            }
            int b = tokens.get(tb).begin();
            int e = tokens.get(te - 1).end();
            out.add(new Candidate(b, e, tb, te, m.sentence(), tokens.text().substring(b, e), type, Mention.Kind.NAME,
                    List.of(), true));
        }
        return out;
    }

    static EntityType nerType(String label) {
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "MISC", "NATIONALITY" -> EntityType.OTHER;
            default -> null;
        };
    }

    private List<Candidate> gazetteerMatches(Tokens tokens) {
        List<Candidate> out = new ArrayList<>();
        int max = kb.maxNameTokens();
        for (int i = 0; i < tokens.size() && out.size() < MAX_MENTIONS; i++) {
            if (!tokens.capitalised(i)) {
                continue;
            }
            int limit = Math.min(tokens.size(), Math.min(i + max, tokens.sentenceEnd(i)));
            for (int j = limit; j > i; j--) {
                if (!tokens.capitalised(j - 1) && !tokens.isDigits(j - 1)) {
                    continue;
                }
                String surface = tokens.text().substring(tokens.get(i).begin(), tokens.get(j - 1).end());
                List<Name> names = kb.lookup(surface);
                if (!names.isEmpty()) {
                    out.add(new Candidate(tokens.get(i).begin(), tokens.get(j - 1).end(), i, j, tokens.sentence(i),
                            surface, typeOf(names.get(0)), kindOf(names.get(0)), names, false));
                    i = j - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static EntityType typeOf(Name n) {
        return n.kind() == NameKind.NAME ? n.entry().type() : EntityType.COUNTRY;
    }

    private static Mention.Kind kindOf(Name n) {
        return switch (n.kind()) {
            case NAME -> Mention.Kind.NAME;
            case DEMONYM -> Mention.Kind.DEMONYM;
            case METONYM -> Mention.Kind.METONYM;
        };
    }

    /** Attaches knowledge-base options to a CRF mention when they agree with its type. */
    private Candidate linkNer(Candidate n, Tokens tokens) {
        List<Name> names = kb.lookup(n.text());
        List<Name> usable = new ArrayList<>();
        for (Name x : names) {
            if (compatible(n.type(), x)) {
                usable.add(x);
            }
        }
        if (usable.isEmpty() && n.text().indexOf('-') > 0 && n.text().chars().noneMatch(Character::isWhitespace)) {
            Candidate prefix = hyphenPrefix(n);
            if (prefix != null) {
                return prefix;
            }
        }
        if (usable.isEmpty() && n.type() == EntityType.OTHER && n.tokens() > 1 && tokens.titleCaseSentence(n.tokenBegin())
                && !tokens.allCapitalsSentence(n.tokenBegin())) {
            Candidate demonym = trailingDemonym(n, tokens);
            if (demonym != null) {
                return demonym;
            }
        }
        if (usable.isEmpty()) {
            EntityType t = n.type();
            if ((t == EntityType.LOCATION || t == EntityType.ORGANIZATION) && n.tokens() > 1
                    && lexicon.isFacilityHead(lastWord(n.text()))) {
                t = EntityType.FACILITY;
            }
            return n.with(t, Mention.Kind.NAME, List.of());
        }
        Name first = usable.get(0);
        return n.with(typeOf(first), kindOf(first), usable);
    }

    /**
     * In a title-case headline the CRF glues capitalised words to a demonym ("Visit Chinese" in "Merkel to
     * Visit Chinese Car Plant"): the demonym at the end of such a MISC mention is kept, the rest dropped.
     */
    private Candidate trailingDemonym(Candidate n, Tokens tokens) {
        for (int k = n.tokenBegin() + 1; k < n.tokenEnd(); k++) {
            if (lexicon.isRegion(tokens.get(k - 1).text())) {
                return null;
            }
            int b = tokens.get(k).begin();
            String tail = tokens.text().substring(b, n.end());
            for (Name x : kb.lookup(tail)) {
                if (x.kind() == NameKind.DEMONYM) {
                    return new Candidate(b, n.end(), k, n.tokenEnd(), n.sentence(), tail, EntityType.COUNTRY,
                            Mention.Kind.DEMONYM, List.of(x), true);
                }
            }
        }
        return null;
    }

    /** "Soviet-era", "US-led", "Russian-made": the country or demonym before the hyphen. */
    private Candidate hyphenPrefix(Candidate n) {
        String head = n.text().substring(0, n.text().indexOf('-'));
        for (Name x : kb.lookup(head)) {
            if (x.kind() == NameKind.DEMONYM || x.entry().type() == EntityType.COUNTRY) {
                int tokenEnd = n.tokens() > 1 ? n.tokenBegin() + 1 : n.tokenEnd(); // "Soviet" "-" "era" or one token
                return new Candidate(n.begin(), n.begin() + head.length(), n.tokenBegin(), tokenEnd, n.sentence(), head,
                        EntityType.COUNTRY, kindOf(x), List.of(x), true);
            }
        }
        return null;
    }

    private static boolean compatible(EntityType ner, Name n) {
        EntityType kbType = n.kind() == NameKind.NAME ? n.entry().type() : EntityType.COUNTRY;
        if (ner == EntityType.PERSON) {
            return kbType == EntityType.PERSON;
        }
        if (kbType == EntityType.PERSON) {
            return false;
        }
        if (ner == EntityType.ORGANIZATION) {
            return kbType != EntityType.LOCATION || n.kind() != NameKind.NAME; // a country acts as an organisation does
        }
        return true;
    }

    /**
     * A name that is both a place and a country's seat of government: after a locative word it is
     * the place, otherwise it stands for the country (METONYM).
     */
    private Candidate metonymy(Candidate c, Tokens tokens) {
        Name metonym = null;
        List<Name> places = new ArrayList<>();
        for (Name n : c.options()) {
            if (n.kind() == NameKind.METONYM && metonym == null) {
                metonym = n;
            } else if (n.kind() == NameKind.NAME) {
                places.add(n);
            }
        }
        if (metonym == null) {
            return c;
        }
        int prev = c.tokenBegin() - 1;
        if (prev > 0 && tokens.get(prev).text().equalsIgnoreCase("the")) {
            prev--;
        }
        boolean locative = prev >= 0 && tokens.sentence(prev) == c.sentence() && lexicon.isLocative(tokens.get(prev).text());
        if (prev > 0 && tokens.get(prev).text().equalsIgnoreCase("for")) {
            locative = lexicon.isLocative(tokens.get(prev - 1).text()); // "leaving for", not "support for"
        }
        if (locative && !places.isEmpty()) {
            return c.with(places.get(0).entry().type(), Mention.Kind.NAME, places);
        }
        return c.with(EntityType.COUNTRY, Mention.Kind.METONYM, List.of(metonym));
    }

    static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return i < 0 ? s : s.substring(i + 1);
    }

    /** The entries a candidate's options point to, in order. */
    static List<KbEntry> entries(Candidate c) {
        return c.options().stream().map(Name::entry).toList();
    }
}
