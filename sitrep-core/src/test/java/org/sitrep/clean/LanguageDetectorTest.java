package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void tellsLanguagesByStopwordsAndScript() {
        assertThat(detector.detect("The minister said that the talks with the union were over and that he had left.")).isEqualTo("en");
        assertThat(detector.detect("Der Minister sagte, dass die Gespräche mit der Gewerkschaft beendet seien und er nicht mehr komme.")).isEqualTo("de");
        assertThat(detector.detect("Le ministre a dit que les discussions avec le syndicat étaient terminées et qu'il ne reviendrait pas.")).isEqualTo("fr");
        assertThat(detector.detect("El ministro dijo que las conversaciones con el sindicato habían terminado y que no volvería.")).isEqualTo("es");
        assertThat(detector.detect("Il ministro ha detto che i colloqui con il sindacato sono finiti e che non sarebbe tornato.")).isEqualTo("it");
        assertThat(detector.detect("O ministro disse que as conversas com o sindicato tinham acabado e que não voltaria mais.")).isEqualTo("pt");
        assertThat(detector.detect("De minister zei dat de gesprekken met de vakbond voorbij waren en dat hij niet terug zou komen.")).isEqualTo("nl");
        assertThat(detector.detect("Министр заявил, что переговоры с профсоюзом завершены.")).isEqualTo("ru");
        assertThat(detector.detect("部长说，与工会的谈判已经结束。")).isEqualTo("zh");
        assertThat(detector.detect("大臣は、組合との交渉は終わったと述べた。")).isEqualTo("ja");
        assertThat(detector.detect("장관은 노조와의 협상이 끝났다고 말했다.")).isEqualTo("ko");
        assertThat(detector.detect("قال الوزير إن المحادثات مع النقابة انتهت.")).isEqualTo("ar");
        assertThat(detector.detect("Brexit")).isNull();
    }
}
