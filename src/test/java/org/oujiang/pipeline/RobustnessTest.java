package org.oujiang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.extract.Relation;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;

/** The same story written in different ways gives the same entities. Stories written for these tests. */
class RobustnessTest {
    private static final String ID = "https://w3id.org/oujiang/id/";
    private static final String STORY = """
            温州市经信局党委书记、局长陈立新表示，乐清市的电气产业和瑞安市的汽车零部件产业发展良好。
            龙头企业星曜在鹿城区建成智能工厂，浙江海翼科技有限公司也加大了投资。
            温州市经信局发布《鞋业高质量发展行动方案》，推动云帆、奥翔等企业数字化转型。""";
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = SharedPipeline.get();
    }

    private static ArticleAnalysis analyse(String body) {
        return pipeline.analyse(new Article("测试", "2024-05-01", "测试", null, body, "test"));
    }

    /** IRI, type and label of every entity, sorted. */
    private static Set<String> entities(ArticleAnalysis a) {
        Set<String> out = new TreeSet<>();
        a.entities().forEach(e -> out.add(e.iri() + " " + e.type() + " " + e.label()));
        return out;
    }

    private static Set<String> relations(ArticleAnalysis a) {
        Set<String> out = new TreeSet<>();
        a.relations().forEach(r -> out.add(r.subject() + " " + r.predicate() + " " + r.object()
                + (r.detail() == null ? "" : " " + r.detail())));
        return out;
    }

    /** Test helper: the story in Traditional characters (HanLP's converter, test code only). */
    private static String traditional(String simplified) {
        return HanLP.convertToTraditionalChinese(simplified);
    }

    @Test
    void storyFindsWhatTheOtherTestsRelyOn() {
        Set<String> e = entities(analyse(STORY));
        assertThat(e).contains(
                ID + "agency/温州市经济和信息化局 GOVERNMENT_AGENCY 温州市经济和信息化局",
                ID + "region/330382 REGION 乐清市",
                ID + "person/陈立新 PERSON 陈立新",
                ID + "company/星曜 COMPANY 星曜",
                ID + "company/海翼 COMPANY 浙江海翼科技有限公司",
                ID + "company/云帆 COMPANY 云帆",
                ID + "policy/鞋业高质量发展行动方案 POLICY 鞋业高质量发展行动方案");
    }

    @Test
    void halfWidthPunctuationGivesTheSameEntitiesAndRelations() {
        ArticleAnalysis full = analyse(STORY);
        ArticleAnalysis h = analyse(STORY.replace("，", ","));
        assertThat(entities(h)).isEqualTo(entities(full));
        assertThat(relations(h)).isEqualTo(relations(full));
        // with ASCII full stops too the sentences are still found
        ArticleAnalysis dots = analyse(STORY.replace("，", ",").replace("。", "."));
        assertThat(dots.doc().sentences()).hasSameSizeAs(full.doc().sentences());
        assertThat(entities(dots)).isEqualTo(entities(full));
    }

    @Test
    void asciiCommasAndColonsInsideChineseTextGiveTheSameEntities() {
        String a = "温州市经信局表示,乐清市的电气产业和瑞安市的汽车零部件产业发展良好.";
        String b = "温州市经信局表示：乐清市的电气产业和瑞安市的汽车零部件产业发展良好！";
        String c = "温州市经信局表示，乐清市的电气产业和瑞安市的汽车零部件产业发展良好。";
        assertThat(entities(analyse(a))).isEqualTo(entities(analyse(c)));
        assertThat(entities(analyse(b))).isEqualTo(entities(analyse(c)));
        assertThat(relations(analyse(a))).isEqualTo(relations(analyse(c)));
    }

    @Test
    void fullWidthLettersAndDigitsGiveTheSameEntities() {
        String half = "龙头企业星曜在鹿城区建成智能工厂。2023年温州市规上工业增加值达到1500亿元。";
        String full = "龙头企业星曜在鹿城区建成智能工厂。２０２３年温州市规上工业增加值达到１５００亿元。";
        ArticleAnalysis h = analyse(half);
        ArticleAnalysis f = analyse(full);
        assertThat(entities(f)).isEqualTo(entities(h));
        assertThat(f.observations()).extracting(o -> o.value().toPlainString() + o.unit())
                .isEqualTo(h.observations().stream().map(o -> o.value().toPlainString() + o.unit()).toList());
    }

    @Test
    void englishNamesDoNotBreakSentencesOrRecognition() {
        ArticleAnalysis a = analyse("比亚迪股份有限公司（BYD）在深圳市发布了新车型。BYD表示，新车将于下月上市。"
                + "CATL也在温州市设立了研发中心。");
        assertThat(a.doc().sentences()).extracting(s -> s.text()).containsExactly(
                "比亚迪股份有限公司（BYD）在深圳市发布了新车型。", "BYD表示，新车将于下月上市。",
                "CATL也在温州市设立了研发中心。");
        assertThat(entities(a)).contains(ID + "company/比亚迪 COMPANY 比亚迪股份有限公司",
                ID + "region/440300 REGION 深圳市", ID + "region/330300 REGION 温州市");
        assertThat(a.relations()).extracting(r -> r.subject() + " " + r.predicate() + " " + r.object())
                .contains(ID + "company/比亚迪 locatedIn " + ID + "region/440300");
        // Latin names are no people
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void englishWordsBetweenChineseNamesKeepTheirNeighbours() {
        ArticleAnalysis a = analyse("浙江海翼科技有限公司与Tesla在温州市签署了合作协议。");
        assertThat(entities(a)).contains(ID + "company/海翼 COMPANY 浙江海翼科技有限公司", ID + "region/330300 REGION 温州市");
    }

    @Test
    void brandStartingWithAPlaceNameIsNoRegion() {
        ArticleAnalysis a = analyse("比亚迪股份有限公司（BYD）与宁德时代（CATL）签署合作协议。");
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.REGION);
        assertThat(a.relations()).extracting(Relation::predicate).doesNotContain("locatedIn");
    }

    @Test
    void traditionalConversionYieldsTheSameEntityIrisAndLabels() {
        String trad = traditional(STORY);
        assertThat(trad).isNotEqualTo(STORY).contains("溫州市");
        ArticleAnalysis t = analyse(trad);
        ArticleAnalysis s = analyse(STORY);
        assertThat(entities(t)).isEqualTo(entities(s));
        assertThat(relations(t)).isEqualTo(relations(s));
        // surface forms are kept in Simplified too, so aliases do not split by script
        assertThat(t.entities()).extracting(LinkedEntity::names)
                .isEqualTo(s.entities().stream().map(LinkedEntity::names).toList());
        // the document text keeps the original script
        assertThat(t.doc().text()).contains("溫州市經信局");
    }

    @Test
    void traditionalConversionOfAPostSentence() {
        String simp = "市委书记张海峰调研了温州市的多家企业。";
        List<Set<String>> both = List.of(entities(analyse(simp)), entities(analyse(traditional(simp))));
        assertThat(both.get(1)).isEqualTo(both.get(0)).contains(ID + "person/张海峰 PERSON 张海峰");
        assertThat(relations(analyse(traditional(simp)))).isEqualTo(relations(analyse(simp)));
    }
}
