package org.oujiang.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.LoggerFactory;

/**
 * An embedded Apache Jena Fuseki server over the store's own {@link Dataset} (TDB2 allows one process per
 * directory, so the endpoint shares the shell's object; what ingest writes is visible to the next query).
 *
 * <p>One dataset, {@value #DATASET}: SPARQL query at {@code /oujiang/sparql}, {@code /oujiang/query} and
 * {@code /oujiang}, Graph Store Protocol reads at {@code /oujiang/data} and {@code /oujiang/get}. SPARQL Update
 * ({@code /oujiang/update}) and Graph Store Protocol writes ({@code /oujiang/data}) only with
 * {@link ServeOptions#allowUpdate()}. Every endpoint refuses {@code SERVICE} and stops queries at the time
 * limit (Fuseki answers 503). While running, the query URL is kept in the store's endpoint file.
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/oujiang";

    private final FusekiServer server;
    private final Path endpointFile;
    private final String host;

    private SparqlServer(FusekiServer server, Path endpointFile, String host) {
        this.server = server;
        this.endpointFile = endpointFile;
        this.host = host;
    }

    /**
     * Starts serving {@code dataset}; writes the query URL to {@code endpointFile} when it is not null.
     * Fails with a one-line message when the port is taken or the host cannot be bound.
     */
    public static SparqlServer start(Dataset dataset, ServeOptions options, Path endpointFile) {
        return start(dataset, options, endpointFile, Map.of());
    }

    /**
     * As {@link #start(Dataset, ServeOptions, Path)}, with read-only pages beside the dataset: {@code servlets}
     * maps servlet path specs ({@code ""} for the root, {@code /report/*}) to the servlets answering them.
     */
    public static SparqlServer start(Dataset dataset, ServeOptions options, Path endpointFile,
                                     Map<String, HttpServlet> servlets) {
        quietLogs();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(isLoopback(options.host()))
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .verbose(false)
                .add(DATASET, dataService(dataset, options));
        servlets.forEach(builder::addServlet);
        FusekiServer server = builder.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new ServeException("cannot serve on " + options.host() + ":" + options.port() + ": "
                    + rootMessage(e), e);
        }
        SparqlServer s = new SparqlServer(server, endpointFile, options.host());
        s.writeEndpointFile();
        return s;
    }

    private static DataService dataService(Dataset dataset, ServeOptions options) {
        Context cxt = new Context();
        cxt.set(ARQ.httpServiceAllowed, false);
        cxt.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        DataService.Builder b = DataService.newBuilder(dataset.asDatasetGraph());
        for (String name : new String[] {"", "sparql", "query"}) {
            b.addEndpoint(endpoint(Operation.Query, name, cxt));
        }
        Operation gsp = options.allowUpdate() ? Operation.GSP_RW : Operation.GSP_R;
        b.addEndpoint(endpoint(gsp, "", cxt));
        b.addEndpoint(endpoint(gsp, "data", cxt));
        b.addEndpoint(endpoint(Operation.GSP_R, "get", cxt));
        if (options.allowUpdate()) {
            b.addEndpoint(endpoint(Operation.Update, "", cxt));
            b.addEndpoint(endpoint(Operation.Update, "update", cxt));
        }
        return b.build();
    }

    private static Endpoint endpoint(Operation op, String name, Context cxt) {
        return Endpoint.create().operation(op).endpointName(name).context(cxt).build();
    }

    /** {@code http://127.0.0.1:3030/oujiang/sparql}. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** {@code http://127.0.0.1:3030/oujiang}: the dataset, for Graph Store Protocol and RDFConnection. */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** {@code http://127.0.0.1:3030}: the server's root, where the report pages start. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return server.getHttpPort();
    }

    /** The socket addresses the server listens on. */
    public java.util.List<InetSocketAddress> boundAddresses() {
        java.util.List<InetSocketAddress> out = new java.util.ArrayList<>();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getTransport() instanceof java.nio.channels.ServerSocketChannel ch) {
                try {
                    out.add((InetSocketAddress) ch.getLocalAddress());
                } catch (IOException e) {
                    throw new ServeException("cannot read the bound address: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server and removes the endpoint file. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            if (endpointFile != null) {
                try {
                    Files.deleteIfExists(endpointFile);
                } catch (IOException e) {
                    // best effort: a stale file only adds a hint to a message
                }
            }
        }
    }

    private void writeEndpointFile() {
        if (endpointFile == null) {
            return;
        }
        try {
            Files.writeString(endpointFile, queryUrl() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            close();
            throw new ServeException("cannot write " + endpointFile + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Fuseki logs every request at INFO and Jetty talks at start-up: keep both to warnings. */
    private static void quietLogs() {
        for (String name : new String[] {"org.apache.jena.fuseki", "org.eclipse.jetty"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger l && l.getLevel() == null) {
                l.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
