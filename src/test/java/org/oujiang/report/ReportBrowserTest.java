package org.oujiang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.shell.Console;
import org.oujiang.shell.OujiangServices;
import org.oujiang.shell.ReportCommands;
import org.oujiang.store.GraphStore;

/**
 * Issue 7's done-when check: the 温州市 report of the store built from {@code ../shared/corpus}, rendered by
 * headless Chromium (Debian's {@code chromium}). Asserts on the DOM after the scripts ran (the summary element
 * the page fills from what ECharts holds, and the SVG text ECharts drew) and on a screenshot. Skipped with a
 * message when the corpus or Chromium is absent. {@code -Dreport.screenshot=FILE} keeps the screenshot.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ReportBrowserTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void chromiumRendersTheWenzhouReportWithItsGraphAndA2024Chart() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus absent: the browser test of the 温州市 report skipped");
        assumeTrue(Files.isExecutable(CHROMIUM), "/usr/bin/chromium absent (apt-get install chromium): browser test "
                + "of the report skipped");
        Path html = dir.resolve("wz.html");
        try (GraphStore store = GraphStore.inMemory()) {
            IngestReport r = IngestService.standard(store, Path.of("ontology"), null)
                    .ingest(List.of(CORPUS.toString()), (n, origin, outcome) -> { });
            assertThat(r.failed()).isZero();
            Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
            new ReportCommands(new OujiangServices(Path.of("."), store), console).report("温州市", html.toString());
        }

        String dom = chromium(html, "--dump-dom");
        Matcher m = Pattern.compile("<div id=\"render-summary\"[^>]*>").matcher(dom);
        assertThat(m.find()).as("render summary in the DOM after scripts ran").isTrue();
        String summary = m.group();
        assertThat(dom).contains("data-rendered=\"true\"");
        String nodes = attribute(summary, "data-graph-nodes");
        assertThat(List.of(nodes.split("\\|"))).contains("温州市", "乐清市", "泵阀", "腾笼换鸟");
        assertThat(attribute(summary, "data-charts")).contains("规模以上工业增加值增速:2024=10.2");
        assertThat(Integer.parseInt(attribute(summary, "data-svg-texts"))).isGreaterThan(50);
        String graphSvg = dom.substring(dom.indexOf("id=\"graph\""), dom.indexOf("id=\"charts-section\""));
        assertThat(graphSvg).contains("<svg").contains(">乐清市</text>").contains(">泵阀</text>");
        String chartsSvg = dom.substring(dom.indexOf("id=\"charts\""), dom.indexOf("id=\"facts-section\""));
        assertThat(chartsSvg).contains("<svg").contains(">2024</text>").contains(">10.2</text>");

        Path png = dir.resolve("wz.png");
        chromium(html, "--screenshot=" + png, "--window-size=1400,1000");
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        String keep = System.getProperty("report.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        assertThat(m.find()).as(name + " in " + tag).isTrue();
        return m.group(1);
    }

    /** Runs headless Chromium on the file with a fresh profile; returns standard output. */
    private String chromium(Path html, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--virtual-time-budget=5000"));
        cmd.addAll(List.of(args));
        cmd.add(html.toUri().toString());
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + cmd);
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
