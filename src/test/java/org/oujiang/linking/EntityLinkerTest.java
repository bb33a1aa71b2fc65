package org.oujiang.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Mention;
import org.oujiang.pipeline.ArticleAnalysis;
import org.oujiang.pipeline.ArticlePipeline;

/** Linking across articles and within one, through the pipeline, on sentences written for these tests. */
class EntityLinkerTest {
    private static final String ID = "https://w3id.org/oujiang/id/";
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = org.oujiang.pipeline.SharedPipeline.get();
    }

    private static ArticleAnalysis analyse(String body) {
        return pipeline.analyse(new Article("测试", "2024-05-01", "测试", null, body, "test"));
    }

    private static List<LinkedEntity> of(ArticleAnalysis a, EntityType type) {
        return a.entities().stream().filter(e -> e.type() == type).toList();
    }

    private static LinkedEntity only(ArticleAnalysis a, EntityType type) {
        List<LinkedEntity> list = of(a, type);
        assertThat(list).as("%s entities of %s", type, a.doc().text()).hasSize(1);
        return list.get(0);
    }

    private static LinkedEntity withName(ArticleAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.names().contains(name) || e.label().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + a.entities()));
    }

    // --- companies ---

    @Test
    void fullAndShortCompanyNamesInTwoArticlesShareOneIri() {
        LinkedEntity full = only(analyse("浙江星曜半导体有限公司在温州市建成新工厂。"), EntityType.COMPANY);
        LinkedEntity brief = only(analyse("龙头企业星曜在当地扩大了生产规模。"), EntityType.COMPANY);
        assertThat(full.iri()).isEqualTo(brief.iri()).isEqualTo(ID + "company/星曜");
        assertThat(full.label()).isEqualTo("浙江星曜半导体有限公司");
        assertThat(full.names()).contains("星曜");
    }

    @Test
    void brandStartingWithAPlaceNameKeepsItInTheKey() {
        LinkedEntity full = only(analyse("宁德时代新能源科技股份有限公司发布了年度报告。"), EntityType.COMPANY);
        LinkedEntity brief = only(analyse("龙头企业宁德时代在当地新建了电池工厂。"), EntityType.COMPANY);
        assertThat(full.iri()).isEqualTo(brief.iri()).isEqualTo(ID + "company/宁德时代");
    }

    @Test
    void laterShortNameInTheSameArticleLinksToTheFullName() {
        ArticleAnalysis a = analyse("浙江星曜半导体有限公司在温州市建成新工厂。星曜今年营收增长两成。");
        LinkedEntity c = only(a, EntityType.COMPANY);
        assertThat(c.mentions()).extracting(Mention::text).containsExactly("浙江星曜半导体有限公司", "星曜");
    }

    @Test
    void companiesSharingAPrefixAreNotMerged() {
        ArticleAnalysis a = analyse("华为技术有限公司与华为终端有限公司均在深圳设有研发中心。");
        List<LinkedEntity> companies = of(a, EntityType.COMPANY);
        assertThat(companies).extracting(LinkedEntity::iri)
                .containsExactlyInAnyOrder(ID + "company/华为", ID + "company/华为终端");
        assertThat(companies).extracting(LinkedEntity::label)
                .containsExactlyInAnyOrder("华为技术有限公司", "华为终端有限公司");
    }

    @Test
    void companiesSharingAPrefixAreNotMergedAcrossArticles() {
        LinkedEntity tech = only(analyse("华为技术有限公司发布了新的基站设备。"), EntityType.COMPANY);
        LinkedEntity device = only(analyse("华为终端有限公司发布了新的手机。"), EntityType.COMPANY);
        assertThat(tech.iri()).isNotEqualTo(device.iri());
    }

    @Test
    void shortNameGoesToTheCompanyWithTheLongestMatchingKey() {
        ArticleAnalysis a = analyse("华为技术有限公司与华为终端有限公司均在深圳。华为终端今年推出了新机。");
        LinkedEntity device = a.entities().stream().filter(e -> e.iri().equals(ID + "company/华为终端")).findFirst()
                .orElseThrow();
        assertThat(device.mentions()).extracting(Mention::text).contains("华为终端");
        LinkedEntity tech = a.entities().stream().filter(e -> e.iri().equals(ID + "company/华为")).findFirst()
                .orElseThrow();
        assertThat(tech.mentions()).extracting(Mention::text).containsExactly("华为技术有限公司");
    }

    // --- regions ---

    @Test
    void prefectureShortNameLinksToTheCity() {
        LinkedEntity r = only(analyse("温州的民营经济十分活跃。"), EntityType.REGION);
        assertThat(r.iri()).isEqualTo(ID + "region/330300");
        assertThat(r.label()).isEqualTo("温州市");
        assertThat(r.reference()).isTrue();
        assertThat(r.names()).containsExactly("温州");
    }

    @Test
    void shortAndFullNamesOfOneCityAreOneEntity() {
        ArticleAnalysis a = analyse("温州市召开大会。温州的企业家踊跃参加。");
        LinkedEntity r = only(a, EntityType.REGION);
        assertThat(r.mentions()).extracting(Mention::text).containsExactly("温州市", "温州");
    }

    @Test
    void ambiguousDistrictResolvedByFuzhou() {
        ArticleAnalysis a = analyse("福州市鼓楼区推进老城区有机更新。");
        assertThat(withName(a, "鼓楼区").iri()).isEqualTo(ID + "region/350102");
    }

    @Test
    void ambiguousDistrictResolvedByNanjing() {
        ArticleAnalysis a = analyse("南京市鼓楼区推进老城区有机更新。");
        assertThat(withName(a, "鼓楼区").iri()).isEqualTo(ID + "region/320106");
    }

    @Test
    void ambiguousDistrictResolvedByShortCityNameInAnotherSentence() {
        ArticleAnalysis a = analyse("鼓楼区推进老城区有机更新。这是福州今年的重点工作。");
        assertThat(withName(a, "鼓楼区").iri()).isEqualTo(ID + "region/350102");
    }

    @Test
    void ambiguousDistrictResolvedByItsProvince() {
        ArticleAnalysis a = analyse("江苏省徐州市鼓楼区推进老城区有机更新。");
        assertThat(withName(a, "鼓楼区").iri()).isEqualTo(ID + "region/320302");
    }

    // --- agencies ---

    @Test
    void agencyAbbreviationAndFullNameAcrossArticlesShareOneIri() {
        LinkedEntity a1 = only(analyse("温州市经信局召开座谈会。"), EntityType.GOVERNMENT_AGENCY);
        LinkedEntity a2 = only(analyse("温州市经济和信息化局召开座谈会。"), EntityType.GOVERNMENT_AGENCY);
        assertThat(a1.iri()).isEqualTo(a2.iri()).isEqualTo(ID + "agency/温州市经济和信息化局");
        assertThat(a1.label()).isEqualTo(a2.label()).isEqualTo("温州市经济和信息化局");
    }

    @Test
    void nationalAgencyAliasLinksToItsOfficialName() {
        LinkedEntity a = only(analyse("工信部近日公布了新一批专精特新企业名单。"), EntityType.GOVERNMENT_AGENCY);
        assertThat(a.label()).isEqualTo("工业和信息化部");
        assertThat(a.iri()).isEqualTo(ID + "agency/工业和信息化部");
    }

    // --- Traditional script ---

    @Test
    void traditionalTextLinksToTheSameEntitiesWithSimplifiedLabels() {
        ArticleAnalysis trad = analyse("溫州市經信局近日召開座談會，樂清市的電氣產業備受關注。");
        ArticleAnalysis simp = analyse("温州市经信局近日召开座谈会，乐清市的电气产业备受关注。");
        assertThat(trad.entities()).extracting(LinkedEntity::iri)
                .containsExactlyElementsOf(simp.entities().stream().map(LinkedEntity::iri).toList());
        assertThat(trad.entities()).extracting(LinkedEntity::label)
                .containsExactlyElementsOf(simp.entities().stream().map(LinkedEntity::label).toList())
                .contains("温州市经济和信息化局", "温州市", "乐清市", "电气");
        assertThat(trad.entities()).flatExtracting(e -> List.copyOf(e.names()))
                .containsExactlyElementsOf(simp.entities().stream().flatMap(e -> e.names().stream()).toList());
    }

    @Test
    void traditionalMentionsKeepTheirOriginalTextInTheDocument() {
        ArticleAnalysis trad = analyse("溫州市經信局近日召開座談會。");
        Mention m = only(trad, EntityType.GOVERNMENT_AGENCY).mentions().get(0);
        assertThat(trad.doc().text().substring(m.begin(), m.end())).isEqualTo("溫州市經信局");
        assertThat(m.text()).isEqualTo("温州市经信局");
    }
}
