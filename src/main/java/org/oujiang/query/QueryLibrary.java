package org.oujiang.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.QueryParseException;

/**
 * The named queries of a directory ({@code queries/}): every {@code *.rq} file, parsed on first use so a
 * broken file is reported by name. The leading {@code #} comment lines describe the query
 * ({@code # question:}, {@code # parameters:}, {@code # columns:}).
 */
public final class QueryLibrary {
    private final Path dir;
    private Map<String, NamedQuery> queries;

    public QueryLibrary(Path dir) {
        this.dir = dir;
    }

    /** The library of {@code <oujiang.home>/queries}. */
    public static QueryLibrary fromHome() {
        return new QueryLibrary(Path.of(System.getProperty("oujiang.home", ".")).resolve("queries"));
    }

    /** The query names, sorted, without parsing (for completion); empty when the directory is missing. */
    public List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** All queries, parsed; throws naming the first file that does not parse. */
    public synchronized List<NamedQuery> all() {
        if (queries == null) {
            Map<String, NamedQuery> loaded = new LinkedHashMap<>();
            for (String name : names()) {
                loaded.put(name, load(dir.resolve(name + ".rq")));
            }
            queries = Collections.unmodifiableMap(loaded);
        }
        return List.copyOf(queries.values());
    }

    /** The query of that name, if the library has it. */
    public Optional<NamedQuery> find(String name) {
        all();
        return Optional.ofNullable(queries.get(name));
    }

    /** Reads and parses one {@code .rq} file. */
    public static NamedQuery load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            QueryRunner.parse(text);
        } catch (QueryParseException | QueryException e) {
            throw new QueryException(file + ": " + e.getMessage().strip(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        List<String> comments = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            comments.add(l.substring(1).strip());
        }
        String question = header(comments, "question");
        if (question.isEmpty() && !comments.isEmpty()) {
            question = comments.get(0);
        }
        return new NamedQuery(name, question, header(comments, "parameters"), header(comments, "columns"),
                comments, text);
    }

    private static String header(List<String> comments, String key) {
        return comments.stream().filter(c -> c.startsWith(key + ":"))
                .map(c -> c.substring(key.length() + 1).strip()).findFirst().orElse("");
    }
}
