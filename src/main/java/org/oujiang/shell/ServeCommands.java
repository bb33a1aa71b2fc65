package org.oujiang.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import org.oujiang.report.ReportServlet;
import org.oujiang.report.Reports;
import org.oujiang.serve.ServeOptions;
import org.oujiang.serve.SparqlServer;
import org.oujiang.store.GraphStore;
import org.oujiang.store.StoreInUseException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code serve}: a SPARQL endpoint over the store. Run alone ({@code ./oujiang serve}) it prints the URL and
 * blocks until the process is stopped; in the interactive shell it runs in the background, so ingest keeps
 * working, until {@code serve --stop} or the shell exits.
 */
@Command
public class ServeCommands implements AutoCloseable {
    private final OujiangServices services;
    private final Console console;
    private final boolean oneShot;
    private SparqlServer server;

    @Autowired
    public ServeCommands(OujiangServices services, Console console, ApplicationArguments args) {
        this(services, console, args.getSourceArgs().length > 0);
    }

    /** For tests: {@code oneShot} true blocks like {@code ./oujiang serve}. */
    public ServeCommands(OujiangServices services, Console console, boolean oneShot) {
        this.services = services;
        this.console = console;
        this.oneShot = oneShot;
    }

    @Command(command = "serve", description = "Serve the store as a SPARQL endpoint (read-only, 127.0.0.1 by default)")
    public void serve(
            @Option(longNames = "port", defaultValue = "3030", arity = OptionArity.EXACTLY_ONE, description = "TCP port")
            int port,
            @Option(longNames = "host", defaultValue = ServeOptions.DEFAULT_HOST, arity = OptionArity.EXACTLY_ONE,
                    description = "address to bind; anything but 127.0.0.1 exposes the store to the network")
            String host,
            @Option(longNames = "allow-update", description = "accept SPARQL Update and Graph Store Protocol writes")
            boolean allowUpdate,
            @Option(longNames = "timeout", defaultValue = "30s", arity = OptionArity.EXACTLY_ONE,
                    description = "query time limit, e.g. 30s, 500ms, 2m")
            String timeout,
            @Option(longNames = "stop", description = "stop the endpoint this shell started")
            boolean stop) {
        if (stop) {
            stop();
            return;
        }
        synchronized (this) {
            if (server != null) {
                throw new CommandFailedException("already serving at " + server.queryUrl()
                        + " (serve --stop first)", 1, false);
            }
            ServeOptions options = new ServeOptions(host, port, allowUpdate, ServeOptions.parseTimeout(timeout));
            GraphStore store = embeddedStore();
            server = SparqlServer.start(store.dataset(), options, endpointFile(store),
                    ReportServlet.routes(new Reports(store)));
        }
        console.out().println("serving " + server.queryUrl() + (allowUpdate ? " (updates allowed)" : ""));
        console.err().println("reports at " + server.baseUrl() + "/");
        console.out().flush();
        if (oneShot) {
            server.join();
        }
    }

    /** The URL being served, or null. */
    public synchronized String url() {
        return server == null ? null : server.queryUrl();
    }

    private void stop() {
        String url;
        synchronized (this) {
            if (server == null) {
                throw new CommandFailedException("not serving", 1, false);
            }
            url = server.queryUrl();
            close();
        }
        console.out().println("stopped " + url);
    }

    private GraphStore embeddedStore() {
        Object store = services.store();
        if (store instanceof GraphStore g) {
            return g;
        }
        throw new CommandFailedException("serve needs an embedded store directory; " + services.store().location()
                + " is a SPARQL server already: query it directly", 1, false);
    }

    private static Path endpointFile(GraphStore store) {
        Path dir = Path.of(store.location());
        return Files.isDirectory(dir) ? dir.resolve(StoreInUseException.ENDPOINT_FILE) : null;
    }

    /** Stops the endpoint (and removes its URL file) when the application closes. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
