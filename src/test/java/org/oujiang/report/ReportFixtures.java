package org.oujiang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.store.GraphStore;

/**
 * Two short stories written for these tests, run through the real pipeline into an in-memory store: 瑞安市 with
 * a cluster, a company, a policy, and 地区生产总值 for 2023 and 2024, where the stories disagree on 2024 in
 * different units (1300亿元 against 0.14万亿元).
 */
final class ReportFixtures {
    static final String STORY_A = """
            瑞安市汽摩配产业加快升级

            2023年，瑞安市地区生产总值达到1200亿元，同比增长6.5%。瑞安市的汽摩配产业集群持续壮大，瑞立集团有限公司位于瑞安市。
            2024年，瑞安市地区生产总值为1300亿元。
            """;
    static final String STORY_B = """
            瑞安经济再上台阶

            据统计，2024年瑞安市地区生产总值为0.14万亿元，增长7.1%。瑞安市实施“腾笼换鸟”行动，淘汰落后产能。
            """;

    private ReportFixtures() {
    }

    /** A fresh in-memory store holding the two stories and the reference data of {@code ontology/}. */
    static GraphStore store(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("stories"));
        Files.writeString(in.resolve("a.txt"), STORY_A, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), STORY_B, StandardCharsets.UTF_8);
        GraphStore store = GraphStore.inMemory();
        IngestReport r = IngestService.standard(store, Path.of("ontology"), null)
                .ingest(List.of(in.toString()), (n, origin, outcome) -> { });
        assertThat(r.added()).isEqualTo(2);
        return store;
    }
}
