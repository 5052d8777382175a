package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newskg command line: one subcommand per file in this package. */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Reads news articles and builds a knowledge graph of events, served by Apache Jena Fuseki.",
        subcommands = {ExtractCommand.class, LoadCommand.class, RemoveCommand.class, ServeCommand.class,
                QueryCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewsKg implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new NewsKg()).execute(args);
    }
}
