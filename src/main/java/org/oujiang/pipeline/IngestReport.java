package org.oujiang.pipeline;

import java.util.List;

/**
 * What one ingest batch did.
 *
 * @param added     articles stored for the first time
 * @param updated   articles whose graph was replaced by a different one
 * @param unchanged articles already stored exactly so
 * @param failed    inputs that could not be read, analysed or written
 * @param failures  one line per failure: {@code origin: reason}
 */
public record IngestReport(int added, int updated, int unchanged, int failed, List<String> failures) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** The summary line: {@code ingested N, updated N, unchanged N, failed N}. */
    public String summary() {
        return "ingested " + added + ", updated " + updated + ", unchanged " + unchanged + ", failed " + failed;
    }
}
