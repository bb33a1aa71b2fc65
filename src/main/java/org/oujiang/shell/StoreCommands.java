package org.oujiang.shell;

import java.util.List;
import java.util.stream.Collectors;
import org.oujiang.query.EntityDescription;
import org.oujiang.query.StoreStats;
import org.oujiang.store.ArticleInfo;
import org.oujiang.store.GraphStore;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** {@code articles}, {@code describe}, {@code stats}, {@code remove}, {@code compact} and {@code version}. */
@Command
public class StoreCommands {
    private final OujiangServices services;
    private final Console console;

    public StoreCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "articles", description = "List stored articles: date, title, entities per type, IRI")
    public void articles() {
        for (ArticleInfo a : services.catalog().list()) {
            String counts = a.entities().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            console.out().println((a.date().isEmpty() ? "-" : a.date()) + "\t" + a.title() + "\t" + counts
                    + "\t" + a.iri());
        }
    }

    @Command(command = "describe", description = "Everything known about an entity across stories")
    public void describe(@Option(longNames = "name", required = true, arity = OptionArity.EXACTLY_ONE, description = "a label or other name")
                         String name) {
        List<EntityDescription> found = services.describer().describe(name);
        if (found.isEmpty()) {
            throw new CommandFailedException("no entity is called '" + name + "'", 1, false);
        }
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                console.out().println();
            }
            console.out().print(found.get(i).render());
        }
        console.out().flush();
    }

    @Command(command = "stats", description = "Counts: articles, entities per type, relations, observations, quads")
    public void stats() {
        console.out().print(StoreStats.of(services.store()).render());
        console.out().flush();
    }

    @Command(command = "remove", description = "Remove one article's graph (by IRI, hash prefix or exact title)")
    public void remove(@Option(longNames = "article", required = true, arity = OptionArity.EXACTLY_ONE, description = "IRI, hash prefix or exact title")
                       String article) {
        ArticleInfo a = services.catalog().resolve(article, false);
        services.ingest().remove(a.iri());
        console.out().println("removed " + a.title() + " <" + a.iri() + ">");
    }

    @Command(command = "compact", description = "Reclaim disk space: rewrite the embedded store without the index "
            + "blocks earlier write transactions left behind")
    public void compact() {
        if (!(services.store() instanceof GraphStore embedded)) {
            throw new CommandFailedException("compact needs the embedded store; " + services.store().location()
                    + " is a SPARQL endpoint", 1, false);
        }
        long t = System.nanoTime();
        long[] size = embedded.compact();
        console.out().printf("compacted %s: %d MiB -> %d MiB in %.1f s%n", embedded.location(), size[0] >> 20,
                size[1] >> 20, (System.nanoTime() - t) / 1e9);
        console.out().flush();
    }

    @Command(command = "version", description = "Show the Oujiang version")
    public void version() {
        String v = StoreCommands.class.getPackage().getImplementationVersion();
        console.out().println("oujiang " + (v == null ? "dev" : v) + " (Java " + System.getProperty("java.version")
                + ", Apache Jena " + org.apache.jena.Jena.VERSION + ")");
    }
}
