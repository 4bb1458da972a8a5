package org.sitrep.eval.timex;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads a MEANTIME CAT XML file: its tokens joined into a text (one space between tokens, a line
 * break between sentences, a blank line between paragraphs… as far as CAT records them), the
 * TIMEX3 markables anchored to tokens, and the creation date from the TIMEX3 whose
 * functionInDocument is CREATION_TIME. MEANTIME annotated only the first sentences of each article,
 * so the text stops after the last sentence that holds any markable (of any kind): the rest
 * would count correct expressions as false positives.
 */
public final class CatReader {
    private CatReader() {
    }

    public static TimexDocument read(Path file) throws IOException {
        return Xml.read(file, r -> {
            StringBuilder text = new StringBuilder();
            Map<String, int[]> spans = new HashMap<>();
            Map<String, String> sentenceOf = new HashMap<>();
            Map<String, Integer> sentenceEnd = new HashMap<>();
            List<String> anchored = new ArrayList<>();
            List<String[]> timexes = new ArrayList<>();
            List<List<String>> anchors = new ArrayList<>();
            LocalDate dct = null;
            String tokenId = null;
            String sentence = null;
            List<String> current = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "token" -> {
                            tokenId = TimeMlReader.attr(r, "t_id");
                            String s = TimeMlReader.attr(r, "sentence");
                            if (text.length() > 0) {
                                text.append(s != null && !s.equals(sentence) ? "\n\n" : " ");
                            }
                            sentence = s;
                            sentenceOf.put(tokenId, s);
                            spans.put(tokenId, new int[] {text.length(), text.length()});
                        }
                        case "TIMEX3" -> {
                            String value = TimeMlReader.attr(r, "value");
                            if ("CREATION_TIME".equals(TimeMlReader.attr(r, "functionInDocument"))) {
                                dct = Xml.date(value);
                            }
                            timexes.add(new String[] {TimeMlReader.attr(r, "type"), value});
                            current = new ArrayList<>();
                            anchors.add(current);
                        }
                        case "token_anchor" -> {
                            anchored.add(TimeMlReader.attr(r, "t_id"));
                            if (current != null) {
                                current.add(TimeMlReader.attr(r, "t_id"));
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && tokenId != null) {
                    text.append(r.getText());
                    spans.get(tokenId)[1] = text.length();
                    sentenceEnd.put(sentence, text.length());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("token")) {
                        tokenId = null;
                    } else if (r.getLocalName().equals("TIMEX3")) {
                        current = null;
                    }
                }
            }
            int end = text.length();
            if (!anchored.isEmpty()) {
                int last = -1;
                for (String t : anchored) {
                    String sent = sentenceOf.get(t);
                    if (sent != null && sentenceEnd.containsKey(sent)) {
                        last = Math.max(last, sentenceEnd.get(sent));
                    }
                }
                end = last >= 0 ? last : end;
            }
            List<Timex> gold = new ArrayList<>();
            for (int i = 0; i < timexes.size(); i++) {
                int b = Integer.MAX_VALUE;
                int e = -1;
                for (String t : anchors.get(i)) {
                    int[] sp = spans.get(t);
                    if (sp != null) {
                        b = Math.min(b, sp[0]);
                        e = Math.max(e, sp[1]);
                    }
                }
                if (e >= 0) {
                    gold.add(new Timex(b, e, timexes.get(i)[0] == null ? "DATE" : timexes.get(i)[0], timexes.get(i)[1]));
                }
            }
            gold.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
            String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
            int cut = end;
            gold.removeIf(t -> t.end() > cut);
            return new TimexDocument(id, text.substring(0, end), dct, gold);
        });
    }
}
