package org.oujiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/** Entry point: a Spring Shell application; with arguments it runs one command and exits. */
@SpringBootApplication
@CommandScan
public class OujiangApplication {
    public static void main(String[] args) {
        SpringApplication.run(OujiangApplication.class, args);
    }
}
