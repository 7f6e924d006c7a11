package org.hazwatch.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hazwatch.protocol.GatewayCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Live video on the platform's demand (视频调阅, SPEC §11): cameras' RTSP to signed HLS uploads through ffmpeg. */
@Command(name = "video", mixinStandardHelpOptions = true,
        description = "Streams cameras to the platform when it asks (heartbeat replies, and the MQTT commands topic "
                + "with --mqtt), with Debian's ffmpeg: "
                + "RTSP in, HLS out, codec copied; --camera CODE=test-pattern streams a test pattern.")
final class VideoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--platform", paramLabel = "URL", required = true, description = "the platform's base URL")
    private URI platform;

    @Option(names = "--gateway-code", paramLabel = "CODE", required = true, description = "the gateway's 13-digit code")
    private String gatewayCode;

    @Option(names = "--secret", defaultValue = "${env:HAZWATCH_GATEWAY_SECRET}",
            description = "the gateway's secret (default: $HAZWATCH_GATEWAY_SECRET)")
    private String secret;

    @Option(names = "--camera", paramLabel = "CODE=SOURCE", required = true,
            description = "a camera and its source: rtsp://… of the NVR, or test-pattern; repeatable")
    private Map<String, String> cameras = new LinkedHashMap<>();

    @Option(names = "--work-dir", defaultValue = "gateway-video", paramLabel = "DIR",
            description = "where ffmpeg writes segments before upload (default: ${DEFAULT-VALUE})")
    private Path workDir;

    @Option(names = "--heartbeat", defaultValue = "5s", converter = DurationConverter.class,
            description = "how often to ask the platform for orders (default: ${DEFAULT-VALUE})")
    private Duration heartbeat;

    @Option(names = "--mqtt", paramLabel = "URL",
            description = "also take the platform's orders at once on MQTT (tcp://host:1883, ssl://host:8883): "
                    + "subscribes to hazwatch/v1/<enterprise>/commands; heartbeat replies stay the fallback")
    private URI mqtt;

    @Option(names = "--segment", defaultValue = "1s", converter = DurationConverter.class,
            description = "HLS segment length; cut at the camera's key frames (default: ${DEFAULT-VALUE})")
    private Duration segment;

    @Option(names = "--record", defaultValue = "3m", converter = DurationConverter.class,
            description = "how much of each camera to keep on local disk for event clips, 0s for none; uploaded only "
                    + "when the platform orders a clip (default: ${DEFAULT-VALUE})")
    private Duration record;

    @Option(names = "--ffmpeg", defaultValue = "ffmpeg", description = "the ffmpeg executable (default: ${DEFAULT-VALUE})")
    private String ffmpeg;

    @Override
    public Integer call() throws Exception {
        if (secret == null || secret.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "a gateway secret is required: --secret or $HAZWATCH_GATEWAY_SECRET");
        }
        String enterprise;
        try {
            enterprise = GatewayCode.of(gatewayCode).enterprise().code();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        VideoGateway gateway = new VideoGateway(new VideoGateway.Settings(platform, enterprise, gatewayCode, secret,
                cameras, workDir, heartbeat, segment, ffmpeg, record), Clock.systemUTC());
        if (mqtt != null) {
            try {
                gateway.ordersOver(mqtt);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        gateway.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "video-gateway-shutdown"));
        spec.commandLine().getOut().println("video gateway " + gatewayCode + " of " + enterprise + " waiting for orders; cameras "
                + cameras.keySet());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
