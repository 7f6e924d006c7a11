package org.hazwatch.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Polls a Modbus TCP device (DCS, PLC, gas detection controller) and sends what it reads. */
@Command(name = "modbus", mixinStandardHelpOptions = true,
        description = "Polls a Modbus TCP device through a register mapping file and sends the readings.")
final class ModbusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LinkOptions link;

    @Option(names = "--device", required = true, paramLabel = "HOST[:PORT]",
            description = "the Modbus TCP device (port 502 unless given)")
    private String device;

    @Option(names = "--mapping", required = true, paramLabel = "FILE",
            description = "CSV: point_code,unit_id,table,address,type,word_order,scale,offset")
    private Path mapping;

    @Option(names = "--period", defaultValue = "1s", converter = DurationConverter.class,
            description = "poll period (default: ${DEFAULT-VALUE})")
    private Duration period;

    @Override
    public Integer call() throws Exception {
        int colon = device.lastIndexOf(':');
        String host = colon < 0 ? device : device.substring(0, colon);
        int port;
        try {
            port = colon < 0 ? 502 : Integer.parseInt(device.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--device is HOST or HOST:PORT, not " + device);
        }
        return SourceRunner.run(link, null, spec.commandLine().getOut(), settings -> {
            try {
                RegisterMap map = RegisterMap.read(mapping);
                map.mappings().stream().filter(m -> !m.pointCode().startsWith(settings.enterpriseCode())).findFirst()
                        .ifPresent(m -> {
                            throw new IllegalArgumentException(mapping + ": point " + m.pointCode()
                                    + " is not of enterprise " + settings.enterpriseCode());
                        });
                return new ModbusSource(host, port, map, period, 0, Clock.systemUTC());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        });
    }
}
