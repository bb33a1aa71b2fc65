package org.oujiang.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.pipeline.ArticleAnalysis;
import org.oujiang.pipeline.ArticlePipeline;

/** Relations read by the pipeline from sentences written for these tests. Names of people and firms are invented. */
class RelationExtractorTest {
    private static final String ID = "https://w3id.org/oujiang/id/";
    private static final String WENZHOU = ID + "region/330300";
    private static final String YUEQING = ID + "region/330382";
    private static final String RUIAN = ID + "region/330381";
    private static final String WENZHOU_EIB = ID + "agency/温州市经济和信息化局";
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = org.oujiang.pipeline.SharedPipeline.get();
    }

    private static List<Relation> relations(String body) {
        ArticleAnalysis a = pipeline.analyse(new Article("测试", "2024-05-01", "测试", null, body, "test"));
        return a.relations();
    }

    private static Optional<Relation> find(List<Relation> rels, String s, String p, String o) {
        return rels.stream().filter(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o))
                .findFirst();
    }

    private static Relation the(List<Relation> rels, String s, String p, String o) {
        return find(rels, s, p, o).orElseThrow(() -> new AssertionError(
                "missing " + s + " " + p + " " + o + " in\n" + String.join("\n", rels.stream().map(Object::toString).toList())));
    }

    private static List<Relation> with(List<Relation> rels, String p) {
        return rels.stream().filter(r -> r.predicate().equals(p)).toList();
    }

    @Test
    void partOfBetweenRegionsTheStoryNames() {
        List<Relation> rels = relations("温州市下辖的乐清市电气产业发达。瑞安市也在发展。");
        Relation r = the(rels, YUEQING, "partOf", WENZHOU);
        assertThat(r.evidence().text()).isEqualTo("温州市下辖的乐清市电气产业发达。");
        Relation r2 = the(rels, RUIAN, "partOf", WENZHOU);
        assertThat(r2.evidence()).as("no sentence names both").isNull();
        // only direct parents, and never the other way round
        assertThat(find(rels, WENZHOU, "partOf", YUEQING)).isEmpty();
    }

    @Test
    void noPartOfToARegionTheStoryDoesNotName() {
        List<Relation> rels = relations("乐清市的电气产业发展良好。");
        assertThat(with(rels, "partOf")).isEmpty();
    }

    @Test
    void regionDeIndustryIsACluster() {
        List<Relation> rels = relations("乐清市的电气产业享誉全国。");
        Relation r = the(rels, YUEQING, "hasIndustryCluster", ID + "industry/电气");
        assertThat(r.evidence().text()).isEqualTo("乐清市的电气产业享誉全国。");
    }

    @Test
    void regionDeListOfIndustriesGivesEachCluster() {
        List<Relation> rels = relations("温州的电气、鞋业产业享誉全国。");
        the(rels, WENZHOU, "hasIndustryCluster", ID + "industry/电气");
        the(rels, WENZHOU, "hasIndustryCluster", ID + "industry/鞋业");
    }

    @Test
    void nMajorClustersGiveTheRegionEachIndustry() {
        List<Relation> rels = relations("温州市拥有电气、鞋业和服装三大产业集群。");
        assertThat(with(rels, "hasIndustryCluster")).extracting(Relation::subject).containsOnly(WENZHOU);
        assertThat(with(rels, "hasIndustryCluster")).extracting(Relation::object).containsExactlyInAnyOrder(
                ID + "industry/电气", ID + "industry/鞋业", ID + "industry/服装");
    }

    @Test
    void industryMentionedWithoutRegionPatternIsNoCluster() {
        List<Relation> rels = relations("温州市经信局表示，要关注纺织产业的用工问题。");
        assertThat(with(rels, "hasIndustryCluster")).isEmpty();
    }

    @Test
    void agencyIssuingABookTitlePolicyAdoptsIt() {
        List<Relation> rels = relations("温州市经信局发布《数字经济发展实施方案》。");
        Relation r = the(rels, WENZHOU_EIB, "adoptsPolicy", ID + "policy/数字经济发展实施方案");
        assertThat(r.evidence().text()).isEqualTo("温州市经信局发布《数字经济发展实施方案》。");
        assertThat(find(rels, WENZHOU, "adoptsPolicy", ID + "policy/数字经济发展实施方案")).isEmpty();
    }

    @Test
    void regionNamedInThePolicyTitleAdoptsIt() {
        List<Relation> rels = relations("近日，《温州市泵阀产业发展行动计划》正式出台。");
        the(rels, WENZHOU, "adoptsPolicy", ID + "policy/温州市泵阀产业发展行动计划");
    }

    @Test
    void issuingAgencyAdoptsAPolicyWhoseTitleNamesARegion() {
        List<Relation> rels = relations("温州市经信局发布《温州市数字经济发展实施方案》。");
        the(rels, WENZHOU_EIB, "adoptsPolicy", ID + "policy/温州市数字经济发展实施方案");
        the(rels, WENZHOU, "adoptsPolicy", ID + "policy/温州市数字经济发展实施方案");
    }

    @Test
    void regionRunningAQuotedMechanismAdoptsIt() {
        List<Relation> rels = relations("瑞安市积极推行“链主护航”机制。");
        the(rels, RUIAN, "adoptsPolicy", ID + "policy/链主护航机制");
    }

    @Test
    void agencyPostPatternGivesHoldsPostInWithTitles() {
        List<Relation> rels = relations("温州市经信局党委书记、局长陈立新表示，今年将加大技改投入。");
        Relation r = the(rels, ID + "person/陈立新", "holdsPostIn", WENZHOU_EIB);
        assertThat(r.detail()).isEqualTo("党委书记、局长");
        assertThat(r.evidence().text()).startsWith("温州市经信局党委书记");
    }

    @Test
    void partySecretaryOfTheCityHoldsPostInTheCity() {
        List<Relation> rels = relations("市委书记张海峰调研了温州市的多家企业。");
        Relation r = the(rels, ID + "person/张海峰", "holdsPostIn", WENZHOU);
        assertThat(r.detail()).isEqualTo("市委书记");
    }

    @Test
    void governorHoldsPostInTheProvince() {
        List<Relation> rels = relations("浙江省省长郑海涛指出，要加快发展先进制造业。");
        Relation r = the(rels, ID + "person/郑海涛", "holdsPostIn", ID + "region/330000");
        assertThat(r.detail()).isEqualTo("省长");
    }

    @Test
    void personQuotedWithoutPostHoldsNoPost() {
        List<Relation> rels = relations("温州市的企业家李明远说，今年的订单明显增多。");
        assertThat(with(rels, "holdsPostIn")).isEmpty();
    }

    @Test
    void companyLiesInTheRegionOfItsSentence() {
        List<Relation> rels = relations("在瑞安市，浙江星曜半导体有限公司建成了新工厂。");
        Relation r = the(rels, ID + "company/星曜", "locatedIn", RUIAN);
        assertThat(r.evidence().text()).isEqualTo("在瑞安市，浙江星曜半导体有限公司建成了新工厂。");
    }

    @Test
    void companyLiesInTheMostSpecificRegionOfItsSentence() {
        List<Relation> rels = relations("温州市乐清市的浙江星曜半导体有限公司建成了新工厂。");
        the(rels, ID + "company/星曜", "locatedIn", YUEQING);
        assertThat(find(rels, ID + "company/星曜", "locatedIn", WENZHOU)).isEmpty();
    }

    @Test
    void agencyLiesInTheRegionItsNameStartsWith() {
        List<Relation> rels = relations("温州市经信局召开座谈会。");
        the(rels, WENZHOU_EIB, "locatedIn", WENZHOU);
    }

    @Test
    void everyRelationFromASentenceCarriesItsEvidence() {
        List<Relation> rels = relations("温州市经信局党委书记、局长陈立新表示，乐清市的电气产业发展良好。"
                + "温州市经信局发布《数字经济发展实施方案》。");
        assertThat(rels).isNotEmpty();
        assertThat(rels).filteredOn(r -> !r.predicate().equals("partOf"))
                .allSatisfy(r -> assertThat(r.evidence()).isNotNull());
    }
}
