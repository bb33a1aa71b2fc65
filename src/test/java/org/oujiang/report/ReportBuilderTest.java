package org.oujiang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

/** The report data model on a store of two stories of our own: facts grouped, series sorted, conflicts flagged. */
class ReportBuilderTest {
    private static final String RUIAN = OJ.ID + "region/330381";
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static ReportData data;

    @BeforeAll
    static void build() throws Exception {
        store = ReportFixtures.store(dir);
        data = new ReportBuilder(store).build("瑞安市").orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ReportData.FactGroup group(String relation, boolean outgoing) {
        return data.groups().stream().filter(g -> g.relation().equals(OJ.NS + relation) && g.outgoing() == outgoing)
                .findFirst().orElseThrow(() -> new AssertionError("no group " + relation + " " + outgoing));
    }

    @Test
    void theEntityWithItsNamesCodeAndStories() {
        assertThat(data.entity().iri()).isEqualTo(RUIAN);
        assertThat(data.entity().label()).isEqualTo("瑞安市");
        assertThat(data.entity().category()).isEqualTo("Region");
        assertThat(data.entity().kind()).isEqualTo("县级行政区");
        assertThat(data.entity().path()).isEqualTo("region/330381");
        assertThat(data.altLabels()).contains("瑞安");
        assertThat(data.adminCode()).isEqualTo("330381");
        assertThat(data.stories()).extracting(ReportData.Story::title)
                .containsExactlyInAnyOrder("瑞安市汽摩配产业加快升级", "瑞安经济再上台阶");
    }

    @Test
    void factsAreGroupedByRelationAndDirectionInPageOrderEachWithItsEvidence() {
        assertThat(data.groups()).extracting(ReportData.FactGroup::name, ReportData.FactGroup::outgoing)
                .containsSubsequence(tuple("隶属于", true), tuple("位于", false), tuple("拥有产业集群", true),
                        tuple("实施政策", true));
        assertThat(group("partOf", true).facts()).extracting(f -> f.other().label()).containsExactly("温州市");
        ReportData.Fact company = group("locatedIn", false).facts().get(0);
        assertThat(company.subject().label()).isEqualTo("瑞立集团有限公司");
        assertThat(company.other().category()).isEqualTo("Company");
        assertThat(company.object().iri()).isEqualTo(RUIAN);
        ReportData.Evidence ev = company.evidence().get(0);
        assertThat(ev.sentence()).contains("瑞立集团有限公司位于瑞安市");
        assertThat(ev.title()).isEqualTo("瑞安市汽摩配产业加快升级");
        assertThat(ev.article()).startsWith(OJ.ID + "article/");
        assertThat(group("hasIndustryCluster", true).facts()).extracting(f -> f.other().label()).contains("汽摩配");
        assertThat(group("adoptsPolicy", true).facts().get(0).evidence().get(0).title()).isEqualTo("瑞安经济再上台阶");
        assertThat(data.factCount()).isEqualTo(data.groups().stream().mapToInt(g -> g.facts().size()).sum());
    }

    @Test
    void seriesAreSortedByPeriodNormalisedWhereUnitsDifferAndConflictsFlagged() {
        ReportData.IndicatorSeries gdp = data.series().stream().filter(s -> s.indicator().equals("地区生产总值"))
                .findFirst().orElseThrow();
        assertThat(gdp.unit()).isEqualTo("亿元");
        assertThat(gdp.points()).extracting(ReportData.Point::period, ReportData.Point::shown,
                        ReportData.Point::conflict)
                .containsExactly(tuple("2023", 1200.0, false), tuple("2024", 1300.0, true), tuple("2024", 1400.0, true));
        assertThat(gdp.points().get(2).unit()).isEqualTo("万亿元");
        assertThat(gdp.points().get(2).value()).isEqualTo("0.14");
        assertThat(gdp.points().get(2).evidence().title()).isEqualTo("瑞安经济再上台阶");
        assertThat(gdp.hasConflict()).isTrue();

        ReportData.IndicatorSeries growth = data.series().stream()
                .filter(s -> s.indicator().equals("地区生产总值增速")).findFirst().orElseThrow();
        assertThat(growth.unit()).isEqualTo("%");
        assertThat(growth.points()).extracting(ReportData.Point::period, ReportData.Point::shown)
                .containsExactly(tuple("2023", 6.5), tuple("2024", 7.1));
        assertThat(growth.hasConflict()).isFalse();
    }

    @Test
    void theNeighbourhoodReachesTwoRelationsOutAndKeepsOnlyEdgesAmongItsNodes() {
        List<String> depth1 = data.graph().nodes().stream().filter(n -> n.depth() == 1)
                .map(n -> n.entity().label()).toList();
        assertThat(depth1).contains("温州市", "汽摩配", "瑞立集团有限公司", "腾笼换鸟");
        assertThat(data.graph().nodes()).filteredOn(n -> n.depth() == 2).extracting(n -> n.entity().label())
                .contains("浙江省", "乐清市");
        assertThat(data.graph().nodes().get(0).entity().iri()).isEqualTo(RUIAN);
        List<String> iris = data.graph().nodes().stream().map(n -> n.entity().iri()).toList();
        assertThat(data.graph().edges()).allSatisfy(e -> assertThat(iris).contains(e.source(), e.target()));
        assertThat(data.graph().edges()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo(RUIAN);
            assertThat(e.relation()).isEqualTo("隶属于");
        });
    }

    @Test
    void entitiesAreFoundByOtherNameReportPathAndIriButNotByUnknownNames() {
        ReportBuilder b = new ReportBuilder(store);
        assertThat(b.build("瑞安").orElseThrow().entity().iri()).isEqualTo(RUIAN);
        assertThat(b.build("region/330381").orElseThrow().entity().iri()).isEqualTo(RUIAN);
        assertThat(b.build(RUIAN).orElseThrow().entity().label()).isEqualTo("瑞安市");
        assertThat(b.build("汽摩配").orElseThrow().entity().category()).isEqualTo("Industry");
        assertThat(b.build("不存在的地方")).isEmpty();
        assertThat(b.build("region/999999")).isEmpty();
    }

    @Test
    void thePageIsSelfContainedDeterministicAndItsDataCannotCloseTheScript() {
        String html = new ReportPage().render(data);
        String echarts = ReportPage.resource(ReportPage.ECHARTS);
        assertThat(html.contains(echarts)).as("ECharts inlined").isTrue();
        String own = html.replace(echarts, "");
        assertThat(own).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("\"Noto Sans CJK SC\"").contains("<title>瑞安市 · ");
        assertThat(own).doesNotContain("<link").doesNotContainPattern("<script[^>]+src=")
                .doesNotContainPattern("<img").doesNotContainPattern("url\\(");
        assertThat(own.split("</script>", -1)).hasSize(4);
        assertThat(own).contains("\"label\":\"瑞安市\"");
        assertThat(new ReportPage().render(new ReportBuilder(store).build("瑞安市").orElseThrow()).equals(html))
                .as("the same store gives the same page").isTrue();
        assertThat(ReportPage.json(List.of("</script><!--\u2028"))).isEqualTo("[\"\\u003c/script>\\u003c!--\\u2028\"]");
    }
}
