package dev.consentflow.analyzer.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Fingerprints;
import dev.consentflow.analyzer.report.ReportFiles;
import dev.consentflow.analyzer.report.ReportPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code consentflow-baseline.json}: the fingerprints of the findings a team accepted when it adopted
 * consentflow, so that the check fails only on new ones. The format is described in
 * {@code docs/baseline.md}; Jackson reads and writes it.
 */
public final class BaselineFile {
    /** The file name the entry points use by default, at the module root or the scanned directory. */
    public static final String DEFAULT_NAME = "consentflow-baseline.json";
    /** Raised whenever a field is removed or changes meaning. */
    static final int FORMAT_VERSION = 1;

    private static final String HINT = "; write it anew with 'consentflow baseline' or the consentflow:baseline goal";
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(Document.class);

    private BaselineFile() {}

    /**
     * Writes the findings that are not suppressed to {@code file}, replacing it atomically: a reader never
     * sees half a baseline. Entries are sorted by path, declaration, rule and fingerprint, and hold no line
     * number, so the file changes only when findings do.
     *
     * @param findings an analysis' findings (an {@code AnalysisResult}'s), fingerprinted
     * @param reportRoot the directory the entries' paths are relative to, as in the reports
     * @return how many findings the baseline holds
     * @throws IOException when the file or its directory cannot be written
     */
    public static int write(List<Finding> findings, Path reportRoot, Path file) throws IOException {
        List<Entry> entries = findings.stream()
                .filter(f -> f.suppression().isEmpty())
                .map(f -> entry(f, reportRoot))
                .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::member).thenComparing(Entry::rule)
                        .thenComparing(Entry::fingerprint))
                .toList();
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        ReportFiles.writeJson(target, new Document(FORMAT_VERSION, Fingerprints.VERSION, entries));
        return entries.size();
    }

    /**
     * The fingerprints {@code file} holds.
     *
     * @throws AnalysisException when the file cannot be read, is not JSON of this format, or is of another
     *     version, as one line {@code file:line:col: message} with a hint
     */
    public static Set<String> read(Path file) {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = READER.readValue(in);
        } catch (NoSuchFileException e) {
            throw new AnalysisException(file + ": no such baseline file" + HINT);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "1:1" : at.getLineNr() + ":" + at.getColumnNr();
            throw new AnalysisException(file + ":" + where + ": not a consentflow baseline ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")" + HINT);
        } catch (IOException e) {
            throw new AnalysisException(file + ": cannot read the baseline file (" + e.getMessage() + ")");
        }
        if (document == null || document.findings() == null) {
            throw new AnalysisException(file + ":1:1: not a consentflow baseline (no \"findings\")" + HINT);
        }
        if (document.version() != FORMAT_VERSION || !Fingerprints.VERSION.equals(document.fingerprints())) {
            throw new AnalysisException(file + ":1:1: baseline version " + document.version() + " with fingerprints "
                    + document.fingerprints() + "; this consentflow reads version " + FORMAT_VERSION + " with "
                    + Fingerprints.VERSION + HINT);
        }
        Set<String> fingerprints = new HashSet<>();
        for (Entry entry : document.findings()) {
            if (entry == null || entry.fingerprint() == null || entry.fingerprint().isBlank()) {
                throw new AnalysisException(file + ":1:1: a baseline entry has no \"fingerprint\"" + HINT);
            }
            fingerprints.add(entry.fingerprint());
        }
        return fingerprints;
    }

    private static Entry entry(Finding finding, Path root) {
        return new Entry(finding.fingerprint(), finding.rule().id(), finding.member(),
                ReportPaths.relative(root, finding.location().file()), finding.message());
    }

    /**
     * The file's content; Jackson writes the components in this order.
     *
     * @param fingerprints how the fingerprints were computed, {@link Fingerprints#VERSION}
     */
    record Document(int version, String fingerprints, List<Entry> findings) {}

    /** One accepted finding; only the fingerprint is matched, the rest tells a reviewer what it was. */
    record Entry(String fingerprint, String rule, String member, String path, String message) {}
}
