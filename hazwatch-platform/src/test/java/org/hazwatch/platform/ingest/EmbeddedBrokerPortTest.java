package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.hazwatch.platform.support.HazwatchProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded broker does when another program holds its port (the machine's own Mosquitto on 1883). */
class EmbeddedBrokerPortTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoMovesToAFreePortWhenItsPortIsTaken() throws IOException {
        try (ServerSocket taken = busyPort()) {
            EmbeddedBroker broker = broker("demo", taken.getLocalPort());
            broker.start();
            try {
                assertThat(broker.port()).isPositive().isNotEqualTo(taken.getLocalPort());
            } finally {
                broker.stop();
            }
        }
    }

    @Test
    void serveRefusesToStartNamingTheWaysOut() throws IOException {
        try (ServerSocket taken = busyPort()) {
            EmbeddedBroker broker = broker("serve", taken.getLocalPort());

            assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("MQTT port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("--hazwatch.mqtt.port=").hasMessageContaining("--hazwatch.mqtt.url=")
                    .hasMessageContaining("--hazwatch.mqtt.enabled=false");
            assertThat(broker.isRunning()).isFalse();
        }
    }

    @Test
    void startsAgainAtOnceOnThePortItJustLeft() {
        EmbeddedBroker first = broker("serve", 0);
        first.start();
        int port = first.port();
        first.stop();

        EmbeddedBroker again = broker("serve", port);
        again.start();
        try {
            assertThat(again.port()).isEqualTo(port);
        } finally {
            again.stop();
        }
    }

    private EmbeddedBroker broker(String mode, int port) {
        MqttSettings settings = new MqttSettings(true, null, "127.0.0.1", port, null, null, "hazwatch-platform", 1);
        HazwatchProperties hazwatch = new HazwatchProperties(mode, dataDir,
                new HazwatchProperties.Database(1, false), null);
        return new EmbeddedBroker(settings, hazwatch, code -> Optional.empty(), null, Duration.ofSeconds(5),
                new SimpleMeterRegistry(),
                Clock.systemUTC());
    }

    private static ServerSocket busyPort() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        return socket;
    }
}
