package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    static final List<String> PARAGRAPHS = List.of(
            "Harbour workers end strike after pay deal",
            "Dock workers at the northern harbour voted on Tuesday to end a three-week strike after the port authority"
                    + " offered a pay rise of six percent over two years and a review of night shift rules.",
            "The stoppage had left more than forty container ships waiting offshore and forced supermarkets to ration"
                    + " imported fruit, according to the regional chamber of commerce.",
            "Union leaders said the vote was close, with many members angry that pensions were left out of the offer,"
                    + " and warned that further action could follow in the spring if talks stall.",
            "The port authority said cranes would restart within hours and that the backlog should clear by the end of"
                    + " next week, although some shipping lines have already diverted vessels to other ports.",
            "Economists estimate the strike cost the regional economy tens of millions, with exporters of machinery and"
                    + " timber among the hardest hit during the three weeks of disruption at the quays.");

    private static final DedupConfig CONFIG = DedupConfig.DEFAULT;

    static String join(List<String> ps) {
        return String.join("\n\n", ps);
    }

    private static List<DuplicateMatch> against(String original, String candidate) {
        NearDuplicateIndex index = new NearDuplicateIndex(CONFIG);
        index.add("orig", CONFIG.signature(original));
        return index.find(CONFIG.signature(candidate));
    }

    @Test
    void aWireCopyWithDatelineAndFooterIsACopy() {
        List<String> v = new ArrayList<>(PARAGRAPHS);
        v.set(1, "NORTHPORT, March 4 (Reuters) - " + v.get(1));
        v.add("(Reporting by the Northport bureau; editing by the desk)");
        assertThat(against(join(PARAGRAPHS), join(v))).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(DuplicateKind.COPY_OF));
    }

    @Test
    void aShortenedCopyAndADroppedParagraphAreRewrites() {
        String original = join(PARAGRAPHS);
        assertThat(against(original, join(PARAGRAPHS.subList(0, 3)))).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(DuplicateKind.REWRITE_OF));
        List<String> dropped = new ArrayList<>(PARAGRAPHS);
        dropped.remove(3);
        assertThat(against(original, join(dropped))).hasSize(1);
    }

    @Test
    void aSameTopicArticleIsNoDuplicate() {
        String other = "Port strike talks resume\n\nNegotiators for dock workers and the port authority met again on Monday"
                + " as the strike entered its third week. Ships are waiting offshore and supermarkets report shortages of"
                + " imported fruit. The union wants pensions included in any offer, while the authority says it cannot"
                + " afford more than four percent. A mediator from the labour ministry joined the talks at noon.";
        assertThat(against(join(PARAGRAPHS), other)).isEmpty();
    }

    @Test
    void signaturesSurviveTheirBinaryForm() {
        TextSignature sig = CONFIG.signature(join(PARAGRAPHS));
        assertThat(TextSignature.fromBytes(sig.toBytes())).isEqualTo(sig);
        assertThat(sig.jaccard(TextSignature.fromBytes(sig.toBytes()))).isEqualTo(1.0);
    }
}
