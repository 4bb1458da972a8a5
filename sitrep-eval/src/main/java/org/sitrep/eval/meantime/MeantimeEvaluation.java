package org.sitrep.eval.meantime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.Sitrep;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.extract.factuality.FactualityAssessor;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Event mentions and factuality on MEANTIME (CAT XML): each document's tokens are joined (one
 * sentence a paragraph) and analysed; an event matches a gold mention when its trigger overlaps one
 * of the mention's tokens. Reports event-mention precision/recall/F1 (MEANTIME annotates every
 * event, not only the political ones Sitrep codes, so recall is bounded), certainty, polarity and
 * time accuracy on the matched events, and the same accuracies of the factuality component alone
 * on every gold mention.
 */
public final class MeantimeEvaluation {
    private MeantimeEvaluation() {
    }

    /** One gold event mention: its character span in the joined text and its attributes. */
    record GoldMention(Span span, List<Integer> starts, String certainty, String polarity, String time) {
    }

    /** The figures. */
    public record Result(int documents, int gold, int predicted, int matchedGold, int matchedPredicted,
                         double precision, double recall, double f1, Accuracy onMatched, Accuracy onAllGold) {
    }

    /** Factuality accuracies over some events. */
    public record Accuracy(int events, double certainty, double polarity, double time) {
    }

    private static final class Tally {
        int n;
        int certainty;
        int polarity;
        int time;

        void add(Factuality f, GoldMention g) {
            n++;
            certainty += f.certainty().name().equals(g.certainty()) ? 1 : 0;
            polarity += f.polarity().name().equals(g.polarity()) ? 1 : 0;
            String t = f.time() == Factuality.EventTime.FUTURE ? "FUTURE" : "NON_FUTURE";
            time += t.equals(g.time()) ? 1 : 0;
        }

        Accuracy accuracy() {
            return new Accuracy(n, ratio(certainty, n), ratio(polarity, n), ratio(time, n));
        }
    }

    public static Result run(Path folder, Sitrep sitrep, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        if (limit > 0 && files.size() > limit) {
            files = files.subList(0, limit);
        }
        FactualityAssessor assessor = FactualityAssessor.shipped();
        Ingest ingest = new Ingest();
        int gold = 0;
        int predicted = 0;
        int matchedGold = 0;
        int matchedPredicted = 0;
        Tally matched = new Tally();
        Tally all = new Tally();
        for (Path f : files) {
            StringBuilder text = new StringBuilder();
            List<GoldMention> mentions = read(f, text);
            CleanArticle clean = sitrep.clean(ingest.fromBytes(f.getFileName().toString(),
                    text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), ContentFormat.TEXT), null);
            if (!clean.text().equals(text.toString())) {
                continue;
            }
            AnnotatedText annotated = sitrep.pipeline().annotator().annotate(clean);
            ExtractionContext context = sitrep.pipeline().extract(annotated);
            gold += mentions.size();
            predicted += context.events().size();
            boolean[] goldHit = new boolean[mentions.size()];
            for (Event e : context.events()) {
                boolean hit = false;
                for (int k = 0; k < mentions.size(); k++) {
                    if (mentions.get(k).span().overlaps(e.trigger().span()) && overlapsToken(mentions.get(k), e)) {
                        if (!goldHit[k]) {
                            matched.add(e.factuality(), mentions.get(k));
                        }
                        goldHit[k] = true;
                        hit = true;
                    }
                }
                matchedPredicted += hit ? 1 : 0;
            }
            for (boolean b : goldHit) {
                matchedGold += b ? 1 : 0;
            }
            assessAll(annotated, mentions, assessor, all);
        }
        double p = ratio(matchedPredicted, predicted);
        double r = ratio(matchedGold, gold);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Result(files.size(), gold, predicted, matchedGold, matchedPredicted, p, r, f1, matched.accuracy(),
                all.accuracy());
    }

    private static boolean overlapsToken(GoldMention g, Event e) {
        return g.starts().stream().anyMatch(s -> s >= e.trigger().begin() && s < e.trigger().end())
                || g.span().contains(e.trigger().span());
    }

    private static void assessAll(AnnotatedText annotated, List<GoldMention> mentions, FactualityAssessor assessor,
                                  Tally all) {
        Map<Integer, int[]> tokenAt = new HashMap<>();
        List<DependencyView> views = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            views.add(s.parsed() ? DependencyView.of(s) : null);
            for (int i = 0; i < s.tokens().size(); i++) {
                tokenAt.put(s.tokens().get(i).begin(), new int[] {s.index(), i});
            }
        }
        for (GoldMention g : mentions) {
            int[] at = tokenAt.get(g.starts().get(g.starts().size() - 1));
            if (at == null || views.get(at[0]) == null) {
                continue;
            }
            all.add(assessor.assess(views.get(at[0]), at[1]), g);
        }
    }

    /** Reads tokens (joined by spaces, sentences by blank lines) and event mentions of one document. */
    static List<GoldMention> read(Path file, StringBuilder text) throws IOException {
        Document doc = parse(file);
        NodeList tokens = doc.getElementsByTagName("token");
        Map<String, int[]> spans = new HashMap<>();
        String sentence = null;
        for (int k = 0; k < tokens.getLength(); k++) {
            Element t = (Element) tokens.item(k);
            String s = t.getAttribute("sentence");
            if (sentence != null && !s.equals(sentence)) {
                text.append("\n\n");
            } else if (sentence != null) {
                text.append(' ');
            }
            sentence = s;
            int b = text.length();
            text.append(t.getTextContent().strip());
            spans.put(t.getAttribute("t_id"), new int[] {b, text.length()});
        }
        List<GoldMention> out = new ArrayList<>();
        NodeList events = doc.getElementsByTagName("EVENT_MENTION");
        for (int k = 0; k < events.getLength(); k++) {
            Element e = (Element) events.item(k);
            NodeList anchors = e.getElementsByTagName("token_anchor");
            int b = Integer.MAX_VALUE;
            int en = -1;
            List<Integer> starts = new ArrayList<>();
            for (int a = 0; a < anchors.getLength(); a++) {
                int[] sp = spans.get(((Element) anchors.item(a)).getAttribute("t_id"));
                if (sp != null) {
                    b = Math.min(b, sp[0]);
                    en = Math.max(en, sp[1]);
                    starts.add(sp[0]);
                }
            }
            if (en >= 0) {
                out.add(new GoldMention(new Span(b, en), starts, e.getAttribute("certainty"), e.getAttribute("polarity"),
                        e.getAttribute("time")));
            }
        }
        return out;
    }

    private static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
