package org.oujiang.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLibraryTest {
    @Test
    void everyLibraryQueryParsesAndIsDocumented() {
        QueryLibrary lib = new QueryLibrary(Path.of("queries"));
        assertThat(lib.names()).hasSizeGreaterThanOrEqualTo(8).contains("companies-in-region",
                "industry-clusters", "policies-by-region", "indicator-timeline", "stories-mentioning",
                "co-mentioned", "conflicting-figures", "top-entities");
        for (NamedQuery q : lib.all()) {
            assertThat(q.question()).as(q.name()).isNotBlank();
            assertThat(q.parameters()).as(q.name()).isNotBlank();
            assertThat(q.columns()).as(q.name()).isNotBlank();
        }
    }

    @Test
    void brokenFileIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.rq"), "# question: q\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("bad.rq"), "# question: q\nSELECT * { ?s ?p }\n");
        QueryLibrary lib = new QueryLibrary(dir);
        assertThat(lib.names()).containsExactly("bad", "good");
        assertThatThrownBy(lib::all).hasMessageContaining("bad.rq");
    }
}
