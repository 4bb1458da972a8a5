package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimexType;

/**
 * The pattern table ({@code patterns.tsv}) compiled to regular expressions over an encoding of
 * the tokens ({@code word¦CLASS¦CLASS¦ } per token), and the matcher that finds the longest
 * non-overlapping expressions in a token sequence. Immutable and thread-safe.
 */
final class TimePatterns {
    static final char SEP = '¦';

    /** One rule of the table. */
    record Rule(int line, TimexType type, Action action, String argument, String source, Pattern regex, long needs) {
        /** Whether a window whose tokens carry the classes in {@code present} can hold a match. */
        boolean possibleIn(long present) {
            return needs == 0 || (needs & present) != 0;
        }
    }

    /** A matched extent: tokens [from, to) of the sequence, and the rule that matched. */
    record Match(int from, int to, Rule rule) {
        int length() {
            return to - from;
        }
    }

    /** Token classes of which every rule holds at least one (checked when the table is loaded). */
    static final java.util.Set<String> TRIGGERS = java.util.Set.of("MONTH", "WEEKDAY", "WEEKDAYS", "UNIT", "DEICTIC",
            "PART", "PARTS", "SEASON", "REF", "REFWORD", "SETADV", "CLOCKWORD", "DECADE", "YEAR", "AMPM", "HALF", "CLOCK",
            "DATESHAPE", "YEARHI", "THOUSAND", "HOLIDAY");
    /** Tokens searched on either side of the triggers of a window (longer than any rule's run of non-triggers). */
    private static final int WINDOW_MARGIN = 6;
    private static final TimePatterns DEFAULT = load("patterns.tsv");
    private final List<Rule> rules;
    /** Each class a rule names, encoded as one private-use character (fast, backtracking-free matching). */
    private final Map<String, Character> classChars;

    private TimePatterns(List<Rule> rules, Map<String, Character> classChars) {
        this.rules = List.copyOf(rules);
        this.classChars = Map.copyOf(classChars);
    }

    static TimePatterns defaults() {
        return DEFAULT;
    }

    List<Rule> rules() {
        return rules;
    }

    static TimePatterns load(String resource) {
        Map<String, String> macros = new HashMap<>();
        Map<String, String> macroSources = new HashMap<>();
        Map<String, Character> chars = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (String line : TimeLexicon.Resources.lines(resource)) {
            n++;
            if (line.startsWith("@")) {
                int eq = line.indexOf(" = ");
                macros.put(line.substring(0, eq).trim(), compile(line.substring(eq + 3), macros, chars));
                macroSources.put(line.substring(0, eq).trim(), line.substring(eq + 3));
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(resource + ": rule " + n + " needs TYPE, ACTION and pattern: " + line);
            }
            String[] action = f[1].split(":", 2);
            String regex = "(?<![^ ])(?:" + compile(f[2], macros, chars) + ")";
            rules.add(new Rule(n, TimexType.valueOf(f[0]), Action.valueOf(action[0]),
                    action.length > 1 ? action[1] : null, f[2], Pattern.compile(regex), needs(f[2], macroSources, chars)));
        }
        return new TimePatterns(rules, chars);
    }

    /**
     * The classes a rule names outside negations (macros expanded), as a bit mask: a match holds at
     * least one of them unless the rule has a path of literals only, in which case the mask is 0
     * (always try). A rule naming no class at all also gets 0.
     */
    private static long needs(String pattern, Map<String, String> macroSources, Map<String, Character> chars) {
        String expanded = expand(pattern, macroSources);
        if (literalPath(expanded)) {
            return 0;
        }
        long mask = 0;
        for (String el : expanded.trim().split("\\s+")) {
            String body = el.replaceAll("[?*+]$", "");
            Character c = chars.get(body);
            if (!el.startsWith("!") && c != null && c - '\uE000' < 64) {
                mask |= 1L << (c - '\uE000');
            } else if (!el.startsWith("!") && c != null) {
                return 0;
            }
        }
        return mask;
    }

    private static String expand(String pattern, Map<String, String> macroSources) {
        StringBuilder sb = new StringBuilder();
        for (String el : pattern.trim().split("\\s+")) {
            String body = el.replaceAll("[?*+]$", "");
            String src = body.startsWith("@") ? macroSources.get(body) : null;
            if (src != null) {
                String suffix = el.substring(body.length());
                sb.append(" ( ").append(expand(src, macroSources)).append(" )").append(suffix).append(' ');
            } else {
                sb.append(el).append(' ');
            }
        }
        return sb.toString();
    }

