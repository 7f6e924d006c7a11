package org.hazwatch.gateway;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The enterprise-side collector (采集网关) as a command line: {@code hazwatch-gateway <subcommand>}. Each subcommand
 * is one way of getting readings to the platform or of helping an operator test the link.
 */
@Command(name = "hazwatch-gateway", mixinStandardHelpOptions = true, version = "hazwatch-gateway 0.1.0",
        description = "Collects plant readings and pushes them to the hazwatch platform (SPEC §10).",
        subcommands = {SyntheticCommand.class, ReplayTeCommand.class, CsvCommand.class, ModbusCommand.class,
                SignCommand.class, VideoCommand.class})
public final class GatewayCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line's own logging; a library user (the demo runs the video gateway) keeps its own. */
    static final String LOGGING = "hazwatch-gateway-logback.xml";

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING);
        }
        System.exit(new CommandLine(new GatewayCommand()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
    }
}
