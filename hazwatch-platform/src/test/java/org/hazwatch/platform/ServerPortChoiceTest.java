package org.hazwatch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.hazwatch.platform.support.TcpPorts;
import org.junit.jupiter.api.Test;

class ServerPortChoiceTest {

    @Test
    void aPortHeldByAnotherProgramIsNotFree() throws IOException {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress(0));
            assertThat(TcpPorts.isFree(null, held.getLocalPort())).isFalse();
        }
    }

    @Test
    void aReleasedPortIsFreeAgain() {
        int port = TcpPorts.anyFree();
        assertThat(TcpPorts.isFree(null, port)).isTrue();
    }

    @Test
    void anExplicitPortIsNeverMoved() {
        assertThat(ServerPortChoice.defaultsFor(new String[] {"--hazwatch.mode=demo", "--server.port=9999"}))
                .isEmpty();
    }

    @Test
    void theDemoMovesToAFreePortWhenTheDefaultIsBusy() throws IOException {
        try (ServerSocket held = holdDefaultPortIfPossible()) {
            var defaults = ServerPortChoice.defaultsFor(new String[] {"--hazwatch.mode=demo"});
            int chosen = (int) defaults.get("server.port");
            assertThat(chosen).isNotEqualTo(ServerPortChoice.DEFAULT_PORT).isPositive();
            String[] moved = ServerPortChoice.withPort(new String[] {"--hazwatch.mode=demo"});
            assertThat(moved).hasSize(2);
            assertThat(moved[1]).startsWith("--server.port=");
        }
    }

    @Test
    void serveKeepsTheDefaultAndLeavesTheFailureToTheServer() throws IOException {
        try (ServerSocket held = holdDefaultPortIfPossible()) {
            assertThat(ServerPortChoice.defaultsFor(new String[] {"--hazwatch.mode=serve"})).isEmpty();
        }
    }

    /** Takes 8080 for the test, or returns null when another program already holds it (the same situation). */
    private static ServerSocket holdDefaultPortIfPossible() throws IOException {
        if (!TcpPorts.isFree(null, ServerPortChoice.DEFAULT_PORT)) {
            return null;
        }
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(ServerPortChoice.DEFAULT_PORT));
        return socket;
    }
}
