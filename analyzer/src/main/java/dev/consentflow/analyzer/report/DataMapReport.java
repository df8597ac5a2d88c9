package dev.consentflow.analyzer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data map export, {@code datamap.json} and {@code datamap.csv}: one row per flow of personal data
 * into a data use (category, data subject, purpose, legal basis, source member, sink member, status,
 * guard, {@code file:line}), the inventory a privacy team imports into its record of processing (GDPR
 * Art. 30). Rows that read alike (the same datum read at two places of one method) are written once.
 */
final class DataMapReport {
    static final String JSON_FILE_NAME = "datamap.json";
    static final String CSV_FILE_NAME = "datamap.csv";
    /** Raised whenever a field is removed or changes meaning; adding a field keeps it. */
    static final int FORMAT_VERSION = 1;
    private static final String[] HEADER = {"category", "subject", "purpose", "legal_basis", "source_member",
        "sink_member", "status", "guard", "location"};
    // "\n" rather than CRLF, the same on every platform, like the JSON reports.
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private DataMapReport() {}

    /** The rows of {@code result}'s flows, in {@link Flow#ORDER}, without repeats. */
    static List<Row> rows(AnalysisResult result) {
        LinkedHashSet<Row> rows = new LinkedHashSet<>();
        result.flows().forEach(f -> rows.add(row(f, result.reportRoot())));
        return List.copyOf(rows);
    }

    /** The {@code datamap.json} document. */
    static Document document(AnalysisResult result) {
        return new Document(FORMAT_VERSION, rows(result));
    }

    /** The {@code datamap.csv} text: a header line, then one line per row, each ending in {@code \n}. */
    static String csv(AnalysisResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord((Object[]) HEADER);
            for (Row r : rows(result)) {
                printer.printRecord(r.category(), r.subject(), r.purpose(), r.legalBasis(), r.sourceMember(),
                        r.sinkMember(), r.status(), String.join(" ", r.guards()),
                        r.location().path() + ":" + r.location().line());
            }
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static Row row(Flow f, Path root) {
        Location at = f.location();
        return new Row(f.category(), f.subject(), f.purpose(), f.legalBasis(), f.sourceMember(), f.sinkMember(),
                ReportPaths.id(f.status()), f.guards(), f.rules().stream().map(Rule::id).toList(),
                new JsonReport.JsonLocation(ReportPaths.relative(root, at.file()), at.line(), at.column()),
                f.subjectUnknown() ? true : null);
    }

    record Document(int version, List<Row> flows) {}

    /**
     * One row of the data map; Jackson writes the components in this order.
     *
     * @param status {@code unguarded}, {@code opt-out-only}, {@code guarded} or {@code other-legal-basis}
     * @param guards the {@code @ConsentCheck} members that guard the flow
     * @param rules the ids of the rules the flow violates
     * @param subjectUnknown written only when true: the data was read back without its owner
     */
    record Row(String category, String subject, String purpose, String legalBasis, String sourceMember,
            String sinkMember, String status, List<String> guards, List<String> rules,
            JsonReport.JsonLocation location, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean subjectUnknown) {}
}
