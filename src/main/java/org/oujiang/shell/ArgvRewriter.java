package org.oujiang.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a one-command argument list into the shape Spring Shell 3.4's option parser handles: its parser gives
 * a positional word to the option before it and keeps only the last of a repeated option. So positional
 * words become the command's named option ({@code query X} → {@code --query X}, {@code ingest A B} →
 * {@code --paths A B}) and repeated {@code --param} values are gathered into one option. Every option of
 * these commands takes a value except the flags ({@code --yes}); {@code --name=value} is accepted too. Other
 * commands pass through as given.
 */
final class ArgvRewriter {
    private static final Map<String, String> POSITIONAL = Map.of("query", "--query", "ingest", "--paths",
            "describe", "--name", "remove", "--article", "export", "--article", "search", "--words", "report", "--name", "update", "--update");
    private static final java.util.Set<String> FLAGS = java.util.Set.of("--yes");

    private ArgvRewriter() {
    }

    static List<String> rewrite(List<String> argv) {
        if (argv.isEmpty() || !POSITIONAL.containsKey(argv.get(0))) {
            return argv;
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < argv.size(); i++) {
            String w = argv.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                int eq = w.indexOf('=');
                String name = eq > 0 ? w.substring(0, eq) : w;
                List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
                if (eq > 0) {
                    values.add(w.substring(eq + 1));
                } else if (FLAGS.contains(name)) {
                    continue;
                } else if (i + 1 < argv.size()) {
                    values.add(argv.get(++i));
                }
            } else {
                positional.add(w);
            }
        }
        if (!positional.isEmpty()) {
            options.computeIfAbsent(POSITIONAL.get(argv.get(0)), k -> new ArrayList<>()).addAll(positional);
        }
        List<String> out = new ArrayList<>();
        out.add(argv.get(0));
        options.forEach((name, values) -> {
            out.add(name);
            out.addAll(values);
        });
        return out;
    }
}
