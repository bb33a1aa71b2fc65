package org.oujiang.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.jena.update.UpdateRequest;
import org.oujiang.store.Store;
import org.oujiang.store.UpdateCount;

/**
 * Runs SPARQL Update on the store for the {@code update} command. UPDATE is SPARQL text or a path to a file
 * holding it; the standard prefixes are predeclared. {@link #check} parses it first (a syntax error is one
 * line with line and column; a read query is sent to {@code query}), so nothing is asked or changed for text
 * that cannot run. {@link #run} applies it with {@link Store#update} (one transaction or request, registry
 * and indexes brought up to date) and then calls {@code afterWrite}, which brings the search index in step.
 */
public final class UpdateRunner {
    private final Store store;
    private final Runnable afterWrite;

    /** What an update changed ({@link UpdateCount}), for the command's one line. */
    public record Result(UpdateCount count) {
        /** "3 quads added, 1 removed, in 2 graphs"; a remote store's: "net change +2 quads in the named graphs". */
        public String summary() {
            if (count.netOnly()) {
                long net = count.added() - count.removed();
                return "net change %s%,d quads in the named graphs".formatted(net >= 0 ? "+" : "", net);
            }
            return "%,d quad%s added, %,d removed, in %,d graph%s".formatted(count.added(),
                    count.added() == 1 ? "" : "s", count.removed(), count.graphs(), count.graphs() == 1 ? "" : "s");
        }
    }

    public UpdateRunner(Store store, Runnable afterWrite) {
        this.store = store;
        this.afterWrite = afterWrite;
    }

    /** Parses UPDATE (text or file); fails with one line naming the file or the line and column. */
    public UpdateRequest check(String updateArg) {
        return SparqlSyntax.update(resolve(updateArg));
    }

    /** Parses and applies UPDATE, then runs {@code afterWrite}. */
    public Result run(String updateArg) {
        UpdateRequest req = check(updateArg);
        UpdateCount count = store.update(req.toString());
        afterWrite.run();
        return new Result(count);
    }

    /** The text of UPDATE: the content of the file it names, else the argument itself. */
    static String resolve(String updateArg) {
        String arg = updateArg == null ? "" : updateArg.strip();
        if (arg.isEmpty()) {
            throw new QueryException("give an UPDATE: SPARQL Update text or a file holding it");
        }
        Path p = asPath(arg);
        if (p == null) {
            return updateArg;
        }
        if (!Files.isRegularFile(p)) {
            throw new QueryException("update file " + arg + " not found");
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException("cannot read " + arg + ": " + e.getMessage(), e);
        }
    }

    /** A file path when {@code arg} names an existing file or ends in .ru, .rq or .sparql; else null. */
    private static Path asPath(String arg) {
        if (arg.contains("\n") || arg.contains("{")) {
            return null;
        }
        try {
            Path p = Path.of(arg);
            boolean named = arg.endsWith(".ru") || arg.endsWith(".rq") || arg.endsWith(".sparql");
            return named || Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
