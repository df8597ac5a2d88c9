package dev.consentflow.analyzer.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the expected-finding markers of test sources: {@code // EXPECT: rule-id[, rule-id...]} on the
 * line where each finding must stand. Every other line must stay clean; {@code // SAFE} marks a line (a sink
 * call) that must stay clean on purpose, so that a case suite can count its negative cases.
 */
public final class ExpectMarkers {
    private static final Pattern MARKER = Pattern.compile("//\\s*EXPECT:\\s*([\\w\\-]+(?:\\s*,\\s*[\\w\\-]+)*)");
    private static final Pattern SAFE = Pattern.compile("//\\s*SAFE\\b");

    private ExpectMarkers() {}

    /** One expected finding: a rule id on a 1-based line of a file. */
    public record Expected(String file, int line, String rule) {}

    /** A line marked {@code // SAFE}: a 1-based line of a file where no finding may stand. */
    public record Safe(String file, int line) {}

    /**
     * @param file the file name to record in each marker
     * @param source the file's text
     * @return the markers, in line order
     * @throws IllegalArgumentException for an {@code EXPECT:} with no rule id
     */
    public static List<Expected> parse(String file, String source) {
        List<Expected> expected = new ArrayList<>();
        String[] lines = source.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("EXPECT:")) {
                continue;
            }
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": EXPECT: needs a rule id");
            }
            Set<String> rules = new LinkedHashSet<>();
            for (String rule : m.group(1).split(",")) {
                rules.add(rule.strip());
            }
            for (String rule : rules) {
                expected.add(new Expected(file, i + 1, rule));
            }
        }
        return expected;
    }

    /**
     * @param file the file name to record in each marker
     * @param source the file's text
     * @return the lines marked {@code // SAFE}, in line order
     * @throws IllegalArgumentException for a line marked both {@code SAFE} and {@code EXPECT:}
     */
    public static List<Safe> parseSafe(String file, String source) {
        List<Safe> safe = new ArrayList<>();
        String[] lines = source.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!SAFE.matcher(lines[i]).find()) {
                continue;
            }
            if (lines[i].contains("EXPECT:")) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": a line is either SAFE or EXPECT:");
            }
            safe.add(new Safe(file, i + 1));
        }
        return safe;
    }
}
