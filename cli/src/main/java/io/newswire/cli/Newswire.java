package io.newswire.cli;

import io.newswire.ingest.GenerateCommand;
import io.newswire.ingest.IngestCommand;
import io.newswire.streams.StreamsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `./newswire` launcher: one entry point, one subcommand per job. */
@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Turn a diplomatic news wire into meeting and topic events with Kafka Streams.",
        subcommands = {DemoCommand.class, EnrichCommand.class, IngestCommand.class, GenerateCommand.class,
                StreamsCommand.class, BrokerCommand.class, CommandLine.HelpCommand.class})
public final class Newswire implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Newswire());
    }

    /** Without a subcommand: usage, and exit code 2 like any other usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
