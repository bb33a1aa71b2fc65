package org.oujiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/** Entry point: a Spring Shell application; with arguments it runs one command and exits. */
@SpringBootApplication
@CommandScan
public class OujiangApplication {
    public static void main(String[] args) {
        try {
            SpringApplication.run(OujiangApplication.class, args);
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // Spring's build-time AOT processing stops the run here on purpose
        } catch (RuntimeException e) {
            // The command's problem is already on standard error (shell.ShellConfiguration); no stack trace.
            if (Boolean.getBoolean("oujiang.debug") || "1".equals(System.getenv("OUJIANG_DEBUG"))) {
                e.printStackTrace();
            }
            System.exit(org.oujiang.shell.ExitCodes.of(e));
        }
    }
}
