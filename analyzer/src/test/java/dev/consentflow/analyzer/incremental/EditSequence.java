package dev.consentflow.analyzer.incremental;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A seeded sequence of edits of a {@link DriftingProject}, for {@link IncrementalEquivalenceTest}: each
 * step draws a kind of edit (every kind once per round, in a shuffled order) and a file it applies to,
 * and makes the edit on disk unless it stays an unsaved editor buffer. Edits accumulate; a file whose
 * syntax was broken on disk is repaired one to three steps later. A kind tries the files in a shuffled
 * order until one has something to edit (the files tried in vain are counted as misses); a kind that
 * applies to no file comes again at the end of its round, so that each round makes every kind.
 */
final class EditSequence {
    static final String DELETE_FILE = "delete a file";
    static final String ADD_FILE = "add a copy of a file with its class renamed";
    static final String RESTORE_FILE = "restore a file to its original text";
    static final String REPAIR_FILE = "repair a file whose syntax was broken";
    /** One edit of the editor's text in this many stays an unsaved buffer. */
    private static final int BUFFER_ONE_IN = 4;

    /**
     * One step's edit.
     *
     * @param kind the kind of edit, a name of {@link Mutations#TEXT} or one of the file edits here
     * @param file the file edited, deleted or added
     * @param text the file's new text; empty when the file is deleted
     * @param buffer whether the text stays in an editor's buffer, the disk unchanged
     */
    record Edit(String kind, Path file, Optional<String> text, boolean buffer) {}

    private final DriftingProject project;
    private final Random random;
    private final List<String> kinds;
    private final List<String> round = new ArrayList<>();
    /** The kinds of the round that applied to no file when drawn first. */
    private final Set<String> deferred = new HashSet<>();
    /** The text of each file broken on disk before it was broken, and the step it is repaired at. */
    private final Map<Path, String> brokenFrom = new TreeMap<>();
    private final Map<Path, Integer> repairAt = new TreeMap<>();
    private final Map<String, Integer> made = new TreeMap<>();
    private final Map<String, Integer> buffers = new TreeMap<>();
    private final Map<String, Integer> missed = new TreeMap<>();
    private int copies;

    EditSequence(DriftingProject project, Random random) {
        this.project = project;
        this.random = random;
        this.kinds = Stream.concat(Mutations.TEXT.keySet().stream(), Stream.of(DELETE_FILE, ADD_FILE, RESTORE_FILE))
                .toList();
    }

    /** Every kind of edit a step may draw (repairs come by themselves). */
    List<String> kinds() {
        return kinds;
    }

    /**
     * Draws the edit of step {@code step} and makes it on disk unless it is a buffer.
     *
     * @param involved the files where findings stand or their flows pass: an edit that draws a file draws
     *     one of them first three times in four, since an edit elsewhere (blank lines in a file without
     *     findings) leaves every result as it was and would show no stale one
     * @throws IllegalStateException when no kind of edit applies to any file
     */
    Edit next(int step, Set<Path> involved) {
        Optional<Path> due = repairAt.entrySet().stream().filter(e -> e.getValue() <= step).map(Map.Entry::getKey)
                .findFirst();
        if (due.isPresent()) {
            return save(new Edit(REPAIR_FILE, due.get(), Optional.of(brokenFrom.get(due.get())), false), step);
        }
        for (int drawn = 0; drawn < 2 * kinds.size(); drawn++) {
            if (round.isEmpty()) {
                round.addAll(kinds);
                Collections.shuffle(round, random);
                deferred.clear();
            }
            String kind = round.remove(round.size() - 1);
            Optional<Edit> edit = propose(kind, involved);
            if (edit.isPresent()) {
                return edit.get().buffer() ? count(buffers, edit.get()) : save(edit.get(), step);
            }
            if (deferred.add(kind)) {
                // Nothing to restore before the first edit: the kind comes again at the end of the round.
                round.add(0, kind);
            }
        }
        throw new IllegalStateException("no edit applies to any of " + project.files().size() + " files");
    }

    /** Per kind: how many edits were made on disk, as buffers, and how many files it found nothing to edit in. */
    String counts() {
        return Stream.concat(kinds.stream(), Stream.of(REPAIR_FILE))
                .map(kind -> kind + ": " + made.getOrDefault(kind, 0) + " on disk, " + buffers.getOrDefault(kind, 0)
                        + " as buffer, " + missed.getOrDefault(kind, 0) + " missed")
                .collect(Collectors.joining("\n  ", "  ", ""));
    }

    /** How many edits of {@code kind} were made, on disk or as buffers. */
    int made(String kind) {
        return made.getOrDefault(kind, 0) + buffers.getOrDefault(kind, 0);
    }

    /** An edit of {@code kind} of the first file drawn that it applies to; each file drawn in vain is a miss. */
    private Optional<Edit> propose(String kind, Set<Path> involved) {
        List<Path> files = new ArrayList<>(switch (kind) {
            case DELETE_FILE -> project.files();
            case RESTORE_FILE -> project.drifted();
            default -> project.files().stream().filter(f -> !brokenFrom.containsKey(f)).toList();
        });
        Collections.shuffle(files, random);
        if (random.nextInt(4) != 0) {
            files.sort(Comparator.comparing(file -> !involved.contains(file)));
        }
        for (Path file : files) {
            Optional<Edit> edit = propose(kind, file);
            if (edit.isPresent()) {
                return edit;
            }
            missed.merge(kind, 1, Integer::sum);
        }
        return Optional.empty();
    }

    private Optional<Edit> propose(String kind, Path file) {
        return switch (kind) {
            case DELETE_FILE -> Optional.of(new Edit(kind, file, Optional.empty(), false));
            case RESTORE_FILE -> Optional.of(new Edit(kind, file, project.original(file), false));
            case ADD_FILE -> {
                String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                String copy = name + "Copy" + ++copies;
                yield Mutations.copyAs(project.read(file).orElseThrow(), name, copy)
                        .map(text -> new Edit(kind, file.resolveSibling(copy + ".java"), Optional.of(text), false));
            }
            default -> Mutations.TEXT.get(kind).apply(project.read(file).orElseThrow(), random)
                    .map(text -> new Edit(kind, file, Optional.of(text), random.nextInt(BUFFER_ONE_IN) == 0));
        };
    }

    private Edit save(Edit edit, int step) {
        if (edit.kind().equals(Mutations.BREAK_SYNTAX)) {
            brokenFrom.put(edit.file(), project.read(edit.file()).orElseThrow());
            repairAt.put(edit.file(), step + 1 + random.nextInt(3));
        } else {
            brokenFrom.remove(edit.file());
            repairAt.remove(edit.file());
        }
        project.write(edit.file(), edit.text());
        return count(made, edit);
    }

    private static Edit count(Map<String, Integer> counts, Edit edit) {
        counts.merge(edit.kind(), 1, Integer::sum);
        return edit;
    }
}
