package org.oujiang.shell;

import java.nio.file.Path;
import java.util.List;
import org.oujiang.evaluate.Evaluation;
import org.oujiang.evaluate.EvaluationFormat;
import org.oujiang.evaluate.Thresholds;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code evaluate}: runs the pipeline on every gold-annotated article (a fresh in-memory store each) and
 * prints precision, recall and F1 per article and micro-averaged; thresholds make it exit with 1.
 */
@Command
public class EvaluateCommands {
    private final OujiangServices services;
    private final Console console;

    public EvaluateCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "evaluate", description = "Score extraction against gold annotations (entities, relations, figures, leaks)")
    public void evaluate(
            @Option(longNames = "corpus", defaultValue = "../shared/corpus", arity = OptionArity.EXACTLY_ONE,
                    description = "directory of the articles") String corpus,
            @Option(longNames = "gold", defaultValue = "../shared/gold", arity = OptionArity.EXACTLY_ONE,
                    description = "directory of gold *.json files") String gold,
            @Option(longNames = "format", defaultValue = "text", arity = OptionArity.EXACTLY_ONE,
                    description = "text or json") String format,
            @Option(longNames = "traditional", description = "convert each article to Traditional characters first")
            boolean traditional,
            @Option(longNames = "min-f1", arity = OptionArity.EXACTLY_ONE,
                    description = "floors, e.g. entities=0.9,relations=0.8,observations=0.85") String minF1,
            @Option(longNames = "max-leaks", arity = OptionArity.EXACTLY_ONE, description = "most leaks allowed")
            Integer maxLeaks,
            @Option(longNames = "verbose", description = "list false positives and misses per article")
            boolean verbose) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandFailedException("--format " + format + ": use text or json", 2, false);
        }
        Thresholds thresholds = Thresholds.parse(minF1, maxLeaks);
        boolean text = format.equals("text");
        Evaluation e = services.evaluator().evaluate(Path.of(corpus), Path.of(gold), traditional, r -> {
            if (text) {
                EvaluationFormat.lines(r, verbose).forEach(console.out()::println);
                console.out().flush();
            }
        });
        console.out().println(text ? EvaluationFormat.total(e) : EvaluationFormat.json(e));
        console.out().flush();
        List<String> misses = thresholds.misses(e);
        misses.forEach(m -> console.err().println("oujiang: evaluate: " + m));
        if (!misses.isEmpty()) {
            throw new CommandFailedException(misses.size() + " threshold(s) missed", 1, true);
        }
    }
}
