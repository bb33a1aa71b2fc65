package org.oujiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * Entry point: a Spring Shell application; with arguments it runs one command and exits. Auto-configurations
 * that nothing here uses are left out (start-up time): no bean of ours or of Spring Shell needs Jackson, Gson,
 * task executors or schedulers, proxies, bean validation (Spring Shell builds its own validator), SQL, SSL,
 * Reactor, project info, the component-flow or terminal-UI builders.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
        "org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
        "org.springframework.boot.autoconfigure.gson.GsonAutoConfiguration",
        "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        "org.springframework.boot.autoconfigure.reactor.ReactorAutoConfiguration",
        "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
        "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
        "org.springframework.shell.boot.ComponentFlowAutoConfiguration",
        "org.springframework.shell.boot.TerminalUIAutoConfiguration"})
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