    /** True when deleting every optional part and choosing alternatives freely can leave only literals. */
    private static boolean literalPath(String expanded) {
        String probe = " " + expanded + " ";
        // Drop negations, then reduce innermost groups: a group is class-free if one of its
        // alternatives is class-free or it is optional.
        probe = probe.replaceAll(" ![^ ]+", " ");
        probe = probe.replaceAll("(?<= )[^ ()|]+[?*](?= )", "");
        for (int guard = 0; guard < 100 && probe.contains("("); guard++) {
            java.util.regex.Matcher m = Pattern.compile("\\( ([^()]*) \\)([?*+]?)").matcher(probe);
            if (!m.find()) {
                break;
            }
            boolean free = !m.group(2).isEmpty() && !m.group(2).equals("+");
            for (String alt : m.group(1).split(" \\| ")) {
                free |= !hasClass(alt);
            }
            probe = probe.substring(0, m.start()) + (free ? "lit" : "CLS") + probe.substring(m.end());
        }
        for (String alt : probe.trim().split(" \\| ")) {
            if (!hasClass(alt)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClass(String seq) {
        for (String el : seq.trim().split("\\s+")) {
            if (el.replaceAll("[?*+]$", "").matches("[A-Z][A-Z0-9_]+")) {
                return true;
            }
        }
        return false;
    }

    /** Translates one pattern (space-separated elements) to a regular expression. */
    static String compile(String pattern, Map<String, String> macros, Map<String, Character> chars) {
        StringBuilder re = new StringBuilder();
        for (String el : pattern.trim().split("\\s+")) {
            switch (el) {
                case "(" -> re.append("(?:");
                case ")", ")?", ")*", ")+" -> re.append(el);
                case "|" -> re.append('|');
                case "{" -> re.append("(?<x>");
                case "}" -> re.append(')');
                default -> re.append(element(el, macros, chars));
            }
        }
        return re.toString();
    }

    private static String element(String el, Map<String, String> macros, Map<String, Character> chars) {
        boolean negated = el.length() > 1 && el.startsWith("!");
        String body = negated ? el.substring(1) : el;
        String suffix = "";
        if (body.length() > 1 && "?*+".indexOf(body.charAt(body.length() - 1)) >= 0) {
            suffix = body.substring(body.length() - 1);
            body = body.substring(0, body.length() - 1);
        }
        String re;
        if (body.startsWith("@")) {
            re = macros.get(body);
            if (re == null) {
                throw new IllegalStateException("unknown macro " + body);
            }
        } else if (body.equals("_")) {
            re = "[^ ]++ ";
        } else if (body.matches("[A-Z][A-Z0-9_]+")) {
            char c = chars.computeIfAbsent(body, k -> (char) ('\uE000' + chars.size()));
            re = "(?=[^ ]*" + c + ")[^ ]++ ";
        } else {
            StringBuilder alt = new StringBuilder();
            for (String w : body.split("\\|")) {
                alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(w));
            }
            re = "(?:" + alt + ")" + SEP + "[^ ]*+ ";
        }
        String wrapped = "(?:" + re + ")" + suffix;
        return negated ? "(?!" + wrapped + ")" : wrapped;
    }

    /** Encodes tokens for matching; {@code starts[i]} receives the offset of token i. */
    String encode(List<TimeToken> tokens, int[] starts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = sb.length();
            TimeToken t = tokens.get(i);
            sb.append(t.word().replace(' ', '_').replace(SEP, '_')).append(SEP);
            for (String c : t.classes().keySet()) {
                Character ch = classChars.get(c);
                if (ch != null) {
                    sb.append(ch.charValue());
                }
            }
            sb.append(' ');
        }
        return sb.toString();
    }

    /** The longest non-overlapping matches in the tokens, in text order. */
    List<Match> find(List<TimeToken> tokens) {
        List<Match> out = new ArrayList<>();
        int previousTo = 0;
        // Every rule holds a trigger token (a calendar word or a number), so only windows around
        // triggers are searched: most of a text never meets a regular expression.
        int i = 0;
        while (i < tokens.size()) {
            if (!isTrigger(tokens.get(i))) {
                i++;
                continue;
            }
            int last = i;
            for (int j = i + 1; j < tokens.size() && j <= last + 2 * WINDOW_MARGIN; j++) {
                if (isTrigger(tokens.get(j))) {
                    last = j;
                }
            }
            int from = Math.max(previousTo, i - WINDOW_MARGIN);
            int to = Math.min(tokens.size(), last + WINDOW_MARGIN + 1);
            previousTo = to;
            for (Match m : findIn(tokens.subList(from, to))) {
                out.add(new Match(m.from() + from, m.to() + from, m.rule()));
            }
            i = to;
        }
        return out;
    }

    /** Classes that every rule needs at least one of (TIME_TRIGGERS). */
    static boolean isTrigger(TimeToken t) {
        for (String c : t.classes().keySet()) {
            if (TRIGGERS.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private List<Match> findIn(List<TimeToken> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        int[] starts = new int[tokens.size()];
        String encoded = encode(tokens, starts);
        long present = 0;
        for (TimeToken t : tokens) {
            for (String c : t.classes().keySet()) {
                Character ch = classChars.get(c);
                if (ch != null && ch - '\uE000' < 64) {
                    present |= 1L << (ch - '\uE000');
                }
            }
        }
        List<Match> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.possibleIn(present)) {
                continue;
            }
            Matcher m = rule.regex().matcher(encoded);
            boolean extent = rule.source().contains("{");
            int from = 0;
            while (from < encoded.length() && m.find(from)) {
                int b = extent ? m.start("x") : m.start();
                int e = extent ? m.end("x") : m.end();
                if (e > b) {
                    candidates.add(new Match(tokenAt(starts, b), tokenAt(starts, e - 1) + 1, rule));
                }
                from = nextTokenStart(starts, m.start(), encoded.length());
            }
        }
        candidates.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : a.rule().line() != b.rule().line() ? Integer.compare(a.rule().line(), b.rule().line())
                : Integer.compare(a.from(), b.from()));
        boolean[] taken = new boolean[tokens.size()];
        List<Match> chosen = new ArrayList<>();
        for (Match c : candidates) {
            boolean free = true;
            for (int i = c.from(); i < c.to() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.from(); i < c.to(); i++) {
                    taken[i] = true;
                }
                chosen.add(c);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return chosen;
    }

    private static int tokenAt(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static int nextTokenStart(int[] starts, int offset, int length) {
        int i = tokenAt(starts, offset) + 1;
        return i < starts.length ? starts[i] : length;
    }
}
