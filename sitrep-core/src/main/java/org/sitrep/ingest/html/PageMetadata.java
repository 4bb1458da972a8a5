package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article outside the body text: headline, authors, publisher,
 * canonical URL, language and publication date, each with the first source that states it.
 *
 * @param publishedSource where the date came from: "json-ld", "meta", "itemprop", "time", "dateline"
 */
record PageMetadata(String headline, List<String> authors, String publisher, String url, String language,
                    LocalDate published, String publishedSource, JsonLd.Article jsonLd) {
    private static final String[] DATE_META = {"article:published_time", "og:article:published_time",
        "article:published", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "original-publish-date",
        "og:pubdate", "article_date_original", "cxenseparse:recs:publishtime"};
    private static final String[] AUTHOR_META = {"author", "article:author", "byl", "parsely-author",
        "dc.creator", "sailthru.author", "twitter:creator"};
    private static final int MAX_DATED_ELEMENTS = 40;
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•]\\s+");

    static PageMetadata read(Document doc) {
        JsonLd.Article ld = JsonLd.article(doc);
        Map<String, String> meta = metas(doc);
        String publisher = firstNonBlank(meta.get("og:site_name"), ld == null ? null : ld.publisher(),
                meta.get("application-name"));
        String headline = headline(doc, meta, ld, publisher);
        String url = firstNonBlank(absolute(doc.selectFirst("link[rel~=(?i)^canonical$]"), "href"),
                httpOnly(meta.get("og:url")), ld == null ? null : ld.url());
        String language = language(firstNonBlank(doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"), meta.get("http-equiv:content-language"),
                meta.get("language"), meta.get("dc.language"), ld == null ? null : ld.language(),
                meta.get("og:locale")));
        LocalDate published = null;
        String source = null;
        if (ld != null && Dates.parse(ld.datePublished()) != null) {
            published = Dates.parse(ld.datePublished());
            source = "json-ld";
        }
        for (int i = 0; published == null && i < DATE_META.length; i++) {
            published = Dates.parse(meta.get(DATE_META[i]));
            source = "meta";
        }
        if (published == null) {
            for (Element e : doc.select("[itemprop=datePublished]")) {
                published = Dates.parse(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
                if (published != null) {
                    source = "itemprop";
                    break;
                }
            }
        }
        if (published == null) {
            published = timeElement(doc);
            source = "time";
        }
        if (published == null) {
            published = datedElement(doc);
            source = "dateline";
        }
        if (published == null) {
            source = null;
        }
        return new PageMetadata(headline, authors(doc, meta, ld), publisher, url, language, published, source, ld);
    }

    /** The same metadata with a publication date found in the visible text, when none was stated. */
    PageMetadata withDateline(LocalDate date) {
        return published != null || date == null ? this
                : new PageMetadata(headline, authors, publisher, url, language, date, "dateline", jsonLd);
    }

    private static String headline(Document doc, Map<String, String> meta, JsonLd.Article ld, String publisher) {
        String h = ld == null ? null : ld.headline();
        if (h == null) {
            h = firstNonBlank(meta.get("og:title"), meta.get("twitter:title"));
        }
        if (h == null) {
            // An h1 is the headline when the page title agrees with it; a lone h1 may be the site's name.
            Element first = doc.selectFirst("article h1, main h1, h1");
            String h1 = first == null ? null : blankToNull(first.text());
            String title = blankToNull(doc.title());
            String t = title == null ? null : stripSiteName(title, publisher);
            h = h1 != null && (t == null || sharedWords(h1, t) >= 0.5 || sharedWords(t, h1) >= 0.5) ? h1
                    : title != null ? title : h1;
        }
        return h == null ? null : stripSiteName(org.jsoup.parser.Parser.unescapeEntities(h, false).strip(), publisher);
    }

    /** "Headline | Site" → "Headline" when the part after the last separator names the site or is short. */
    static String stripSiteName(String title, String publisher) {
        var m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        boolean names = publisher != null && (tail.equalsIgnoreCase(publisher)
                || norm(tail).contains(norm(publisher)) || norm(publisher).contains(norm(tail)));
        boolean shortTail = tail.split("\\s+").length <= 3 && title.substring(0, lastStart).split("\\s+").length >= 4;
        return names || shortTail ? title.substring(0, lastStart).strip() : title;
    }

    /** Share of the words of {@code a} that also occur in {@code b}. */
    static double sharedWords(String a, String b) {
        Set<String> inB = new java.util.HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        String[] words = a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        int hit = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                hit += inB.contains(w) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) hit / n;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<String> authors(Document doc, Map<String, String> meta, JsonLd.Article ld) {
        if (ld != null && !ld.authors().isEmpty()) {
            return ld.authors();
        }
        for (String name : AUTHOR_META) {
            String v = meta.get(name);
            if (v != null && !v.startsWith("http") && !v.startsWith("@")) {
                return split(v);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Element e : doc.select("[rel=author], [itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String t = name != null ? name.text() : e.text();
            if (t.length() > 150) {
                continue;
            }
            out.addAll(split(t));
            if (out.size() >= 5) {
                break;
            }
        }
        if (out.isEmpty()) {
            // The first visible byline of the page (later ones belong to teasers and comments).
            Element byline = doc.selectFirst("[class~=(?i)byline|author-?name|author__name]");
            if (byline != null && byline.text().length() <= 150) {
                out.addAll(split(byline.text()));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> split(String byline) {
        List<String> out = new ArrayList<>();
        String b = BY.matcher(byline.strip()).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(b)) {
            String p = BY.matcher(part.strip()).replaceFirst("");
            // Dates, times and job descriptions ride along in bylines; names have no digits and few words.
            p = WEEKDAY.matcher(p).replaceAll("").strip();
            if (!p.isEmpty() && !p.equalsIgnoreCase("by") && p.length() <= 60 && !p.matches(".*\\d.*")
                    && p.split("\\s+").length <= 5) {
                out.add(p);
            }
        }
        return out;
    }

    private static LocalDate timeElement(Document doc) {
        Element t = doc.selectFirst("time[pubdate][datetime]");
        if (t == null) {
            t = doc.selectFirst("article time[datetime], header time[datetime], main time[datetime], time[datetime]");
        }
        return t == null ? null : Dates.parse(t.attr("datetime"));
    }

    /**
     * A date in an element whose class or id names a publication date or byline ("pub-date",
     * "published", "byline"…): its datetime/content/value attribute, else its short visible text.
     * Elements naming a modification or update are skipped.
     */
    private static LocalDate datedElement(Document doc) {
        int seen = 0;
        for (Element e : doc.select("[class~=(?i)date|publish|posted|byline|timestamp], [id~=(?i)date|publish|timestamp]")) {
            String ci = Boilerplate.classAndId(e);
            if (ci.contains("modif") || ci.contains("updat") || ++seen > MAX_DATED_ELEMENTS) {
                if (seen > MAX_DATED_ELEMENTS) {
                    break;
                }
                continue;
            }
            for (String attr : new String[] {"datetime", "content", "value"}) {
                LocalDate d = Dates.parse(e.attr(attr));
                if (d != null) {
                    return d;
                }
            }
            String text = e.text();
            if (text.length() <= 200) {
                LocalDate d = Dates.parse(text);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String language(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        l = dash > 0 ? l.substring(0, dash) : l;
        return l.matches("[a-z]{2,3}") ? l : null;
    }

    /** Non-blank {@code <meta>} contents by lower-cased name, property, itemprop or http-equiv (first wins). */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String c = blankToNull(m.attr("content"));
            if (c == null) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(key);
                if (!k.isEmpty()) {
                    out.putIfAbsent((key.equals("http-equiv") ? "http-equiv:" : "") + k.toLowerCase(Locale.ROOT), c);
                }
            }
        }
        return out;
    }

    private static String absolute(Element e, String attr) {
        return e == null ? null : httpOnly(e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr));
    }

    private static String httpOnly(String u) {
        return u != null && (u.startsWith("http://") || u.startsWith("https://")) ? u.strip() : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
