package dev.consentflow.analyzer.suppression;

import dev.consentflow.analyzer.model.Rule;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notation of a consentflow key inside {@code @SuppressWarnings}: {@code consentflow:<rule-id>}, e.g.
 * {@code @SuppressWarnings("consentflow:unconsented-use")}. Other keys ({@code "unchecked"}, another
 * tool's) are not ours and are left alone.
 */
public final class SuppressionKey {
    static final String PREFIX = "consentflow:";

    private SuppressionKey() {}

    /**
     * The rule a {@code @SuppressWarnings} value names.
     *
     * @param value one string of the annotation, as written (surrounding blanks are ignored)
     * @return empty for a key that is not consentflow's
     * @throws IllegalArgumentException for {@code consentflow:} followed by no known rule id, with a message
     *     naming the known ids
     */
    public static Optional<Rule> parse(String value) {
        String key = value.strip();
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = key.substring(PREFIX.length()).strip();
        return Optional.of(Rule.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "\"" + key + "\" names no consentflow rule; use consentflow:<rule> with one of "
                        + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", ")))));
    }
}
