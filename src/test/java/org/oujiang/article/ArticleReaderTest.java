package org.oujiang.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(Path.of("ontology/lexicon"));

    private CollectingSink read(String origin, String content) {
        return read(origin, content.getBytes(StandardCharsets.UTF_8));
    }

    private CollectingSink read(String origin, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        reader.read(origin, bytes, sink);
        return sink;
    }

    @Test
    void plainTextTakesFirstLineAsTitle() {
        CollectingSink sink = read("a.txt", "\n瓯江新区开工三个项目\r\n项目总投资12.5亿元。\r\n\u0000第二段。\n");
        assertThat(sink.failures).isEmpty();
        Article a = sink.articles.get(0);
        assertThat(a.title()).isEqualTo("瓯江新区开工三个项目");
        assertThat(a.body()).isEqualTo("项目总投资12.5亿元。\n第二段。\n");
        assertThat(a.origin()).isEqualTo("a.txt");
        assertThat(a.date()).isNull();
    }

    @Test
    void markdownFrontMatterGivesMetadata() {
        String md = "---\ntitle: \"乐清电气产业集群扩容\"\ndate: 2023年7月8日\nsource: 测试报\nurl: https://example.org/a\n---\n"
                + "乐清市新增两家电气企业。\n";
        Article a = read("x.md", md).articles.get(0);
        assertThat(a.title()).isEqualTo("乐清电气产业集群扩容");
        assertThat(a.date()).isEqualTo("2023-07-08");
        assertThat(a.source()).isEqualTo("测试报");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.body()).isEqualTo("乐清市新增两家电气企业。\n");
    }

    @Test
    void markdownHeadingWithoutFrontMatterBecomesTitle() {
        Article a = read("x.markdown", "# 永嘉泵阀企业上云\n\n共有30家企业参与。").articles.get(0);
        assertThat(a.title()).isEqualTo("永嘉泵阀企业上云");
    }

    @Test
    void brokenFrontMatterFails() {
        CollectingSink sink = read("bad.md", "---\ntitle: [unclosed\ndate: 2022\n---\n正文一句。\n");
        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().asString().startsWith("bad.md: broken front matter");
        CollectingSink open = read("open.md", "---\ntitle: 标题\n正文一句。\n");
        assertThat(open.failures).singleElement().asString().contains("no closing ---");
    }

    @Test
    void htmlKeepsParagraphsAndDropsNoise() {
        String html = "<html><head><meta charset='gbk'><title>瑞安汽配出口增长</title>"
                + "<meta property='article:published_time' content='2024-03-05T08:00:00+08:00'>"
                + "<link rel='canonical' href='https://example.org/ruian'></head><body>"
                + "<nav>首页 新闻</nav><div class='top-menu'>菜单</div><script>var x=1;</script>"
                + "<div class='content'><p>瑞安汽配出口增长8.5%。</p><!-- 注释 --><p>企业数量达到120家。<br>同比增加。</p>"
                + "<div class='share-bar'>分享到</div><ul class='related-list'><li>别的新闻</li></ul></div>"
                + "<footer>版权</footer></body></html>";
        Article a = read("p.html", html).articles.get(0);
        assertThat(a.title()).isEqualTo("瑞安汽配出口增长");
        assertThat(a.date()).isEqualTo("2024-03-05");
        assertThat(a.url()).isEqualTo("https://example.org/ruian");
        assertThat(a.body()).isEqualTo("瑞安汽配出口增长8.5%。\n企业数量达到120家。\n同比增加。");
    }

    @Test
    void htmlWithOnlyScriptsFails() {
        CollectingSink sink = read("s.htm", "<html><body><script>alert(1)</script><style>p{}</style></body></html>");
        assertThat(sink.failures).containsExactly("s.htm: no text outside scripts, styles and page navigation");
    }

    @Test
    void htmlCharsetComesFromBytesNotFromWrongMeta() {
        String html = "<html><head><meta charset='utf-8'><title>温州鞋业</title></head><body><p>温州鞋业产值增长百分之五，企业继续扩大生产规模。</p></body></html>";
        Article a = read("g.html", html.getBytes(Charset.forName("GB18030"))).articles.get(0);
        assertThat(a.title()).isEqualTo("温州鞋业");
        assertThat(a.body()).contains("企业继续扩大生产规模");
    }

    @Test
    void jsonObjectAndArray() {
        Article one = read("o.json", "{\"title\":\"甲\",\"date\":\"2022/5/26\",\"content\":\"内容一。\"}").articles.get(0);
        assertThat(one.body()).isEqualTo("内容一。");
        assertThat(one.date()).isEqualTo("2022-05-26");
        CollectingSink sink = read("arr.json", "[{\"title\":\"甲\",\"text\":\"一。\"},{\"title\":\"乙\"},3]");
        assertThat(sink.articles).extracting(Article::origin).containsExactly("arr.json#1");
        assertThat(sink.failures).containsExactly("arr.json#2: no body field (body, content or text)",
                "arr.json#3: item 3 is not a JSON object");
        assertThat(read("bad.json", "{\"title\": ").failures).singleElement().asString()
                .startsWith("bad.json: invalid JSON");
    }

    @Test
    void brokenJsonLineFailsAloneAndOthersGoOn() {
        String jsonl = "{\"title\":\"一\",\"body\":\"第一篇。\"}\n\n{\"title\": broken\n{\"title\":\"三\",\"body\":\"第三篇。\",\"date\":\"2021-11-05T10:00:00Z\"}\n";
        CollectingSink sink = read("f.jsonl", jsonl);
        assertThat(sink.articles).extracting(Article::origin).containsExactly("f.jsonl:1", "f.jsonl:4");
        assertThat(sink.articles.get(1).date()).isEqualTo("2021-11-05");
        assertThat(sink.failures).singleElement().asString().startsWith("f.jsonl:3: invalid JSON at line 3: ");
    }

    @Test
    void stdinIsTextUnlessItStartsWithABrace() {
        assertThat(read("-", "标题一\n正文。").articles.get(0).title()).isEqualTo("标题一");
        assertThat(read("-", "{\"title\":\"t\",\"body\":\"b\"}").articles.get(0).origin()).isEqualTo("-");
        assertThat(read("-", "{\"title\":\"t\",\"body\":\"b\"}\n{\"title\":\"u\",\"body\":\"c\"}").articles)
                .extracting(Article::origin).containsExactly("-:1", "-:2");
    }

    @Test
    void dashReadsStandardInput() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("标题\n正文一句。".getBytes(StandardCharsets.UTF_8)));
            CollectingSink sink = new CollectingSink();
            reader.read("-", sink);
            assertThat(sink.articles).extracting(Article::origin, Article::title).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("-", "标题"));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void gbkAndBig5BytesAreDecoded() {
        String simplified = "温州市经济持续增长，制造业企业加快转型升级，民营经济活力不断增强。";
        Article gb = read("gb.txt", ("标题\n" + simplified).getBytes(Charset.forName("GB18030"))).articles.get(0);
        assertThat(gb.body()).isEqualTo(simplified);
        String traditional = "溫州市經濟持續增長，製造業企業加快轉型升級，民營經濟活力不斷增強。";
        Article big5 = read("b5.txt", ("標題\n" + traditional).getBytes(Charset.forName("Big5"))).articles.get(0);
        assertThat(big5.title()).isEqualTo("標題");
        assertThat(big5.body()).isEqualTo(traditional);
    }

    @Test
    void veryShortGbkTextIsNotTakenForCyrillic() {
        Article a = read("s.txt", "温州\n乐清".getBytes(Charset.forName("GB18030"))).articles.get(0);
        assertThat(a.title()).isEqualTo("温州");
        assertThat(a.body()).isEqualTo("乐清");
    }

    @Test
    void latin1TextStaysLatin1() {
        String text = "Caf\u00e9 news\nThe r\u00e9sum\u00e9 of the na\u00efve caf\u00e9 owner, \u00e0 la carte.";
        Article a = read("l.txt", text.getBytes(StandardCharsets.ISO_8859_1)).articles.get(0);
        assertThat(a.body()).contains("r\u00e9sum\u00e9");
    }

    @Test
    void tooLargeInputFails() {
        byte[] big = new byte[(int) ArticleReader.MAX_BYTES + 1];
        assertThat(read("big.txt", big).failures).containsExactly("big.txt: larger than the 16 MiB limit");
    }

    @Test
    void brokenUtf8IsReportedWithItsOffsetNotDecodedAsMojibake() {
        byte[] good = "温州市经济持续增长，制造业企业加快转型升级。".getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[9] = (byte) 0xFF;
        assertThat(read("bad.txt", bad).failures).containsExactly("bad.txt: invalid UTF-8 at byte 9");
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 1);
        assertThat(read("cut.txt", cut).failures)
                .containsExactly("cut.txt: truncated UTF-8: the input ends inside a character at byte "
                        + (good.length - 3));
    }

    @Test
    void nulBytesAreStrippedUnlessThereAreSoManyTheFileIsBinary() {
        String body = "温州市经济持续增长，制造业企业加快转型升级，民营经济活力不断增强。";
        Article a = read("n.txt", ("标题\n" + body.replaceFirst("，", "，\u0000")).getBytes(StandardCharsets.UTF_8))
                .articles.get(0);
        assertThat(a.body()).isEqualTo(body);
        assertThat(read("z.txt", "标题\n温\u0000\u0000州".getBytes(StandardCharsets.UTF_8)).failures)
                .containsExactly("z.txt: not text (binary content)");
    }

    @Test
    void emptyBinaryAndUnknownInputsFail() {
        assertThat(read("e.txt", new byte[0]).failures).containsExactly("e.txt: empty file");
        assertThat(read("w.txt", " \n\n ").failures).containsExactly("w.txt: empty file");
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 % 32);
        }
        assertThat(read("bin.txt", binary).failures).containsExactly("bin.txt: not text (binary content)");
        assertThat(read("x.pdf", "abc").failures).singleElement().asString().contains("unsupported file type .pdf");
    }

    @Test
    void directoryIsReadRecursivelySortedSkippingHiddenAndUnknown(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/.hidden"));
        Files.writeString(dir.resolve("b/2.txt"), "二\n正文二。");
        Files.writeString(dir.resolve("a.txt"), "一\n正文一。");
        Files.writeString(dir.resolve("b/.hidden/3.txt"), "三\n正文三。");
        Files.writeString(dir.resolve(".secret.txt"), "四\n正文四。");
        Files.writeString(dir.resolve("notes.csv"), "a,b");
        Files.write(dir.resolve("b/empty.md"), new byte[0]);
        boolean links = true;
        try {
            Files.createSymbolicLink(dir.resolve("b/loop"), dir);
        } catch (UnsupportedOperationException | java.io.IOException ignored) {
            links = false; // no symbolic links here: the rest still holds
        }
        CollectingSink sink = new CollectingSink();
        reader.read(dir.toString(), sink);
        assertThat(sink.articles).extracting(Article::title).containsExactly("一", "二");
        assertThat(sink.failures).contains(dir.resolve("b/empty.md") + ": empty file")
                .hasSize(links ? 2 : 1);
        if (links) {
            assertThat(sink.failures).contains(dir.resolve("b/loop") + ": symbolic link loop (not followed)");
        }
    }

    @Test
    void namedFilesFailClearly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.doc"), "text");
        CollectingSink sink = new CollectingSink();
        reader.read(dir.resolve("x.doc").toString(), sink);
        reader.read(dir.resolve("missing.txt").toString(), sink);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        reader.read(dir.resolve("dangling.txt").toString(), sink);
        assertThat(sink.failures).hasSize(3);
        assertThat(sink.failures.get(2)).endsWith("dangling.txt: broken symbolic link");
        assertThat(sink.failures.get(0)).contains("unsupported file type .doc");
        assertThat(sink.failures.get(1)).endsWith("no such file or directory");
    }

    @Test
    void datesAreNormalised() {
        assertThat(Dates.normalise("2022-05-26")).isEqualTo("2022-05-26");
        assertThat(Dates.normalise("2022/5/26")).isEqualTo("2022-05-26");
        assertThat(Dates.normalise("2022年5月26日")).isEqualTo("2022-05-26");
        assertThat(Dates.normalise("2022-05-26T10:00:00+08:00")).isEqualTo("2022-05-26");
        assertThat(Dates.normalise("2022-05-26 10:00")).isEqualTo("2022-05-26");
        assertThat(Dates.normalise("2022年5月")).isEqualTo("2022-05");
        assertThat(Dates.normalise("去年春天")).isEqualTo("去年春天");
        assertThat(Dates.normalise("2022-13-40")).isEqualTo("2022-13-40");
        assertThat(Dates.normalise(" ")).isNull();
    }
}
