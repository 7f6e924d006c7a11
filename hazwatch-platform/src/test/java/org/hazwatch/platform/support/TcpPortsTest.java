package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A restart right after a stop or a kill -9 finds the connections the old process closed still in TIME_WAIT on
 * its ports (issue 19): such a port is usable, as the broker's and the web server's own binds (SO_REUSEADDR) find;
 * only a port another program listens on is busy.
 */
class TcpPortsTest {

    @Test
    void aPortWhoseClosedConnectionsAreInTimeWaitIsFree() throws IOException {
        int port;
        try (ServerSocket listener = new ServerSocket()) {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            port = listener.getLocalPort();
            try (Socket client = new Socket("127.0.0.1", port); Socket served = listener.accept()) {
                served.close(); // the listening side closes first, so its end stays in TIME_WAIT (60 s on Linux)
                InputStream in = client.getInputStream();
                assertThat(in.read()).isEqualTo(-1);
            }
        }

        assertThat(TcpPorts.isFree("127.0.0.1", port)).isTrue();
        assertThat(TcpPorts.isFree(null, port)).isTrue();
    }

    @Test
    void aPortAnotherProgramListensOnIsBusy() throws IOException {
        try (ServerSocket held = new ServerSocket()) {
            held.setReuseAddress(true);
            held.bind(new InetSocketAddress("127.0.0.1", 0));

            assertThat(TcpPorts.isFree("127.0.0.1", held.getLocalPort())).isFalse();
            assertThat(TcpPorts.isFree(null, held.getLocalPort())).isFalse();
        }
    }

    @Test
    void portsForLaterListenersAreDistinctFreeAndBelowTheEphemeralRange() {
        List<Integer> ports = TcpPorts.freeListeningPorts(3);

        assertThat(ports).hasSize(3).doesNotHaveDuplicates();
        assertThat(ports).allSatisfy(port -> {
            assertThat(port).isBetween(1024, TcpPorts.ephemeralRangeStart() - 1);
            assertThat(TcpPorts.isFree("127.0.0.1", port)).isTrue();
        });
    }
}
