package org.sitrep.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SourceKind;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.load();

    @Test
    void cueVerbsByLemma() {
        assertThat(lexicon.cue("say")).isEqualTo(Lexicon.CueClass.SPEECH);
        assertThat(lexicon.cue("Believe")).isEqualTo(Lexicon.CueClass.COGNITION);
        assertThat(lexicon.cue("eat")).isNull();
    }

    @Test
    void weakCueFormsAreMatchedCaseAndSpaceInsensitively() {
        assertThat(lexicon.weakCue("support")).isTrue();
        assertThat(lexicon.weakCue(" Support ")).isTrue();
        assertThat(lexicon.weakCue("said")).isFalse();
        assertThat(lexicon.weakCue("according to")).isFalse();
    }

    @Test
    void sourceKindByLongestSourceNoun() {
        assertThat(lexicon.kindOf("A senior presidential official")).isEqualTo(SourceKind.OFFICIAL);
        assertThat(lexicon.kindOf("the Foreign Ministry")).isEqualTo(SourceKind.GOVERNMENT);
        assertThat(lexicon.kindOf("independent analysts")).isEqualTo(SourceKind.EXPERT);
        assertThat(lexicon.kindOf("people familiar with the matter")).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(lexicon.kindOf("a state-run news agency")).isIn(SourceKind.STATE_MEDIA, SourceKind.WIRE_SERVICE);
        assertThat(lexicon.kindOf("Jane Doe")).isNull();
    }
}
