package dev.consentflow.analyzer.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A process that rewrites one report file without end, each time with a large document, until it is
 * killed: {@link KilledWhileWritingTest} kills it at a random moment.
 */
final class ReportWriterProcess {
    private ReportWriterProcess() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        List<String> document = KilledWhileWritingTest.document("new", Integer.parseInt(args[1]));
        System.out.println("writing");
        System.out.flush();
        while (true) {
            ReportFiles.writeJson(target, document);
        }
    }
}
