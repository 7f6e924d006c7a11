package org.hazwatch.gateway;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazwatch.protocol.RequestSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the signed headers (请求签名) of a request body, one {@code Name: value} a line, so that an operator can
 * test the platform by hand: {@code curl -H @<(hazwatch-gateway sign body.json ...) --data-binary @body.json ...}.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Prints X-Gateway-Code, X-Timestamp and X-Signature for a request body file.")
final class SignCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BODY", description = "the file whose exact bytes will be sent")
    private Path body;

    @Option(names = "--gateway-code", required = true, description = "the gateway's 13-digit code")
    private String gatewayCode;

    @Option(names = "--secret", defaultValue = "${env:HAZWATCH_GATEWAY_SECRET}",
            description = "the gateway's secret (default: $HAZWATCH_GATEWAY_SECRET)")
    private String secret;

    @Option(names = "--timestamp", paramLabel = "EPOCH_MS",
            description = "the request time in epoch milliseconds (default: now)")
    private Long timestamp;

    @Override
    public Integer call() throws IOException {
        if (secret == null || secret.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "a gateway secret is required: --secret or $HAZWATCH_GATEWAY_SECRET");
        }
        long millis = timestamp != null ? timestamp : System.currentTimeMillis();
        PrintWriter out = spec.commandLine().getOut();
        new RequestSigner(secret).headers(gatewayCode, millis, Files.readAllBytes(body))
                .forEach((name, value) -> out.println(name + ": " + value));
        out.flush();
        return 0;
    }
}
