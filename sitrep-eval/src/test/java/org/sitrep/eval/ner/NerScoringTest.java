package org.sitrep.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

class NerScoringTest {
    @Test
    void chunksFollowIob1AndIob2() {
        assertThat(Chunk.fromTags(List.of("B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG")))
                .containsExactly(new Chunk(0, 2, "PER"), new Chunk(3, 5, "LOC"), new Chunk(5, 6, "LOC"), new Chunk(6, 7, "ORG"));
    }

    @Test
    void exactSpanMicroScores() {
        SpanScore s = new SpanScore();
        s.add(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC")),
                List.of(new Chunk(0, 2, "PER"), new Chunk(3, 5, "LOC"), new Chunk(6, 7, "ORG")));
        assertThat(s.total().correct()).isEqualTo(1);
        assertThat(s.total().precision()).isEqualTo(1 / 3.0);
        assertThat(s.total().recall()).isEqualTo(0.5);
        assertThat(s.perType().get("LOC").f1()).isZero();
        assertThat(s.perType().get("PER").f1()).isEqualTo(1.0);
    }

    @Test
    void documentsSplitAtDocstartAndMapCharactersBackToTokens(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("mini.txt");
        Files.writeString(f, "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\n"
                + "Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBRUSSELS NNP B-NP B-LOC\n");
        List<ConllDocument> docs = ConllReader.read(f);
        assertThat(docs).hasSize(2);
        ConllDocument.Layout l = docs.get(0).layout();
        assertThat(l.text()).isEqualTo("EU rejects German\n\nPeter Blackburn");
        assertThat(l.tokenSpan(l.text().indexOf("Peter"), l.text().length())).containsExactly(3, 5);
        assertThat(Chunk.fromTags(docs.get(0).tags())).contains(new Chunk(3, 5, "PER"), new Chunk(2, 3, "MISC"));
    }

    @Test
    void sitrepTypesMapToConllTypes() {
        assertThat(NerEvaluation.sitrepType(EntityType.COUNTRY, Mention.Kind.DEMONYM)).isEqualTo("MISC");
        assertThat(NerEvaluation.sitrepType(EntityType.COUNTRY, Mention.Kind.METONYM)).isEqualTo("LOC");
        assertThat(NerEvaluation.sitrepType(EntityType.FACILITY, Mention.Kind.NAME)).isEqualTo("LOC");
        assertThat(NerEvaluation.sitrepType(EntityType.PERSON, Mention.Kind.PRONOUN)).isNull();
        assertThat(NerEvaluation.coreNlpType("CITY")).isEqualTo("LOC");
        assertThat(NerEvaluation.coreNlpType("DATE")).isNull();
    }
}
