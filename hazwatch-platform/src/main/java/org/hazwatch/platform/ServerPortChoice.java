package org.hazwatch.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.hazwatch.platform.support.TcpPorts;

/**
 * Picks the web port before Spring starts: the default 8080, or — in the demo, when 8080 is taken by
 * another program — a free one, said aloud so the user knows where to point the browser.
 * An explicitly chosen port is never moved; a production {@code serve} fails clearly instead.
 */
final class ServerPortChoice {

    static final int DEFAULT_PORT = 8080;

    private ServerPortChoice() {
    }

    /** The arguments, with {@code --server.port} added when the demo has to move. */
    static String[] withPort(String[] args) {
        Object port = defaultsFor(args).get("server.port");
        return port == null ? args : Stream.concat(Stream.of(args), Stream.of("--server.port=" + port))
                .toArray(String[]::new);
    }

    static Map<String, Object> defaultsFor(String[] args) {
        boolean explicit = Arrays.stream(args).anyMatch(a -> a.startsWith("--server.port="))
                || System.getProperty("server.port") != null || System.getenv("SERVER_PORT") != null;
        boolean demo = Arrays.asList(args).contains("--hazwatch.mode=demo");
        if (explicit || TcpPorts.isFree(null, DEFAULT_PORT)) {
            return Map.of();
        }
        if (!demo) {
            System.err.printf("端口 %d 已被其他程序占用 / port %d is already in use; start with --server.port=<port>%n",
                    DEFAULT_PORT, DEFAULT_PORT);
            return Map.of();
        }
        int port = TcpPorts.anyFree();
        System.out.printf("端口 %d 已被占用，演示改用端口 %d / port %d is busy, the demo uses port %d%n",
                DEFAULT_PORT, port, DEFAULT_PORT, port);
        return Map.of("server.port", port);
    }
}
