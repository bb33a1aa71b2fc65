package org.oujiang.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads articles from a file, a directory (recursive, sorted by path, hidden entries and README files
 * skipped, symbolic-link loops reported and not followed) or {@code -} for standard input, and hands each
 * {@link Article} or failure to an {@link ArticleSink}. Formats by extension: .txt/.md/.markdown
 * (optional YAML front matter), .html/.htm, .json, .jsonl; standard input is text unless it starts
 * with {@code {} or {@code [}. The charset is detected from the bytes. No exception escapes for bad
 * input: every problem becomes one {@code sink.fail(origin, reason)}. A directory is listed before any
 * file is read, so a file deleted meanwhile fails as "no longer exists". Inputs above {@link #MAX_BYTES}
 * are refused from their size, before reading; memory per input is bounded by that limit.
 *
 * <p>Needs the lexicon directory for the {@code html-noise} words of {@code boilerplate.tsv}.
 */
public final class ArticleReader {

    /** Inputs larger than this (16 MiB) fail without being read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The reason given for them. */
    public static final String TOO_LARGE = "larger than the 16 MiB limit";
    private static final Set<String> TEXT = Set.of("txt", "md", "markdown");
    private static final Set<String> HTML = Set.of("html", "htm");
    private static final Set<String> KNOWN = Set.of("txt", "md", "markdown", "html", "htm", "json", "jsonl");

    private final TextFormat text = new TextFormat();
    private final JsonFormat json = new JsonFormat();
    private final HtmlFormat html;

    /** A reader using {@code lexiconDir/boilerplate.tsv} for HTML noise words. */
    public ArticleReader(Path lexiconDir) {
        this.html = new HtmlFormat(BoilerplateRules.load(lexiconDir).htmlNoise());
    }

    /** A reader using {@code ontology/lexicon} under the working directory when present. */
    public ArticleReader() {
        Path dir = Path.of("ontology", "lexicon");
        List<String> noise = Files.isRegularFile(dir.resolve(BoilerplateRules.FILE))
                ? BoilerplateRules.load(dir).htmlNoise() : List.of();
        this.html = new HtmlFormat(noise);
    }

    /** Reads a file, a directory, or {@code -} (standard input). */
    public void read(String pathOrDash, ArticleSink sink) {
        if ("-".equals(pathOrDash)) {
            readStdin(System.in, sink);
            return;
        }
        Path path = Path.of(pathOrDash);
        if (Files.isDirectory(path)) {
            for (Path file : InputFiles.list(path, name -> KNOWN.contains(extension(name)), sink)) {
                readFile(file, sink);
            }
        } else if (Files.exists(path)) {
            String ext = extension(path.getFileName().toString());
            if (!ext.isEmpty() && !KNOWN.contains(ext)) {
                sink.fail(pathOrDash, "unsupported file type ." + ext + " (use .txt, .md, .html, .json or .jsonl)");
            } else {
                readFile(path, sink);
            }
        } else if (Files.isSymbolicLink(path)) {
            sink.fail(pathOrDash, "broken symbolic link");
        } else {
            sink.fail(pathOrDash, "no such file or directory");
        }
    }

    /** Reads one input held in memory; {@code origin}'s extension chooses the format. */
    public void read(String origin, byte[] bytes, ArticleSink sink) {
        List<Outcome> outcomes;
        try {
            outcomes = parse(origin, bytes);
        } catch (ArticleFormatException e) {
            outcomes = List.of(Outcome.failed(origin, e.getMessage()));
        } catch (RuntimeException e) {
            outcomes = List.of(Outcome.failed(origin, "unreadable: " + JsonFormat.shortMessage(e)));
        }
        for (Outcome o : outcomes) {
            if (o.article() != null) {
                sink.accept(o.article());
            } else {
                sink.fail(o.origin(), o.reason());
            }
        }
    }

    private List<Outcome> parse(String origin, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ArticleFormatException(TOO_LARGE);
        }
        String ext = "-".equals(origin) ? "" : extension(origin);
        if (!ext.isEmpty() && !KNOWN.contains(ext)) {
            throw new ArticleFormatException("unsupported file type ." + ext);
        }
        String content = TextDecoder.decode(bytes);
        if (ext.isEmpty()) {
            String start = content.stripLeading();
            ext = start.startsWith("[") || start.startsWith("{") ? (looksLikeLines(start) ? "jsonl" : "json") : "txt";
        }
        if (HTML.contains(ext)) {
            return List.of(Outcome.ok(html.parse(origin, content)));
        }
        if (TEXT.contains(ext)) {
            return List.of(Outcome.ok(text.parse(origin, content, !ext.equals("txt"))));
        }
        return ext.equals("json") ? json.parseJson(origin, content) : json.parseJsonLines(origin, content);
    }

    /** Several non-blank lines that each start with an object. */
    private static boolean looksLikeLines(String s) {
        List<String> lines = s.lines().filter(l -> !l.isBlank()).limit(3).toList();
        return lines.size() > 1 && lines.stream().allMatch(l -> l.strip().startsWith("{") && l.strip().endsWith("}"));
    }

    private void readFile(Path file, ArticleSink sink) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                sink.fail(origin, TOO_LARGE + " (" + (size >> 20) + " MiB)");
                return;
            }
            read(origin, readAtMost(file), sink);
        } catch (IOException e) {
            sink.fail(origin, InputFiles.reason(e));
        } catch (SecurityException e) {
            sink.fail(origin, "permission denied");
        }
    }

    /** The file's bytes, never more than {@link #MAX_BYTES} + 1 even if it grew since its size was read. */
    private static byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) MAX_BYTES + 1);
        }
    }

    private void readStdin(InputStream in, ArticleSink sink) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            read("-", bytes, sink);
        } catch (IOException e) {
            sink.fail("-", "cannot read standard input: " + e.getMessage());
        }
    }

    private static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
