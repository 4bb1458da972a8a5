package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The minister said that the talks with the union were over and that he had left.",
        "de|Der Minister sagte, dass die Gespräche mit der Gewerkschaft beendet seien und er nicht mehr komme.",
        "fr|Le ministre a dit que les discussions avec le syndicat étaient terminées et qu'il ne reviendrait pas.",
        "es|El ministro dijo que las conversaciones con el sindicato habían terminado y que no volvería.",
        "it|Il ministro ha detto che i colloqui con il sindacato sono finiti e che non sarebbe tornato.",
        "pt|O ministro disse que as conversas com o sindicato tinham acabado e que não voltaria mais.",
        "nl|De minister zei dat de gesprekken met de vakbond voorbij waren en dat hij niet terug zou komen.",
        "ru|Министр заявил, что переговоры с профсоюзом завершены.",
        "zh|部长说，与工会的谈判已经结束。",
        "ja|大臣は、組合との交渉は終わったと述べた。",
        "ko|장관은 노조와의 협상이 끝났다고 말했다.",
        "ar|قال الوزير إن المحادثات مع النقابة انتهت."})
    void tellsLanguagesByStopwordsAndScript(String language, String text) {
        assertThat(detector.detect(text)).isEqualTo(language);
    }

    @Test
    void tooLittleTextTellsNothing() {
        assertThat(detector.detect("Brexit")).isNull();
        assertThat(detector.detect("")).isNull();
    }
}
