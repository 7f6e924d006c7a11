package org.hazwatch.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Probing local TCP ports before a listener is started, so a busy default (a user's own broker on 1883, another
 * program on 8080) is said clearly, or — in the demo — replaced by a free port.
 */
public final class TcpPorts {

    private TcpPorts() {
    }

    /**
     * Whether nothing listens on the port of that address ({@code null} host: every address). Probed with
     * SO_REUSEADDR, as the broker (Netty) and the web server (Tomcat) bind: the connections a stopped or killed
     * platform left in TIME_WAIT do not make the port busy, so a restart succeeds at once (issue 19).
     */
    public static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port));
            return true;
        } catch (IOException busy) {
            return false;
        }
    }

    /** A port the operating system has just found free. */
    public static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }
}
