package org.sitrep.eval.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.clean.DateWords;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Turns MEANTIME's CAT XML files ({@code intra-doc_annotation/CORPUS/DOC.xml}: tokens with
 * sentence numbers; sentence 0 the headline, sentence 1 the date line) into the bundled sample:
 * {@code OUT/CORPUS/DOC.txt} (headline, blank line, one paragraph per sentence, a sentence that
 * continues an open quotation joining the one before; detokenised spacing) and
 * {@code OUT/CORPUS/DOC.meta.json} (published from the date line, url, publisher Wikinews,
 * language en). Deterministic. XML doctypes are refused.
 */
public final class MeantimeSample {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''",
            "”", "’", "'", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "...", "/");
    /** What follows the apostrophe of a contraction split as "we'" + "re". */
    private static final Set<String> CONTRACTION_TAILS = Set.of("re", "m", "s", "ve", "ll", "d");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "£", "€", "¥", "#", "``", "“", "`", "/");

    private MeantimeSample() {
    }

    /** Converts every {@code DATA/CORPUS/*.xml}; returns the number of articles written. */
    public static int convert(Path data, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(data, 2)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilder parser = parser();
        int n = 0;
        for (Path f : files) {
            Document doc;
            try {
                doc = parser.parse(f.toFile());
            } catch (SAXException e) {
                throw new IOException(f + ": not readable CAT XML: " + e.getMessage(), e);
            }
            Path dir = out.resolve(f.getParent().getFileName().toString());
            Files.createDirectories(dir);
            write(doc.getDocumentElement(), dir);
            n++;
        }
        return n;
    }

    private static void write(Element root, Path dir) throws IOException {
        TreeMap<Integer, List<String>> sentences = new TreeMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            sentences.computeIfAbsent(Integer.parseInt(t.getAttribute("sentence")), k -> new ArrayList<>())
                    .add(t.getTextContent());
        }
        String name = root.getAttribute("doc_name");
        String headline = detokenize(sentences.getOrDefault(0, List.of()));
        String dateLine = detokenize(sentences.getOrDefault(1, List.of()));
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        boolean quoteOpen = false;
        boolean first = true;
        for (var e : sentences.tailMap(2).entrySet()) {
            String s = detokenize(e.getValue());
            if (!first) {
                text.append(quoteOpen ? " " : "\n\n");
            }
            text.append(s);
            first = false;
            quoteOpen ^= (countQuotes(e.getValue()) % 2 == 1);
        }
        text.append('\n');
        Files.writeString(dir.resolve(name + ".txt"), text.toString(), StandardCharsets.UTF_8);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("headline", headline);
        LocalDate published = DateWords.firstFullDate(dateLine);
        meta.put("published", published == null ? null : published.toString());
        meta.put("publisher", "Wikinews");
        meta.put("url", root.getAttribute("url"));
        meta.put("language", "en");
        meta.put("licence", "CC BY 2.5 (English Wikinews); MEANTIME corpus CC BY 4.0 (NOTICE)");
        Files.writeString(dir.resolve(name + ".meta.json"), JSON.writeValueAsString(meta) + "\n", StandardCharsets.UTF_8);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static int countQuotes(List<String> tokens) {
        int q = 0;
        for (String t : tokens) {
            if (t.equals("\"") || t.equals("``") || t.equals("''") || t.equals("“") || t.equals("”")) {
                q++;
            }
        }
        return q;
    }

    /** Joins tokens with the spacing of written English. */
    static String detokenize(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        boolean noSpaceNext = true;
        boolean straightQuoteOpen = false;
        for (String raw : tokens) {
            String t = raw.equals("``") ? "\"" : raw.equals("''") ? "\"" : raw;
            boolean opening = raw.equals("``") || raw.equals("“") || raw.equals("\"") && !straightQuoteOpen;
            boolean closing = raw.equals("''") || raw.equals("”") || raw.equals("\"") && straightQuoteOpen;
            if (raw.equals("\"")) {
                straightQuoteOpen = !straightQuoteOpen;
            }
            boolean contraction = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\'' && CONTRACTION_TAILS.contains(raw);
            boolean space = !noSpaceNext && !closing && !contraction && !NO_SPACE_BEFORE.contains(raw);
            if (space) {
                sb.append(' ');
            }
            sb.append(t);
            noSpaceNext = opening || NO_SPACE_AFTER.contains(raw);
        }
        return sb.toString().strip();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks secure processing", e);
        }
    }
}
