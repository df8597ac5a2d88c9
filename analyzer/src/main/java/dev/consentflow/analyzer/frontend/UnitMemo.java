package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import java.util.ArrayList;
import java.util.function.Function;

/**
 * Something read from a compilation unit alone, computed once and kept in the unit's data for as long as
 * the unit is (a unit kept between analyses, {@link ParsedFiles}, keeps it, while what the symbol solver
 * stored there is removed). Every analysis of a project kept between edits asks for each unit's types and
 * calls, and walking every tree each time would cost more than analyzing the edit.
 *
 * <p>One instance per question, held in a constant: {@code static final UnitMemo<List<..>> CALLS = new UnitMemo<>(..) {}}.
 *
 * @param <T> the answer; never modified once computed
 */
public abstract class UnitMemo<T> extends DataKey<T> {
    private final Function<CompilationUnit, T> read;

    /** @param read computes the answer from the unit */
    protected UnitMemo(Function<CompilationUnit, T> read) {
        this.read = read;
    }

    /** The answer for {@code unit}. */
    public T of(CompilationUnit unit) {
        if (unit.containsData(this)) {
            return unit.getData(this);
        }
        T answer = read.apply(unit);
        unit.setData(this, answer);
        return answer;
    }

    /** Computes every answer again at the next question: the unit was changed. */
    static void forgetAll(CompilationUnit unit) {
        for (DataKey<?> key : new ArrayList<>(unit.getDataKeys())) {
            if (key instanceof UnitMemo<?>) {
                unit.removeData(key);
            }
        }
    }
}
