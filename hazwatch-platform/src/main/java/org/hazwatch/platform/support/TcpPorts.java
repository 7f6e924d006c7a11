package org.hazwatch.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * {@code count} distinct ports, free now, for listeners that are bound a while later (the demo's receivers,
     * whose addresses go into the configuration first). They are taken below the system's ephemeral range, from
     * which {@link #anyFree()} and every outgoing connection's local port come, so neither another test's free
     * port nor a connection to the database can take one of them between the choice and the bind (it happened
     * in CI: a BindException when the demo's fake SMS gateway started).
     */
    public static List<Integer> freeListeningPorts(int count) {
        int below = ephemeralRangeStart();
        int low = Math.max(1024, below - 12_000);
        Set<Integer> ports = new LinkedHashSet<>();
        for (int tries = 0; ports.size() < count && tries < 2_000; tries++) {
            int port = ThreadLocalRandom.current().nextInt(low, below);
            if (isFree(null, port)) {
                ports.add(port);
            }
        }
        while (ports.size() < count) {
            ports.add(anyFree());
        }
        return List.copyOf(ports);
    }

    /** The first port of the operating system's ephemeral range (Linux's default 32768 where it cannot be read). */
    static int ephemeralRangeStart() {
        try {
            // read as lines: Files.readString of a /proc file returns only its first byte on JDK 17
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }
}
