package org.oujiang.pipeline;

import java.nio.file.Path;

/**
 * One {@link ArticlePipeline} over {@code ontology/} for every test class in the test JVM: it loads HanLP
 * and the gazetteers (about a second) and is thread-safe once built, so tests share it instead of each
 * class loading its own.
 */
public final class SharedPipeline {
    private static ArticlePipeline pipeline;

    private SharedPipeline() {
    }

    public static synchronized ArticlePipeline get() {
        if (pipeline == null) {
            pipeline = new ArticlePipeline(Path.of("ontology"));
        }
        return pipeline;
    }
}
