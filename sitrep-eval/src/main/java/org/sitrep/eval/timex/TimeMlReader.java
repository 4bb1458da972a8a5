package org.sitrep.eval.timex;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TempEval-3 TimeML file: the text of its TEXT element (tags removed), the TIMEX3s inside
 * it with offsets into that text, and the creation date from the DCT element's TIMEX3.
 */
public final class TimeMlReader {
    private TimeMlReader() {
    }

    public static TimexDocument read(Path file) throws IOException {
        return Xml.read(file, r -> {
            StringBuilder text = new StringBuilder();
            List<Timex> gold = new ArrayList<>();
            LocalDate dct = null;
            boolean inText = false;
            boolean inDct = false;
            int timexBegin = -1;
            String type = null;
            String value = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("DCT")) {
                        inDct = true;
                    } else if (name.equals("TIMEX3") && inDct && dct == null) {
                        dct = Xml.date(attr(r, "value"));
                    } else if (name.equals("TIMEX3") && inText) {
                        timexBegin = text.length();
                        type = attr(r, "type");
                        value = attr(r, "value");
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("DCT")) {
                        inDct = false;
                    } else if (name.equals("TIMEX3") && inText && timexBegin >= 0) {
                        gold.add(trimmed(text, timexBegin, type, value));
                        timexBegin = -1;
                    }
                } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
            String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
            return new TimexDocument(id, text.toString(), dct, gold);
        });
    }

    static String attr(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name);
    }

    private static Timex trimmed(CharSequence text, int b, String type, String value) {
        int e = text.length();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Timex(b, e, type == null ? "DATE" : type, value);
    }
}
