package dev.consentflow.analyzer.policy;

/**
 * The {@code subject} notation of {@code @ConsentCheck} (DESIGN §1): {@code ""} means the receiver for
 * fields and parameterless methods, else the first parameter; {@code "#0"} the receiver; {@code "#n"} the
 * n-th parameter (1-based).
 *
 * @param index 0 for the receiver, n for the n-th parameter, or {@link #DEFAULT} for {@code ""}
 */
public record SubjectSpec(int index) {
    /** The index of {@code ""}: decided by the checked member's parameters. */
    public static final int DEFAULT = -1;

    /**
     * @throws IllegalArgumentException when {@code text} is neither empty nor {@code #} followed by a
     *     non-negative number, naming the text and the accepted forms
     */
    public static SubjectSpec parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return new SubjectSpec(DEFAULT);
        }
        if (t.length() > 1 && t.charAt(0) == '#' && t.substring(1).chars().allMatch(Character::isDigit)) {
            try {
                return new SubjectSpec(Integer.parseInt(t.substring(1)));
            } catch (NumberFormatException e) {
                // Too many digits: reported below like any other malformed subject.
            }
        }
        throw new IllegalArgumentException("subject \"" + text + "\" is not \"\", \"#0\" (the receiver) "
                + "or \"#n\" (the n-th parameter)");
    }

    /**
     * Which value a check with this subject is about.
     *
     * @param parameterCount the checked method's number of parameters (0 for a field)
     * @return 0 for the receiver, n for the n-th parameter
     */
    public int resolve(int parameterCount) {
        if (index != DEFAULT) {
            return index;
        }
        return parameterCount == 0 ? 0 : 1;
    }
}
