package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.kb.KnowledgeBase.Name;
import org.sitrep.model.Span;

/**
 * Finds the titles and appositions that give a person's role: "German Chancellor Angela Merkel"
 * (a title: capitalised words, role modifiers and possessives ending in a role word, right before
 * the name) and "John Smith, the company's chief executive," (an apposition ending in a role word).
 * A kinship or other non-role apposition ("X, the father of …") gives no role and never links two
 * people. Stateless and thread-safe.
 */
final class RoleFinder {
    /** A role found for a person mention, with the country and sector it implies (null when none). */
    record Role(Span span, String text, String country, String sector) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_ROLE_TOKENS = 8;

    private final KnowledgeBase kb;
    private final EntityLexicon lexicon;

    RoleFinder(KnowledgeBase kb, EntityLexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
    }

    /** The roles of a person mention (a title before it, an apposition after it). */
    List<Role> roles(Candidate person, Tokens tokens, boolean[] personToken) {
        List<Role> out = new ArrayList<>(2);
        Role title = title(person, tokens, personToken);
        if (title != null) {
            out.add(title);
        }
        Role apposition = apposition(person, tokens, personToken);
        if (apposition != null) {
            out.add(apposition);
        }
        return out;
    }

    private Role title(Candidate person, Tokens tokens, boolean[] personToken) {
        int end = person.tokenBegin();
        int first = tokens.sentenceBegin(Math.min(end, tokens.size() - 1));
        int k = end - 1;
        while (k >= first && end - k <= MAX_ROLE_TOKENS && titleToken(tokens, k, personToken)) {
            k--;
        }
        return role(tokens, k + 1, end);
    }

    private Role apposition(Candidate person, Tokens tokens, boolean[] personToken) {
        int i = person.tokenEnd();
        if (i >= tokens.size() || !tokens.get(i).text().equals(",") || tokens.sentence(i) != person.sentence()) {
            return null;
        }
        i++;
        if (i < tokens.size() && DETERMINERS.contains(tokens.lower(i))) {
            i++;
        }
        int start = i;
        int limit = Math.min(tokens.sentenceEnd(Math.min(start, tokens.size() - 1)), start + MAX_ROLE_TOKENS);
        while (i < limit && titleToken(tokens, i, personToken)) {
            i++;
        }
        if (i < tokens.size() && i < tokens.sentenceEnd(start) && !isBoundary(tokens.get(i).text())) {
            return null;
        }
        return role(tokens, start, i);
    }

    private static boolean isBoundary(String t) {
        return t.equals(",") || t.equals(".") || t.equals(";") || t.equals("who") || t.equals("said");
    }

    private boolean titleToken(Tokens tokens, int k, boolean[] personToken) {
        if (personToken[k]) {
            return false;
        }
        String t = tokens.get(k).text();
        if (DETERMINERS.contains(t.toLowerCase(Locale.ROOT)) || lexicon.isLocative(t)) {
            return false;
        }
        if (tokens.isPossessive(k)) {
            return k > 0 && tokens.capitalised(k - 1);
        }
        if (tokens.capitalised(k)) {
            return Character.isLetter(t.charAt(0));
        }
        return lexicon.isRole(t) || lexicon.isRoleModifier(t) || lexicon.isMilitary(t);
    }

    private Role role(Tokens tokens, int begin, int end) {
        while (begin < end && (tokens.isPossessive(begin) || !tokens.capitalised(begin) && !lexicon.isRole(tokens.get(begin).text())
                && !lexicon.isRoleModifier(tokens.get(begin).text()))) {
            begin++;
        }
        if (begin >= end || !lexicon.isRole(tokens.get(end - 1).text())) {
            return null;
        }
        Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
        String sector = lexicon.roleSector(tokens.get(end - 1).text());
        for (int k = begin; k < end; k++) {
            if (lexicon.isMilitary(tokens.get(k).text())) {
                sector = "MIL";
            }
        }
        return new Role(span, span.of(tokens.text()), country(tokens, begin, end), sector);
    }

    /** The country a role names (a demonym, country name or seat of government inside it). */
    private String country(Tokens tokens, int begin, int end) {
        for (int i = begin; i < end; i++) {
            for (int j = Math.min(end, i + 4); j > i; j--) {
                String surface = tokens.text().substring(tokens.get(i).begin(), tokens.get(j - 1).end());
                for (Name n : kb.lookup(surface)) {
                    if (n.kind() != KnowledgeBase.NameKind.NAME || n.entry().type() == org.sitrep.model.EntityType.COUNTRY) {
                        return n.entry().country();
                    }
                }
            }
        }
        return null;
    }
}
