package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.progress.PhaseTimer;
import dev.consentflow.analyzer.report.WriteFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that analyzes the PATHs and writes something from the result; a request that cannot start
 * (bad input) and a file that cannot be written end it with one {@code consentflow: error: …} line and
 * exit code 2.
 */
abstract class AnalyzingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions analysis;

    @Override
    public final Integer call() {
        AnalysisRequest request = request(analysis.request());
        PrintWriter err = spec.commandLine().getErr();
        try {
            PhaseTimer timer = new PhaseTimer();
            AnalysisResult result;
            try (ProgressBar bar = ProgressBar.onSystemTerminal()) {
                result = ConsentFlow.analyze(request, AnalysisListener.both(timer, bar));
            }
            int exit = handle(result, spec.commandLine().getOut(), err);
            // Timings go to standard error: standard output carries only the report.
            err.println("consentflow: " + timer.summary());
            return exit;
        } catch (AnalysisException e) {
            err.println("consentflow: error: " + e.getMessage());
            return AnalysisResult.BAD_INPUT;
        } catch (IOException e) {
            err.println("consentflow: error: " + writing() + ": " + WriteFailure.reason(e) + " (" + writingHint() + ")");
            return AnalysisResult.BAD_INPUT;
        }
    }

    /**
     * The request to analyze, completed from the options' one.
     *
     * @throws picocli.CommandLine.ParameterException for an option that cannot be used
     */
    abstract AnalysisRequest request(AnalysisRequest.Builder fromOptions);

    /** Writes and prints what the command makes of {@code result}; returns the exit code. */
    abstract int handle(AnalysisResult result, PrintWriter out, PrintWriter err) throws IOException;

    /** What {@link #handle} writes, for the message when it cannot: e.g. {@code cannot write the reports to DIR}. */
    abstract String writing();

    /** What to do when {@link #handle} cannot write, e.g. {@code give a writable directory with --output}. */
    abstract String writingHint();
}
