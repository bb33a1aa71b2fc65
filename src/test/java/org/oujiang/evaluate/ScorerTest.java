package org.oujiang.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each matching rule of the scorer on small hand-made gold and predictions. */
class ScorerTest {
    private final Scorer scorer = new Scorer(UnitTable.standard());

    private static GoldSet.Entity entity(String type, String label, boolean optional, String... aliases) {
        return new GoldSet.Entity(type, label, List.of(aliases), optional);
    }

    private static GoldSet.Article gold(List<GoldSet.Entity> entities, List<GoldSet.Relation> relations,
                                        List<GoldSet.Observation> observations, List<String> notInArticle) {
        return new GoldSet.Article("t.json", "corpus/t.txt", entities, relations, observations, notInArticle);
    }

    private static final List<GoldSet.Entity> PLACES = List.of(
            entity("Region", "温州市", false, "温州"), entity("Region", "乐清市", false, "乐清"),
            entity("Company", "康奈集团有限公司", false, "康奈"), entity("Region", "中国", true),
            entity("Industry", "电工电器", false));

    private static Prediction entities(String... typeLabel) {
        List<Prediction.Entity> es = new java.util.ArrayList<>();
        for (int i = 0; i < typeLabel.length; i += 2) {
            es.add(new Prediction.Entity(typeLabel[i], typeLabel[i + 1]));
        }
        return new Prediction(es, List.of(), List.of());
    }

    @Test
    void aliasMatchesAndFurtherAliasesOfTheSameEntityAreIgnored() {
        Counts c = scorer.score(entities("Region", "温州", "Region", "温州市", "Company", "《康奈》"),
                gold(PLACES, List.of(), List.of(), List.of())).entities();
        assertThat(c.tp()).isEqualTo(2);
        assertThat(c.npred()).isEqualTo(2);
        assertThat(c.ngold()).isEqualTo(4);
        assertThat(c.missed()).containsExactly("Region:乐清市", "Industry:电工电器");
    }

    @Test
    void optionalCountsNeitherWay() {
        Counts c = scorer.score(entities("Region", "中国", "Region", "乐清"), gold(PLACES, List.of(), List.of(), List.of()))
                .entities();
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.npred()).isEqualTo(1);
        assertThat(c.fp()).isEmpty();
    }

    @Test
    void typeMustAgree() {
        Counts c = scorer.score(entities("Company", "温州市"), gold(PLACES, List.of(), List.of(), List.of())).entities();
        assertThat(c.tp()).isZero();
        assertThat(c.fp()).containsExactly("Company:温州市");
        assertThat(c.figures()).isEqualTo(new Figures(0.0, 0.0, 0.0));
    }

    @Test
    void labelsAreComparedNormalised() {
        assertThat(Labels.norm(" “ＡＢ 集团”《计划》 ")).isEqualTo("ab集团计划");
    }

    @Test
    void relationsAreCanonicalisedThroughAliasesOnTheGoldPredicatesOnly() {
        GoldSet.Article g = gold(PLACES, List.of(new GoldSet.Relation("乐清市", "partOf", "温州市", false),
                new GoldSet.Relation("温州市", "hasIndustryCluster", "电工电器", true)), List.of(), List.of());
        Prediction p = new Prediction(List.of(), List.of(new Prediction.Relation("乐清", "partOf", "温州"),
                new Prediction.Relation("温州", "hasIndustryCluster", "电工电器"),
                new Prediction.Relation("康奈", "locatedIn", "温州"),
                new Prediction.Relation("温州", "partOf", "浙江")), List.of());
        Counts c = scorer.score(p, g).relations();
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fp()).containsExactly("温州市|partOf|浙江");
        assertThat(c.npred()).isEqualTo(2);
        assertThat(c.ngold()).isEqualTo(1);
    }

    private static GoldSet.Observation figure(String subject, double value, String unit, Integer year, boolean optional) {
        return new GoldSet.Observation(subject, value, String.valueOf(value), unit, year, optional);
    }

    @Test
    void figuresCompareValueTimesUnitWithTheSignIgnored() {
        GoldSet.Article g = gold(PLACES, List.of(), List.of(figure("温州市", 8730.6, "亿元", 2022, false),
                figure("温州市", 1.9, "%", null, false)), List.of());
        Prediction p = new Prediction(List.of(), List.of(), List.of(
                new Prediction.Observation("温州", "873060000000", "元", 2022),
                new Prediction.Observation("温州", "-1.9", "%", 2022),
                new Prediction.Observation("温州", "8730.6", "万元", null)));
        Counts c = scorer.score(p, g).observations();
        assertThat(c.tp()).isEqualTo(2);
        assertThat(c.fp()).containsExactly("温州:8730.6万元");
    }

    @Test
    void yearMustAgreeWhenBothGiveOneAndMatchesAreOneToOne() {
        GoldSet.Article g = gold(PLACES, List.of(), List.of(figure("温州市", 5, "家", 2021, false),
                figure("乐清市", 7, "个", null, true)), List.of());
        Prediction p = new Prediction(List.of(), List.of(), List.of(
                new Prediction.Observation("温州市", "5", "家", 2020),
                new Prediction.Observation("温州市", "5", "家", 2021),
                new Prediction.Observation("温州市", "5", "家", null),
                new Prediction.Observation("乐清市", "7", "个", 2023)));
        Counts c = scorer.score(p, g).observations();
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fp()).containsExactly("温州市:5家@2020");
        assertThat(c.npred()).isEqualTo(2);
        assertThat(c.ngold()).isEqualTo(1);
    }

    @Test
    void leaksAreLabelsTheGoldSaysAreNotInTheArticle() {
        ArticleScore s = scorer.score(entities("Person", "樊振东", "Region", "温州市"),
                gold(PLACES, List.of(), List.of(), List.of("樊振东", "郑钦文")));
        assertThat(s.leaks()).containsExactly("樊振东");
    }

    @Test
    void emptySetsFollowTheScorersConventions() {
        assertThat(Figures.of(0, 0, 0)).isEqualTo(new Figures(1.0, 1.0, 1.0));
        assertThat(Figures.of(0, 0, 3)).isEqualTo(new Figures(0.0, 0.0, 0.0));
        assertThat(Figures.of(0, 2, 0)).isEqualTo(new Figures(0.0, 1.0, 0.0));
        assertThat(Figures.of(2, 3, 3).f1()).isEqualTo(0.667);
        assertThat(Figures.show(1.0)).isEqualTo("1.0");
        assertThat(Figures.show(0.95)).isEqualTo("0.95");
    }
}
