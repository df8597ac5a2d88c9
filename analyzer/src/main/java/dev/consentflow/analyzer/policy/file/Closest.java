package dev.consentflow.analyzer.policy.file;

import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the candidate nearest to a name that matched nothing, for "did you mean" hints: the least
 * Levenshtein distance, ties broken by the smaller name so that hints do not depend on iteration order.
 * A candidate further away than a third of the name's length (at least 2) is no plausible typo.
 */
final class Closest {
    private Closest() {}

    static <T> Optional<T> to(String name, Iterable<T> candidates, Function<T, String> nameOf) {
        int limit = Math.max(2, name.length() / 3);
        T best = null;
        String bestName = null;
        int bestDistance = limit + 1;
        for (T candidate : candidates) {
            String candidateName = nameOf.apply(candidate);
            int d = distance(name, candidateName, bestDistance);
            if (d < bestDistance || d == bestDistance && bestName != null && candidateName.compareTo(bestName) < 0) {
                best = candidate;
                bestName = candidateName;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The Levenshtein distance of {@code a} and {@code b}, or {@code bound + 1} as soon as it must exceed
     * {@code bound}: most candidates are far off, and thousands of members are compared per entry.
     */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], bound + 1);
    }
}
