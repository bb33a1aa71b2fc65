package org.oujiang.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        List<Sentence> sentences = splitter.split(text);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text());
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void terminatorTestAgreesWithTheList() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(SentenceSplitter.terminator((char) c)).as("U+%04X", c)
                    .isEqualTo(SentenceSplitter.TERMINATORS.indexOf(c) >= 0);
        }
    }

    @Test
    void asciiCommasAndDecimalsDoNotSplit() {
        assertThat(texts("丽水,这座山城,今年增长10.2%。GDP达到1500.5亿元,位居前列?是的!"))
                .containsExactly("丽水,这座山城,今年增长10.2%。", "GDP达到1500.5亿元,位居前列?", "是的!");
    }

    @Test
    void englishNamesWithDotsStayWhole() {
        assertThat(texts("J.P. Morgan在台州设立办公室。")).containsExactly("J.P. Morgan在台州设立办公室。");
    }

    @Test
    void closingQuotesBelongToTheSentence() {
        assertThat(texts("他说：“产值翻番了。”随后离开。"))
                .containsExactly("他说：“产值翻番了。”", "随后离开。");
        assertThat(texts("他问:\"能行吗?\"大家点头。")).containsExactly("他问:\"能行吗?\"", "大家点头。");
        assertThat(texts("（数据来源：统计局。）下一句；再下一句;结束"))
                .containsExactly("（数据来源：统计局。）", "下一句；", "再下一句;", "结束");
    }

    @Test
    void repeatedTerminatorsCountOnce() {
        assertThat(texts("真的吗？！太好了!!")).containsExactly("真的吗？！", "太好了!!");
    }

    @Test
    void ellipsisSplitsOnlyAtLineBreak() {
        assertThat(texts("机器人、无人机......都在这里。\n一路向前……\n下一段"))
                .containsExactly("机器人、无人机......都在这里。", "一路向前……", "下一段");
    }

    @Test
    void whitespaceIsTrimmedAndEmptySentencesSkipped() {
        List<Sentence> s = splitter.split("  \u3000第一句。  \n\n 。第二句 ");
        assertThat(s).extracting(Sentence::text).containsExactly("第一句。", "。", "第二句");
        assertThat(s.get(0).begin()).isEqualTo(3);
    }

    @Test
    void overLongSentencesAreCutAtTheCapPreferringCommas() {
        String run = "温".repeat(1200);
        assertThat(texts(run)).extracting(String::length).containsExactly(500, 500, 200);
        String commas = ("甲".repeat(449) + "，").repeat(3);
        assertThat(texts(commas)).extracting(String::length).containsExactly(450, 450, 450);
        String emoji = "a" + "\uD83D\uDE00".repeat(400);
        List<String> pieces = texts(emoji);
        assertThat(pieces).allMatch(p -> p.length() <= SentenceSplitter.MAX_CHARS
                && !Character.isLowSurrogate(p.charAt(0)) && !Character.isHighSurrogate(p.charAt(p.length() - 1)));
        assertThat(String.join("", pieces)).isEqualTo(emoji);
    }
}
