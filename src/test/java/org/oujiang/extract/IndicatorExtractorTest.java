package org.oujiang.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.TextCleaner;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.rdf.Iris;

/** Figures from sentences written for these tests, and a scoring run over the shared corpus when present. */
class IndicatorExtractorTest {
    private static Gazetteer gazetteer;
    private static IndicatorExtractor extractor;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Path.of("ontology"));
        extractor = new IndicatorExtractor(gazetteer, Path.of("ontology/lexicon"));
    }

    private static List<Observation> run(String date, String text) {
        CleanDocument doc = TestDocs.doc(date, text);
        return extractor.extract(doc, TestDocs.regions(gazetteer, doc));
    }

    private static String region(String label) {
        return gazetteer.lookup(label, EntityType.REGION).get(0).iri();
    }

    private static Observation only(List<Observation> obs, String unit, String value) {
        List<Observation> hits = obs.stream()
                .filter(o -> o.unit().equals(unit) && o.value().compareTo(new BigDecimal(value)) == 0).toList();
        assertThat(hits).as(value + unit + " in " + obs).hasSize(1);
        return hits.get(0);
    }

    @Test
    void yuanInHundredMillionsAreNormalisedAndSchemeIndicatorsLinked() {
        List<Observation> obs = run("2024-02-01", "2023年，东阳市实现地区生产总值812.5亿元，同比增长6.1%。");
        Observation gdp = only(obs, "亿元", "812.5");
        assertThat(gdp.normalizedValue()).isEqualByComparingTo("81250000000");
        assertThat(gdp.normalizedUnit()).isEqualTo("元");
        assertThat(gdp.indicatorIri()).isEqualTo(Iris.indicator("地区生产总值"));
        assertThat(gdp.subject()).isEqualTo(region("东阳市"));
        assertThat(gdp.period()).isEqualTo("2023");
        Observation rate = only(obs, "%", "6.1");
        assertThat(rate.normalizedValue()).isEqualByComparingTo("6.1");
        assertThat(rate.indicatorLabel()).isEqualTo("地区生产总值增速");
        assertThat(obs).hasSize(2);
    }

    @Test
    void decreasesArePercentagePointsStayDistinctAndRelativePeriodsResolve() {
        List<Observation> obs = run("2025-05-10",
                "今年一季度，湖州市社会消费品零售总额下降2.3%，工业投资增速比去年同期回落1.5个百分点。");
        Observation retail = only(obs, "%", "2.3");
        assertThat(retail.normalizedValue()).isEqualByComparingTo("-2.3");
        assertThat(retail.period()).isEqualTo("2025-Q1");
        Observation points = only(obs, "个百分点", "1.5");
        assertThat(points.normalizedUnit()).isEqualTo("个百分点");
        assertThat(points.normalizedValue()).isEqualByComparingTo("-1.5");
        assertThat(points.period()).isEqualTo("2025-Q1");
    }

    @Test
    void lastYearAndThousandsSeparators() {
        List<Observation> obs = run("2025-03-01", "去年，嘉善县规上工业企业达到1,236家，新增12.5万户。");
        Observation firms = only(obs, "家", "1236");
        assertThat(firms.period()).isEqualTo("2024");
        assertThat(firms.subject()).isEqualTo(region("嘉善县"));
        assertThat(firms.indicatorIri()).isEqualTo(Iris.indicator("规模以上工业企业数"));
        assertThat(only(obs, "万户", "12.5").normalizedValue()).isEqualByComparingTo("125000");
    }

    @Test
    void subjectAndPeriodCarryOverWithinAParagraphOnly() {
        List<Observation> obs = run("2023-06-01",
                "2022年，义乌市外贸进出口总额达5000亿元。其中出口总额4000亿元。\n上半年，出口总额又增加了300亿元。");
        Observation exports = only(obs, "亿元", "4000");
        assertThat(exports.subject()).isEqualTo(region("义乌市"));
        assertThat(exports.period()).isEqualTo("2022");
        assertThat(exports.indicatorIri()).isEqualTo(Iris.indicator("出口总额"));
        Observation later = only(obs, "亿元", "300");
        assertThat(later.period()).isEqualTo("2023-H1");
        assertThat(later.subject()).as("main region").isEqualTo(region("义乌市"));
    }

    @Test
    void yearsDatesRanksAndPhoneNumbersAreNotFigures() {
        List<Observation> obs = run("2024-05-30",
                "5月24日，丽水市在2024年招商大会上排名第3位，热线电话为0578-2345678，发布十四五规划第一批清单。");
        assertThat(obs).isEmpty();
    }

    @Test
    void thresholdInsideANameIsNotAFigureAndRangesKeepBothEnds() {
        List<Observation> obs = run("2024-08-01", "台州市今年引进超5亿元制造业项目12个，总投资80—100亿元。");
        assertThat(obs).extracting(o -> o.value().toPlainString() + o.unit())
                .containsExactlyInAnyOrder("12个", "80亿元", "100亿元");
        assertThat(obs).allMatch(o -> "2024".equals(o.period()));
    }

    @Test
    void comparisonBaseIsNotThePeriod() {
        List<Observation> obs = run("2024-08-01", "2023年，舟山市港口货物吞吐量比上年增长8.2%。");
        assertThat(only(obs, "%", "8.2").period()).isEqualTo("2023");
    }

    @Test
    void bareMultipliersTakeTheUnitTheSentenceImplies() {
        List<Observation> obs = run("2024-02-01", "2023年，绍兴市财政总收入达900亿元，其中税收收入为700亿。");
        assertThat(only(obs, "亿元", "700").normalizedValue()).isEqualByComparingTo("70000000000");
        Observation people = only(run("2024-02-01", "去年，金华市常住人口增加了7.5万。"), "万人", "7.5");
        assertThat(people.normalizedValue()).isEqualByComparingTo("75000");
        assertThat(people.period()).isEqualTo("2023");
    }

    @Test
    void placesAndComparisonBasesAreNotSubjects() {
        List<Observation> obs = run("2023-03-01", "2022年，衢州市亩均税收仅为杭州市的60.5%，但高于丽水市的50.1%。");
        assertThat(only(obs, "%", "60.5").subject()).isEqualTo(region("衢州市"));
        assertThat(only(obs, "%", "50.1").subject()).isEqualTo(region("丽水市"));
        Observation labs = only(run("2023-03-01", "宁德市企业在上海市设立研发中心12家。"), "家", "12");
        assertThat(labs.subject()).isEqualTo(region("宁德市"));
    }

    @Test
    void startingYearsAndOriginYearsAreHandled() {
        Observation listed = only(run("2024-06-01", "自2015年以来，温岭市新增上市公司15家。"), "家", "15");
        assertThat(listed.period()).isNull();
        List<Observation> obs = run("2024-06-01", "到2030年，嘉兴市研发投入强度将由2023年的3.2%提高至4%。");
        assertThat(only(obs, "%", "3.2").period()).isEqualTo("2023");
        assertThat(only(obs, "%", "4").period()).isEqualTo("2030");
    }

    @Test
    void chineseNumeralsCountOnlyWithAUnitAndSharesOfTargetsAreSkipped() {
        List<Observation> obs = run("2024-06-01",
                "今年，温州市民营企业达到十二万家，一家企业获评标杆，全年投资完成年度目标的85%。");
        assertThat(obs).extracting(o -> o.value().toPlainString() + o.unit()).containsExactly("12万家");
        assertThat(obs.get(0).normalizedValue()).isEqualByComparingTo("120000");
    }

    @Test
    void corpusFiguresAgainstGold() throws Exception {
        Path corpus = Path.of("../shared/corpus");
        Path goldDir = Path.of("../shared/gold");
        assumeTrue(Files.isDirectory(corpus) && Files.isDirectory(goldDir), "../shared absent");
        List<Article> articles = new ArrayList<>();
        new ArticleReader(Path.of("ontology/lexicon")).read(corpus.toString(), new ArticleSink() {
            public void accept(Article a) {
                articles.add(a);
            }

            public void fail(String origin, String reason) {
                throw new AssertionError(origin + ": " + reason);
            }
        });
        TextCleaner cleaner = new TextCleaner(Path.of("ontology/lexicon"), s -> s);
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int npred = 0;
        int ngold = 0;
        for (Article a : articles) {
            String base = Path.of(a.origin()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path goldFile = goldDir.resolve(base + ".json");
            if (!Files.isRegularFile(goldFile)) {
                continue;
            }
            JsonNode gold = json.readTree(goldFile.toFile());
            CleanDocument doc = cleaner.clean(a);
            List<LinkedEntity> entities = TestDocs.regions(gazetteer, doc);
            Map<String, String> labels = entities.stream()
                    .collect(Collectors.toMap(LinkedEntity::iri, LinkedEntity::label, (x, y) -> x));
            List<Observation> obs = extractor.extract(doc, entities);
            List<GoldScorer.Pred> preds = obs.stream().map(o -> new GoldScorer.Pred(labels.getOrDefault(o.subject(), o.subject()),
                    o.value().doubleValue(), o.unit(), year(o.period()))).toList();
            GoldScorer.Score s = GoldScorer.score(preds, gold);
            tp += s.tp();
            npred += s.npred();
            ngold += s.ngold();
            System.out.printf("figures %-40s P=%.2f R=%.2f (tp %d, pred %d, gold %d)%n  fp: %s%n  missed: %s%n",
                    base, s.precision(), s.recall(), s.tp(), s.npred(), s.ngold(), s.fp(), s.missed());
            if (System.getenv("FIGURES_VERBOSE") != null) {
                obs.forEach(o -> System.out.println("    " + labels.get(o.subject()) + " | " + o.indicatorLabel() + " | "
                        + o.value() + o.unit() + " | " + o.period()));
            }
        }
        double p = npred == 0 ? 0 : (double) tp / npred;
        double r = ngold == 0 ? 1 : (double) tp / ngold;
        System.out.printf("figures micro P=%.3f R=%.3f F1=%.3f (tp %d, pred %d, gold %d)%n", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), tp, npred, ngold);
        assertThat(r).as("figure recall").isGreaterThanOrEqualTo(0.8);
        assertThat(p).as("figure precision").isGreaterThanOrEqualTo(0.75);
    }

    private static Integer year(String period) {
        return period != null && period.length() >= 4 && period.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(period.substring(0, 4)) : null;
    }
}
