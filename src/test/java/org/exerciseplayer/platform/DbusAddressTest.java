package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbusAddressTest {

    @Test
    void readsAUnixPathAddress() throws Exception {
        assertThat(DbusAddress.sessionBusSocket(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")))
                .isEqualTo(Path.of("/run/user/1000/bus"));
    }

    @Test
    void skipsOtherKeysAndEntriesAndUnescapes() throws Exception {
        String address = "unix:abstract=/tmp/dbus-x,guid=1;unix:guid=2,path=/tmp/my%20bus";

        assertThat(DbusAddress.sessionBusSocket(Map.of("DBUS_SESSION_BUS_ADDRESS", address)))
                .isEqualTo(Path.of("/tmp/my bus"));
    }

    @Test
    void anAbstractOnlyAddressIsUnavailableAndSaysWhy() {
        assertThatThrownBy(() -> DbusAddress.sessionBusSocket(
                Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/dbus-x,guid=1")))
                .isInstanceOf(InhibitMechanism.Unavailable.class)
                .hasMessage("the session bus address has no unix:path= entry (unix:abstract=/tmp/dbus-x,guid=1)");
    }

    @Test
    void withoutAnAddressTheRuntimeFoldersBusIsUsed(@TempDir Path runtime) throws IOException, Exception {
        Files.createFile(runtime.resolve("bus"));

        assertThat(DbusAddress.sessionBusSocket(Map.of("XDG_RUNTIME_DIR", runtime.toString())))
                .isEqualTo(runtime.resolve("bus"));
    }

    @Test
    void withNeitherThereIsNoSessionBus(@TempDir Path emptyRuntime) {
        assertThatThrownBy(() -> DbusAddress.sessionBusSocket(Map.of("XDG_RUNTIME_DIR", emptyRuntime.toString())))
                .hasMessage("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
        assertThatThrownBy(() -> DbusAddress.sessionBusSocket(Map.of()))
                .hasMessage("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
    }
}
