package org.oujiang.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.pipeline.ArticleAnalysis;
import org.oujiang.pipeline.ArticlePipeline;

/**
 * Mention finding seen through the pipeline (cleaning, segmentation, finders, linking), on sentences
 * written for these tests. Company and person names are invented.
 */
class MentionFinderTest {
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = org.oujiang.pipeline.SharedPipeline.get();
    }

    private static ArticleAnalysis analyse(String body) {
        return pipeline.analyse(new Article("测试", "2024-05-01", "测试", null, body, "test"));
    }

    private static List<Mention> mentions(ArticleAnalysis a, EntityType type) {
        return a.entities().stream().filter(e -> e.type() == type).flatMap(e -> e.mentions().stream())
                .sorted(java.util.Comparator.comparingInt(Mention::begin)).toList();
    }

    private static List<String> texts(ArticleAnalysis a, EntityType type) {
        return mentions(a, type).stream().map(Mention::text).toList();
    }

    private static List<String> labels(ArticleAnalysis a, EntityType type) {
        return a.entities().stream().filter(e -> e.type() == type).map(LinkedEntity::label).toList();
    }

    private static LinkedEntity entity(ArticleAnalysis a, String label) {
        return a.entities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label + " in " + a.entities()));
    }

    // --- agencies ---

    @Test
    void agencyWithRegionPrefixAndAbbreviationGetsItsOfficialName() {
        ArticleAnalysis a = analyse("温州市经信局近日召开民营企业座谈会。");
        assertThat(texts(a, EntityType.GOVERNMENT_AGENCY)).containsExactly("温州市经信局");
        assertThat(labels(a, EntityType.GOVERNMENT_AGENCY)).containsExactly("温州市经济和信息化局");
        assertThat(entity(a, "温州市经济和信息化局").iri())
                .isEqualTo("https://w3id.org/oujiang/id/agency/温州市经济和信息化局");
        // the region inside the agency name stays a mention of the region
        assertThat(texts(a, EntityType.REGION)).containsExactly("温州市");
    }

    @Test
    void shortRegionPrefixIsExpandedToo() {
        ArticleAnalysis a = analyse("温州经信局近日召开民营企业座谈会。");
        assertThat(labels(a, EntityType.GOVERNMENT_AGENCY)).containsExactly("温州市经济和信息化局");
    }

    @Test
    void statisticsSurveyTeamIsOneAgency() {
        ArticleAnalysis a = analyse("国家统计局台州调查队公布了一季度的调查结果。");
        assertThat(texts(a, EntityType.GOVERNMENT_AGENCY)).containsExactly("国家统计局台州调查队");
        assertThat(labels(a, EntityType.GOVERNMENT_AGENCY)).containsExactly("国家统计局台州调查队");
    }

    @Test
    void bareAbbreviationLaterInTheStoryLinksToTheAgencyNamedInFull() {
        ArticleAnalysis a = analyse("温州市经信局近日召开座谈会。经信局还表示将继续支持企业创新。");
        LinkedEntity agency = entity(a, "温州市经济和信息化局");
        assertThat(agency.mentions()).extracting(Mention::text).containsExactly("温州市经信局", "经信局");
    }

    @Test
    void bareAbbreviationWithCityWordLinksToTheAgencyNamedInFull() {
        ArticleAnalysis a = analyse("温州市经信局近日召开座谈会。市经信局负责人介绍了有关情况。");
        LinkedEntity agency = entity(a, "温州市经济和信息化局");
        assertThat(agency.mentions()).extracting(Mention::text).containsExactly("温州市经信局", "市经信局");
    }

    @Test
    void layoutWordEndingInJuIsNoAgency() {
        ArticleAnalysis a = analyse("温州市正在优化产业布局，形成新的发展格局。");
        assertThat(mentions(a, EntityType.GOVERNMENT_AGENCY)).isEmpty();
    }

    // --- companies ---

    @Test
    void companyByLegalSuffixInExamplePattern() {
        ArticleAnalysis a = analyse("以瓯江云帆科技有限公司为例，该公司去年营收增长两成。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("瓯江云帆科技有限公司");
        assertThat(labels(a, EntityType.COMPANY)).containsExactly("瓯江云帆科技有限公司");
    }

    @Test
    void companyByLegalSuffixWithRegionPrefix() {
        ArticleAnalysis a = analyse("浙江星曜半导体有限公司在温州市建成新工厂。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("浙江星曜半导体有限公司");
        // the province inside a company name is no region mention
        assertThat(labels(a, EntityType.REGION)).containsExactly("温州市");
    }

    @Test
    void companyNameWithVerbCharacterIsKeptWhole() {
        ArticleAnalysis a = analyse("永康市飞剑工贸有限公司也在扩大产能。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("永康市飞剑工贸有限公司");
    }

    @Test
    void enumerationClosedByDengQiye() {
        ArticleAnalysis a = analyse("云帆、星曜、海翼等企业纷纷加大研发投入。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("云帆", "星曜", "海翼");
    }

    @Test
    void enumerationAfterVerbStartsAfterTheVerb() {
        ArticleAnalysis a = analyse("开发区先后引进云帆、星曜等整车企业。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("云帆", "星曜");
    }

    @Test
    void enumerationOpenedByBrandRu() {
        ArticleAnalysis a = analyse("当地培育了多个知名品牌，如云帆、星曜和海翼。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("云帆", "星曜", "海翼");
    }

    @Test
    void portNamedByItsPlacesIsACompany() {
        ArticleAnalysis a = analyse("宁波舟山港的货物吞吐量连续多年位居全球第一。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("宁波舟山港");
        assertThat(entity(a, "宁波舟山港").iri()).isEqualTo("https://w3id.org/oujiang/id/company/宁波舟山港");
    }

    @Test
    void portAreaIsNoCompany() {
        ArticleAnalysis a = analyse("宁波港区的集装箱作业繁忙。");
        assertThat(mentions(a, EntityType.COMPANY)).isEmpty();
    }

    @Test
    void shortNameAfterLeadingEnterpriseCue() {
        ArticleAnalysis a = analyse("龙头企业星曜在温州市扩大生产。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("星曜");
    }

    @Test
    void shortNameAfterLeadingEnterpriseCueFollowedByATimeWord() {
        ArticleAnalysis a = analyse("龙头企业星曜今年扩大了生产规模。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("星曜");
    }

    @Test
    
    void shortNameAfterLeadingEnterpriseCueWhenHanlpMergesTheCue() {
        ArticleAnalysis a = analyse("龙头企业宁德时代表示将继续投资。");
        assertThat(texts(a, EntityType.COMPANY)).containsExactly("宁德时代");
        assertThat(mentions(a, EntityType.REGION)).isEmpty();
    }

    // --- people ---

    @Test
    void personConfirmedByPostTitleBefore() {
        ArticleAnalysis a = analyse("市委书记张海峰调研了温州市的多家企业。");
        assertThat(texts(a, EntityType.PERSON)).containsExactly("张海峰");
    }

    @Test
    void personConfirmedBySpeechVerbAfter() {
        ArticleAnalysis a = analyse("李明远说，今年企业的订单明显增多。");
        assertThat(texts(a, EntityType.PERSON)).containsExactly("李明远");
    }

    @Test
    void confirmedPersonIsFoundAgainLaterInTheStory() {
        ArticleAnalysis a = analyse("局长陈立新介绍了情况。会后，陈立新走访了三家企业。");
        assertThat(texts(a, EntityType.PERSON)).containsExactly("陈立新", "陈立新");
        assertThat(labels(a, EntityType.PERSON)).containsExactly("陈立新");
    }

    @Test
    void ordinaryWordsTaggedAsNamesAreNoPeople() {
        ArticleAnalysis a = analyse("企业发展何从谈起？利企政策不断出台，数智化转型持续加速。");
        assertThat(mentions(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void nameWithoutEvidenceIsNoPerson() {
        ArticleAnalysis a = analyse("王建华走访了多家企业。");
        assertThat(mentions(a, EntityType.PERSON)).isEmpty();
    }

    // --- regions ---

    @Test
    void countyShortNameAcceptedWhenItsPrefectureIsNamed() {
        ArticleAnalysis a = analyse("永康的五金产业闻名全国。金华市积极推动制造业升级。");
        assertThat(labels(a, EntityType.REGION)).containsExactlyInAnyOrder("永康市", "金华市");
        assertThat(texts(a, EntityType.REGION)).containsExactly("永康", "金华市");
    }

    @Test
    void countyShortNameAloneIsNoRegion() {
        ArticleAnalysis a = analyse("永康的五金产业闻名全国。");
        assertThat(mentions(a, EntityType.REGION)).isEmpty();
    }

    @Test
    void countyShortNameAcceptedWhenItsFullNameIsInTheStory() {
        ArticleAnalysis a = analyse("永康市的五金产业闻名全国。永康的企业订单充足。");
        assertThat(texts(a, EntityType.REGION)).containsExactly("永康市", "永康");
        assertThat(labels(a, EntityType.REGION)).containsExactly("永康市");
    }

    @Test
    void districtNameInsideCentralUrbanAreaIsNoRegion() {
        ArticleAnalysis a = analyse("中心城区的交通状况不断改善。");
        assertThat(mentions(a, EntityType.REGION)).isEmpty();
    }

    @Test
    void twoCharacterDistrictAcceptedAfterItsCity() {
        ArticleAnalysis a = analyse("晋城市城区推进老旧小区改造。");
        assertThat(mentions(a, EntityType.REGION)).extracting(Mention::text).containsExactly("晋城市", "城区");
        assertThat(a.entities()).extracting(LinkedEntity::iri)
                .contains("https://w3id.org/oujiang/id/region/140502");
    }

    @Test
    void prefectureShortNameIsARegion() {
        ArticleAnalysis a = analyse("温州的鞋业闻名全国。");
        assertThat(labels(a, EntityType.REGION)).containsExactly("温州市");
    }

    // --- industries ---

    @Test
    void industryWordInPassingIsNoIndustry() {
        ArticleAnalysis a = analyse("货物通过物流送到客户手中。");
        assertThat(mentions(a, EntityType.INDUSTRY)).isEmpty();
    }

    @Test
    void industryWithIndustryCueIsAnIndustry() {
        ArticleAnalysis a = analyse("当地纺织产业发展迅速。");
        assertThat(texts(a, EntityType.INDUSTRY)).containsExactly("纺织产业");
        assertThat(labels(a, EntityType.INDUSTRY)).containsExactly("纺织");
    }

    @Test
    void industryAfterRegionAndDeIsAnIndustry() {
        ArticleAnalysis a = analyse("温州的鞋业闻名全国。");
        assertThat(labels(a, EntityType.INDUSTRY)).containsExactly("鞋业");
    }

    @Test
    void industryListedWithAnotherIndustryIsAnIndustry() {
        ArticleAnalysis a = analyse("温州市拥有电气、鞋业和服装三大产业集群。");
        assertThat(labels(a, EntityType.INDUSTRY)).containsExactly("电气", "鞋业", "服装");
    }

    // --- policies ---

    @Test
    void bookTitlePolicy() {
        ArticleAnalysis a = analyse("温州市发布《温州市泵阀产业发展行动计划》。");
        assertThat(labels(a, EntityType.POLICY)).containsExactly("温州市泵阀产业发展行动计划");
        Mention m = mentions(a, EntityType.POLICY).get(0);
        assertThat(a.doc().text().substring(m.begin(), m.end())).isEqualTo("《温州市泵阀产业发展行动计划》");
        // the region inside the title stays a region mention
        assertThat(texts(a, EntityType.REGION)).containsExactly("温州市", "温州市");
    }

    @Test
    void bookTitleWithoutPolicyWordIsNoPolicy() {
        ArticleAnalysis a = analyse("当地报纸刊登了《春天的故事》。");
        assertThat(mentions(a, EntityType.POLICY)).isEmpty();
    }

    @Test
    void quotedNameFollowedByPolicyWord() {
        ArticleAnalysis a = analyse("温州市积极推行“链主护航”机制。");
        assertThat(labels(a, EntityType.POLICY)).containsExactly("链主护航机制");
    }

    @Test
    void quotedNameWithoutPolicyWordIsNoPolicy() {
        ArticleAnalysis a = analyse("企业家们称之为“好日子”。");
        assertThat(mentions(a, EntityType.POLICY)).isEmpty();
    }

    @Test
    void schemePolicyInQuotesLinksToTheScheme() {
        ArticleAnalysis a = analyse("温州市大力推进“最多跑一次”改革。");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.POLICY)
                .anySatisfy(e -> assertThat(e.reference()).isTrue());
    }

    @Test
    void schemePolicyWordInPassingIsNoPolicy() {
        ArticleAnalysis a = analyse("各地都在努力稳增长，企业信心有所恢复。");
        assertThat(mentions(a, EntityType.POLICY)).isEmpty();
    }

    // --- clean input ---

    @Test
    void boilerplateFreeInputKeepsEveryParagraph() {
        String body = "温州市经信局近日召开座谈会。\n龙头企业星曜在温州市扩大生产。";
        ArticleAnalysis a = analyse(body);
        assertThat(a.doc().text()).isEqualTo(body);
        assertThat(a.doc().sentences()).hasSize(2);
        assertThat(labels(a, EntityType.COMPANY)).containsExactly("星曜");
    }

    @Test
    void offsetsOfEveryMentionSliceTheText() {
        ArticleAnalysis a = analyse("温州市经信局党委书记、局长陈立新表示，温州的鞋业和服装产业正加快转型。");
        for (LinkedEntity e : a.entities()) {
            for (Mention m : e.mentions()) {
                assertThat(a.doc().matchText().substring(m.begin(), m.end())).as(m.toString()).isEqualTo(m.text());
            }
        }
    }
}
