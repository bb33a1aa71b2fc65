package org.oujiang.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.store.GraphStore;
import org.oujiang.store.StoreInUseException;

/** {@code serve} in the interactive shell: starts in the background, names the URL, stops on request. */
@Timeout(60)
class ServeCommandsTest {
    @TempDir
    Path dir;

    @Test
    void servesInTheBackgroundAndStops() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        Path storeDir = dir.resolve("store");
        OujiangServices services = new OujiangServices(dir, GraphStore.open(storeDir));
        ServeCommands serve = new ServeCommands(services, console, false);
        try {
            serve.serve(0, "127.0.0.1", false, "5s", false);
            String url = serve.url();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("serving " + url + "\n");
            assertThat(Files.readString(storeDir.resolve(StoreInUseException.ENDPOINT_FILE)).strip()).isEqualTo(url);
            assertThatThrownBy(() -> serve.serve(0, "127.0.0.1", false, "5s", false))
                    .hasMessageContaining("already serving at " + url);
            serve.serve(0, "127.0.0.1", false, "30s", true);
            assertThat(serve.url()).isNull();
            assertThat(storeDir.resolve(StoreInUseException.ENDPOINT_FILE)).doesNotExist();
            assertThatThrownBy(() -> serve.serve(0, "127.0.0.1", false, "30s", true)).hasMessage("not serving");
            assertThatThrownBy(() -> serve.serve(0, "127.0.0.1", false, "soon", false))
                    .hasMessageContaining("bad time limit 'soon'");
        } finally {
            serve.close();
            services.close();
        }
    }
}
