package org.sitrep.eval.timex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A StAX reader factory with DTDs and external entities off, shared by the gold readers. */
final class Xml {
    private Xml() {
    }

    interface Body<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    static <T> T read(Path file, Body<T> body) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                return body.read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The date at the start of a TIMEX3 value (1998-08-07T10:00 → 1998-08-07), or null; a few
     * gold files write creation dates day first (03-02-2009), which is read as such.
     */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            if (value.matches("\\d{2}-\\d{2}-\\d{4}.*")) {
                return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(3, 5)),
                        Integer.parseInt(value.substring(0, 2)));
            }
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
