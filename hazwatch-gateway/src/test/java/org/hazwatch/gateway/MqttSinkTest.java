package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against an in-process Moquette broker on a free loopback port that knows one gateway's password. */
class MqttSinkTest {

    static final String SECRET = "gw-secret-1405250000101";

    final Server broker = new Server();
    final List<String> published = new CopyOnWriteArrayList<>();
    int port;

    @BeforeEach
    void startBroker() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Properties config = new Properties();
        config.setProperty("host", "127.0.0.1");
        config.setProperty("port", Integer.toString(port));
        config.setProperty("allow_anonymous", "false");
        config.setProperty("persistence_enabled", "false");
        IAuthenticator passwords = (client, user, password) -> Samples.GATEWAY.equals(user)
                && password != null && SECRET.equals(new String(password, StandardCharsets.UTF_8));
        IAuthorizatorPolicy everything = new IAuthorizatorPolicy() {
            @Override
            public boolean canWrite(Topic topic, String user, String client) {
                return true;
            }

            @Override
            public boolean canRead(Topic topic, String user, String client) {
                return true;
            }
        };
        AbstractInterceptHandler recorder = new AbstractInterceptHandler() {
            @Override
            public String getID() {
                return "recorder";
            }

            @Override
            public void onPublish(InterceptPublishMessage message) {
                published.add(message.getUsername() + " " + message.getTopicName() + " "
                        + message.getPayload().toString(StandardCharsets.UTF_8));
                super.onPublish(message);
            }

            @Override
            public void onSessionLoopError(Throwable error) {
            }
        };
        broker.startServer(new MemoryConfig(config), List.of(recorder), null, passwords, everything);
    }

    @AfterEach
    void stopBroker() {
        broker.stopServer();
    }

    @Test
    void aBatchIsPublishedOnTheEnterprisesReadingsTopicAsTheGateway() throws Exception {
        ReadingBatch batch = new ReadingBatch(Samples.ENTERPRISE, Samples.GATEWAY, "b-1", Samples.sample(0, 3));

        try (MqttSink sink = new MqttSink(URI.create("tcp://127.0.0.1:" + port), Samples.ENTERPRISE, Samples.GATEWAY,
                SECRET)) {
            assertThat(sink.send(batch)).isInstanceOf(Delivery.Published.class);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> !published.isEmpty());
        assertThat(published).containsExactly(Samples.GATEWAY + " hazwatch/v1/" + Samples.ENTERPRISE + "/readings "
                + new String(WireJson.encode(batch), StandardCharsets.UTF_8));
    }

    @Test
    void aWrongSecretLeavesTheBatchQueued() {
        ReadingBatch batch = new ReadingBatch(Samples.ENTERPRISE, Samples.GATEWAY, "b-1", Samples.sample(0, 1));

        try (MqttSink sink = new MqttSink(URI.create("tcp://127.0.0.1:" + port), Samples.ENTERPRISE, Samples.GATEWAY,
                "not-the-secret")) {
            assertThatThrownBy(() -> sink.send(batch)).isInstanceOf(SinkUnavailableException.class);
        }
        assertThat(published).isEmpty();
    }
}
