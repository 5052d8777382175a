package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.eval.EvaluationReport;
import org.newskg.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** newskg eval GOLD.json --graph FILE [--format table|json] [--max-lines N] */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score an extracted graph (a .trig or .nq file written by 'newskg extract') against a gold "
                + "annotation: entity precision/recall, linking, event precision/recall/F1, roles, quantities, dates.")
public final class EvalCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(paramLabel = "GOLD", description = "gold JSON file, e.g. src/test/resources/gold/seeds.json")
    Path gold;

    @Option(names = "--graph", required = true, paramLabel = "FILE", description = "extracted dataset (.trig or .nq)")
    Path graph;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--max-lines", defaultValue = "20", paramLabel = "N",
            description = "table only: lines shown per list of findings, 0 for all (default: ${DEFAULT-VALUE})")
    int maxLines;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {gold, graph}) {
            if (!Files.isReadable(p)) {
                System.err.println(p + ": no such file");
                return 2;
            }
        }
        EvaluationReport report;
        try {
            report = Evaluator.evaluate(gold, graph);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        System.out.print(format == Format.json ? report.toJsonString() + "\n" : report.toTable(maxLines));
        return 0;
    }
}
