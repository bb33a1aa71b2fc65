package org.oujiang.shell;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.ParsedLine;
import org.oujiang.query.QueryLibrary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.result.CommandNotFoundMessageProvider;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.shell.standard.FileValueProvider;

/**
 * Shell wiring: errors as one line on standard error with an exit code (a stack trace only with
 * {@code -Doujiang.debug=true} or {@code OUJIANG_DEBUG=1}); program arguments passed to commands as
 * given (so inline SPARQL with quotes, braces and semicolons arrives whole); completion for paths and
 * query names.
 */
@Configuration
public class ShellConfiguration {

    /** True when stack traces were asked for. */
    static boolean debug() {
        return Boolean.getBoolean("oujiang.debug") || "1".equals(System.getenv("OUJIANG_DEBUG"));
    }

    /** Runs before Spring Shell's own parser-error resolver, so every problem goes to standard error. */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    CommandExceptionResolver oujiangExceptionResolver(Console console) {
        return e -> {
            if (e instanceof CommandExecution.CommandParserExceptionsException p) {
                p.getParserExceptions().forEach(x -> console.err().println("oujiang: " + x.getMessage()));
                return CommandHandlingResult.of(null, 2);
            }
            Throwable t = e;
            while (t.getCause() != null && (t.getMessage() == null || t instanceof java.lang.reflect
                    .InvocationTargetException || t instanceof java.lang.reflect.UndeclaredThrowableException)) {
                t = t.getCause();
            }
            int code = 1;
            if (t instanceof CommandFailedException f) {
                code = f.exitCode();
                if (f.reported()) {
                    return CommandHandlingResult.of(null, code);
                }
            }
            String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            console.err().println("oujiang: " + msg.lines().findFirst().orElse(msg));
            if (debug()) {
                e.printStackTrace(console.err());
            }
            return CommandHandlingResult.of(null, code);
        };
    }

    /** "No command found" on standard error, not standard output. */
    @Bean
    CommandNotFoundMessageProvider commandNotFoundOnStderr(Console console) {
        return ctx -> {
            console.err().println("oujiang: no command '" + ctx.text() + "' (try: help)");
            return "";
        };
    }

    /** Hands the program arguments to the command parser word for word, without re-splitting them. */
    @Bean
    NonInteractiveShellRunnerCustomizer argvAsGiven() {
        return runner -> {
            AtomicReference<String[]> argv = new AtomicReference<>(new String[0]);
            runner.setCommandsFromArgs(args -> {
                argv.set(args);
                return args.length == 0 ? List.of() : List.of(String.join(" ", args));
            });
            runner.setLineParser((line, cursor, context) ->
                    new ArgvLine(ArgvRewriter.rewrite(List.of(argv.get())), line));
        };
    }

    /** A parsed line whose words are the program arguments. */
    record ArgvLine(List<String> words, String line) implements ParsedLine {
        public String word() {
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }

        public int wordCursor() {
            return word().length();
        }

        public int wordIndex() {
            return Math.max(0, words.size() - 1);
        }

        public int cursor() {
            return line.length();
        }
    }

    @Bean
    org.springframework.shell.jline.PromptProvider oujiangPrompt() {
        return () -> new org.jline.utils.AttributedString("oujiang> ");
    }

    @Bean
    CompletionProvider pathCompletion() {
        FileValueProvider files = new FileValueProvider();
        return ctx -> files.complete(ctx);
    }

    @Bean
    CompletionProvider queryCompletion(OujiangServices services) {
        FileValueProvider files = new FileValueProvider();
        return ctx -> {
            QueryLibrary lib = services.library();
            List<CompletionProposal> out = new java.util.ArrayList<>();
            lib.names().forEach(n -> out.add(new CompletionProposal(n).description("queries/" + n + ".rq")));
            out.addAll(files.complete(ctx));
            return out;
        };
    }
}
