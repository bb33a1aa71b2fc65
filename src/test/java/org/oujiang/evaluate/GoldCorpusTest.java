package org.oujiang.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole evaluation on the shared gold set (read at run time from ../shared, never copied); skipped when
 * it is absent. Floors below the current figures so that a regression fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path GOLD = Path.of("../shared/gold");
    private Evaluation simplified;
    private Evaluator evaluator;

    @BeforeAll
    void run() {
        assumeTrue(Files.isDirectory(CORPUS) && Files.isDirectory(GOLD),
                "../shared/corpus or ../shared/gold absent: gold evaluation skipped");
        evaluator = new Evaluator(Path.of("ontology"));
        simplified = evaluator.evaluate(CORPUS, GOLD, false, r -> { });
        System.out.println(EvaluationFormat.total(simplified));
    }

    @Test
    void microF1FloorsAndNoLeaks() {
        assertThat(simplified.failed()).isZero();
        assertThat(simplified.micro(Kind.ENTITIES).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(simplified.micro(Kind.RELATIONS).f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(simplified.micro(Kind.OBSERVATIONS).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(simplified.leaks()).isZero();
    }

    @Test
    void traditionalEntitiesWithinThreeHundredthsOfSimplified() {
        Evaluation traditional = evaluator.evaluate(CORPUS, GOLD, true, r -> { });
        System.out.println("traditional: " + EvaluationFormat.total(traditional));
        assertThat(traditional.failed()).isZero();
        assertThat(traditional.micro(Kind.ENTITIES).f1())
                .isCloseTo(simplified.micro(Kind.ENTITIES).f1(), org.assertj.core.data.Offset.offset(0.03));
    }
}
