package org.sitrep.eval.meantime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeReaderTest {
    @Test
    void readsTokensAndEventMentions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("doc.xml");
        Files.writeString(f, """
                <?xml version="1.0" ?><Document doc_id="1" lang="en">
                <token number="0" sentence="0" t_id="1">Plant</token><token number="1" sentence="0" t_id="2">closes</token>
                <token number="0" sentence="1" t_id="3">Workers</token><token number="1" sentence="1" t_id="4">will</token>
                <token number="2" sentence="1" t_id="5">protest</token>
                <Markables><EVENT_MENTION certainty="CERTAIN" m_id="1" polarity="POS" time="FUTURE">
                <token_anchor t_id="5"/></EVENT_MENTION></Markables></Document>
                """);
        StringBuilder text = new StringBuilder();
        List<MeantimeEvaluation.GoldMention> m = MeantimeEvaluation.read(f, text);
        assertThat(text.toString()).isEqualTo("Plant closes\n\nWorkers will protest");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).span().of(text.toString())).isEqualTo("protest");
        assertThat(m.get(0).time()).isEqualTo("FUTURE");
    }
}
