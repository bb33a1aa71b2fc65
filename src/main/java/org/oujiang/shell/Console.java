package org.oujiang.shell;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Where commands write: results to {@code out} (standard output, so they can be piped), progress and
 * problems to {@code err}. Tests build one over byte buffers.
 */
@Component
public class Console {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    public Console() {
        this(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                        StandardCharsets.UTF_8),
                System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    public Console(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Standard output: results only. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: progress, notes, problems. */
    public PrintStream err() {
        return err;
    }

    /** Whether standard error is a real terminal (progress bar) rather than a file or pipe (plain lines). */
    public boolean terminal() {
        return terminal;
    }
}
