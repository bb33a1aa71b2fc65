package org.oujiang.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner(Path.of("ontology/lexicon"), s -> s);

    private static Article article(String title, String body) {
        return new Article(title, null, null, null, body, "t.txt");
    }

    @Test
    void headlineListAfterMarkerIsCut() {
        String body = "苍南县新建两座光伏电站。\n标签：\n热门推荐\n- 另一条新闻标题甲\n- 另一条新闻标题乙\n";
        CleanDocument d = cleaner.clean(article("苍南光伏", body));
        assertThat(d.text()).isEqualTo("苍南县新建两座光伏电站。");
    }

    @Test
    void trailingListWithoutMarkerIsCut() {
        StringBuilder body = new StringBuilder("鹿城区发布服装产业政策。\n");
        for (int i = 0; i < 6; i++) {
            body.append("- 某地新闻第").append(i).append("条\n");
        }
        assertThat(cleaner.clean(article("t", body.toString())).text()).isEqualTo("鹿城区发布服装产业政策。");
    }

    @Test
    void shortListInsideTheStoryIsKept() {
        String body = "三项措施如下：\n- 降低用地成本\n- 加快审批\n后续还将出台细则。";
        assertThat(cleaner.clean(article("t", body)).text()).isEqualTo(body);
    }

    @Test
    void captionsCreditsAndEditorLinesAreRemoved() {
        String body = String.join("\n",
                "瓯江新区开工三个项目",
                "某报记者 陈一 李二 报道",
                "瓯海区眼镜企业增至500家。",
                "工人在车间组装镜架。 张三 摄",
                "新建的厂房。（记者 王五 摄）",
                "图为生产线一角",
                "原标题：别的标题",
                "来源：某某网",
                "下载客户端，看更多新闻",
                "扫码关注我们",
                "版权所有 未经授权不得转载",
                "眼镜出口额增长12.3%。",
                "责任编辑：赵六",
                "记者|孙七");
        CleanDocument d = cleaner.clean(article("瓯江新区开工三个项目", body));
        assertThat(d.text()).isEqualTo("瓯海区眼镜企业增至500家。\n眼镜出口额增长12.3%。");
        assertThat(d.credits()).containsExactly("某报记者 陈一 李二 报道", "工人在车间组装镜架。 张三 摄",
                "新建的厂房。（记者 王五 摄）", "责任编辑：赵六", "记者|孙七");
    }

    @Test
    void leadingDatelineIsStrippedFromFirstLine() {
        CleanDocument d = cleaner.clean(article("t", "某某财经见习记者王某 温州报道 3月1日，温州召开大会。\n第二句。"));
        assertThat(d.text()).isEqualTo("3月1日，温州召开大会。\n第二句。");
        assertThat(d.credits()).containsExactly("某某财经见习记者王某 温州报道");
    }

    @Test
    void ordinaryLinesMentioningReportersOrScansAreKept() {
        String body = "记者了解到，该企业今年投资2亿元。\n当地一扫去年颓势，产值回升。\n文化产业\n他们进行拍摄";
        assertThat(cleaner.clean(article("t", body)).text()).isEqualTo(body);
    }

    @Test
    void matchTextKeepsLengthAndNormalises() {
        Map<Character, Character> t2s = Map.of('溫', '温', '業', '业');
        TextCleaner trad = new TextCleaner(Path.of("ontology/lexicon"), s -> {
            StringBuilder b = new StringBuilder(s);
            for (int i = 0; i < b.length(); i++) {
                b.setCharAt(i, t2s.getOrDefault(b.charAt(i), b.charAt(i)));
            }
            return b.toString();
        });
        CleanDocument d = trad.clean(article("t", "溫州企業\u3000ＧＤＰ增長１０％！"));
        assertThat(d.text()).isEqualTo("溫州企業\u3000ＧＤＰ增長１０％！");
        assertThat(d.matchText()).isEqualTo("温州企业 GDP增長10%!");
        assertThat(d.matchText()).hasSameSizeAs(d.text());
    }

    @Test
    void sentencesIndexIntoText() {
        CleanDocument d = cleaner.clean(article("t", "第一句。第二句！\n第三句"));
        assertThat(d.sentences()).extracting(Sentence::text).containsExactly("第一句。", "第二句！", "第三句");
        for (Sentence s : d.sentences()) {
            assertThat(d.text().substring(s.begin(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void onlyPatternsThatCanMatchNowhereButTheStartAreTriedThereAlone() {
        for (String anchored : java.util.List.of("^abc$", "^(?:a|b)c", "^[|]x", "^a\\|b", "^[^|)]+$", "^[]|]")) {
            assertThat(BoilerplateRules.anchoredAtStart(java.util.regex.Pattern.compile(anchored))).as(anchored).isTrue();
        }
        for (String free : java.util.List.of("abc$", "^a|b", "(?m)^a", "^(a)|b", "^\\Q|\\E", "x^")) {
            assertThat(BoilerplateRules.anchoredAtStart(java.util.regex.Pattern.compile(free))).as(free).isFalse();
        }
    }
}
