package org.oujiang.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Traditional → Simplified step: its shortcut for text the table would not change gives HanLP's answer. */
class SegmenterTest {
    @Test
    void simplifiedTextComesBackAsItIs() {
        String text = "温州市经信局发布数据，全市规上工业增加值增长10.2%，新模式、新业态不断涌现。";
        assertThat(Segmenter.toSimplified(text)).isSameAs(text);
    }

    @Test
    void agreesWithHanLpWhereTheTableChangesSomething() {
        // a Traditional character alone, a table word that rewrites a Simplified-looking word (程式 → 程序), a
        // character of such a word without the rest of it (方式), and characters outside the Basic Plane
        for (String text : List.of("溫州市經信局發佈數據", "這個程式由本地團隊開發", "一種新的方式", "內外貿一體化", "新的方式和程序",
                "𠀀𠀁 混排", "")) {
            assertThat(Segmenter.toSimplified(text)).as(text).isEqualTo(HanLP.convertToSimplifiedChinese(text));
        }
        assertThat(Segmenter.toSimplified("這個程式")).isEqualTo("这个程序");
        assertThat(Segmenter.toSimplified("一種新的方式")).isEqualTo("一种新的方式");
    }
}
