package dev.consentflow.analyzer.classpath;

import java.util.function.Consumer;
import java.util.function.Function;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads one method of a class file: hands its annotations on, and tells whether its code is exactly
 * {@code aload_0; getfield <a field of its own class>; <x>return} — a trivial accessor, whose source is not
 * analyzed when it comes from a jar, so it takes the role of the field it returns. Labels, line numbers and
 * frames are not instructions and are ignored.
 */
final class MethodReader extends MethodVisitor {
    /** The number of instructions of an accessor: {@code aload_0; getfield; xreturn}. */
    private static final int ACCESSOR_LENGTH = 3;

    private final String owner;
    private final Function<String, AnnotationVisitor> annotations;
    private final Consumer<String> whenAccessor;
    private int matched;
    private String field;

    /**
     * @param owner the internal name of the class declaring the method
     * @param annotations the visitor for an annotation of the method, by descriptor, or null to skip it
     * @param whenAccessor receives the field's name if the method turns out to be a trivial accessor
     */
    MethodReader(String owner, Function<String, AnnotationVisitor> annotations, Consumer<String> whenAccessor) {
        super(Opcodes.ASM9);
        this.owner = owner;
        this.annotations = annotations;
        this.whenAccessor = whenAccessor;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return annotations.apply(descriptor);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        instruction(matched == 0 && opcode == Opcodes.ALOAD && varIndex == 0);
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        instruction(matched == 1 && opcode == Opcodes.GETFIELD && fieldOwner.equals(owner));
        field = name;
    }

    @Override
    public void visitInsn(int opcode) {
        instruction(matched == 2 && opcode >= Opcodes.IRETURN && opcode <= Opcodes.ARETURN);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        instruction(false);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        instruction(false);
    }

    @Override
    public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor,
            boolean isInterface) {
        instruction(false);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        instruction(false);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        instruction(false);
    }

    @Override
    public void visitLdcInsn(Object value) {
        instruction(false);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        instruction(false);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        instruction(false);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        instruction(false);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        instruction(false);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        instruction(false);
    }

    @Override
    public void visitEnd() {
        if (matched == ACCESSOR_LENGTH) {
            whenAccessor.accept(field);
        }
    }

    /** Counts an instruction that continues the accessor pattern; any other one rules the method out. */
    private void instruction(boolean continuesAccessor) {
        matched = continuesAccessor && matched >= 0 ? matched + 1 : -1;
    }
}
