package dev.consentflow.analyzer.classpath;

import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SubjectSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the roles that consentflow annotations (retention {@code CLASS}, so in
 * {@code RuntimeInvisibleAnnotations}) give to the members of one class file. Beyond the annotated members:
 * a trivial accessor of an annotated field gets the field's role (a consent check about the receiver), and
 * every public method of a {@code @DataUse} type is a sink, unless the method declares its own role.
 */
final class ClassFileReader extends ClassVisitor {
    private static final SubjectSpec RECEIVER = new SubjectSpec(0);

    private final Map<MemberRef, Roles.Source> sources = new HashMap<>();
    private final Map<MemberRef, Roles.Sink> sinks = new HashMap<>();
    private final Map<MemberRef, Roles.Check> checks = new HashMap<>();
    private final Set<MemberRef> anonymizers = new HashSet<>();
    private final List<MemberRef> publicMethods = new ArrayList<>();
    /** Trivial accessors and the field each returns. */
    private final Map<MemberRef, String> accessors = new HashMap<>();
    private String internalName;
    private String type;
    private Roles.Sink typeSink;

    private ClassFileReader() {
        super(Opcodes.ASM9);
    }

    /**
     * @param classFile the bytes of a class file
     * @return the roles of its members, possibly none
     * @throws RuntimeException (ASM throws several unchecked kinds) when the bytes are not a class file that
     *     ASM can read: truncated, corrupt, or of a newer version than it knows
     */
    static ClassRoles read(byte[] classFile) {
        ClassFileReader reader = new ClassFileReader();
        // Debug information and stack map frames carry no role; skipping them is faster.
        new ClassReader(classFile).accept(reader, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ClassRoles(reader.type, reader.sources, reader.sinks, reader.checks, reader.anonymizers);
    }

    /**
     * A class file's name for a type as {@link MemberRef} spells it: {@code com/acme/Outer$Inner} and
     * {@code com.acme.Outer$Inner} become {@code com.acme.Outer.Inner}, as the symbol solver names types
     * from jars.
     */
    static String javaName(String classFileName) {
        return classFileName.replace('/', '.').replace('$', '.');
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        internalName = name;
        type = javaName(name);
    }

    /** Of the type's annotations only {@code @DataUse} plays a role that classpath declarations are asked about. */
    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return ConsentflowAnnotation.of(descriptor)
                .filter(a -> a == ConsentflowAnnotation.DATA_USE)
                .map(a -> new AnnotationValues(values -> typeSink = sink(values)))
                .orElse(null);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        MemberRef field = MemberRef.field(type, name);
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return memberAnnotation(field, annotation);
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        // Constructors, initializers and compiler-made bridges are never asked about.
        if (name.startsWith("<") || (access & Opcodes.ACC_SYNTHETIC) != 0) {
            return null;
        }
        MemberRef method = MemberRef.method(type, name, Arrays.stream(Type.getArgumentTypes(descriptor))
                .map(t -> javaName(t.getClassName())).toList());
        if ((access & Opcodes.ACC_PUBLIC) != 0) {
            publicMethods.add(method);
        }
        boolean getterShaped = (access & Opcodes.ACC_STATIC) == 0 && descriptor.startsWith("()");
        return new MethodReader(internalName, annotation -> memberAnnotation(method, annotation),
                field -> {
                    if (getterShaped) {
                        accessors.put(method, field);
                    }
                });
    }

    @Override
    public void visitEnd() {
        accessors.forEach((accessor, name) -> {
            MemberRef field = MemberRef.field(type, name);
            Roles.Source source = sources.get(field);
            if (source != null) {
                sources.putIfAbsent(accessor, source);
            }
            Roles.Check check = checks.get(field);
            if (check != null) {
                checks.putIfAbsent(accessor,
                        new Roles.Check(check.purpose(), RECEIVER, check.grantedWhen(), check.categories()));
            }
        });
        if (typeSink != null) {
            publicMethods.forEach(method -> sinks.putIfAbsent(method, typeSink));
        }
    }

    private AnnotationVisitor memberAnnotation(MemberRef member, String descriptor) {
        return ConsentflowAnnotation.of(descriptor)
                .map(annotation -> new AnnotationValues(values -> record(annotation, member, values)))
                .orElse(null);
    }

    /** The compiler has enforced each annotation's targets: a field cannot carry {@code @DataUse}. */
    private void record(ConsentflowAnnotation annotation, MemberRef member, AnnotationValues values) {
        switch (annotation) {
            case PERSONAL_DATA -> sources.put(member,
                    new Roles.Source(values.strings("category"), values.string("subject", "customer")));
            case DATA_USE -> sinks.put(member, sink(values));
            case CONSENT_CHECK -> checks.put(member, new Roles.Check(values.string("purpose", ""),
                    subject(values), values.bool("grantedWhen", true), values.strings("categories")));
            case ANONYMIZER -> anonymizers.add(member);
        }
    }

    private static Roles.Sink sink(AnnotationValues values) {
        return new Roles.Sink(values.string("purpose", ""), values.string("legalBasis", "CONSENT"));
    }

    /**
     * A malformed subject falls back to the default, as in the sources: the analysis of the jar's own
     * sources is where it is reported at file:line.
     */
    private static SubjectSpec subject(AnnotationValues values) {
        try {
            return SubjectSpec.parse(values.string("subject", ""));
        } catch (IllegalArgumentException e) {
            return new SubjectSpec(SubjectSpec.DEFAULT);
        }
    }
}
