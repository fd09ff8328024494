package io.newswire.cli;

import io.newswire.ingest.GenerateCommand;
import io.newswire.bench.BenchCommand;
import io.newswire.ingest.IngestCommand;
import io.newswire.ingest.RetractCommand;
import io.newswire.streams.runtime.StreamsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `./newswire` launcher: one entry point, one subcommand per job. */
@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Turn a diplomatic news wire into meeting and topic events with Kafka Streams.",
        subcommands = {DemoCommand.class, EnrichCommand.class, EvaluateCommand.class, IngestCommand.class, RetractCommand.class, GenerateCommand.class,
                StreamsCommand.class, BrokerCommand.class, TailCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Newswire implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newswire());
        // A failure the user can act on (port in use, Kafka unreachable, bad file) is one line,
        // not a stack trace; NEWSWIRE_DEBUG=1 shows the trace.
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + describe(error));
            if (System.getenv("NEWSWIRE_DEBUG") != null) {
                error.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    private static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    /** Without a subcommand: usage, and exit code 2 like any other usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
