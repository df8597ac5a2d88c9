package dev.consentflow.analyzer.classpath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The attribute values of one annotation in a class file. A class file holds only the values written in
 * the source, so each accessor takes the annotation type's default.
 */
final class AnnotationValues extends AnnotationVisitor {
    private final Map<String, Object> values = new HashMap<>();
    private final Consumer<AnnotationValues> whenRead;

    /** @param whenRead receives the values once the annotation has been read */
    AnnotationValues(Consumer<AnnotationValues> whenRead) {
        super(Opcodes.ASM9);
        this.whenRead = whenRead;
    }

    @Override
    public void visit(String name, Object value) {
        values.put(name, value);
    }

    /** An enum value is kept as its constant's name ({@code CONTRACT}), as {@code Roles} spells it. */
    @Override
    public void visitEnum(String name, String descriptor, String value) {
        values.put(name, value);
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        List<Object> elements = new ArrayList<>();
        values.put(name, elements);
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String unnamed, Object value) {
                elements.add(value);
            }
        };
    }

    @Override
    public void visitEnd() {
        whenRead.accept(this);
    }

    String string(String name, String fallback) {
        return values.get(name) instanceof String s ? s : fallback;
    }

    /** A {@code String[]} attribute; an unwritten one is empty, as every consentflow array defaults to. */
    List<String> strings(String name) {
        if (!(values.get(name) instanceof List<?> elements)) {
            return List.of();
        }
        return elements.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    boolean bool(String name, boolean fallback) {
        return values.get(name) instanceof Boolean b ? b : fallback;
    }
}
