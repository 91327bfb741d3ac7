package dev.umbrella.kernel.eval;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the classes JShell compiles from cells, before they are loaded:
 * <ul>
 *   <li>{@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} call {@link CellGuard}
 *       instead, which throws, so a cell cannot end the kernel;</li>
 *   <li>every method start and every backward jump first calls {@link CellGuard#poll()}, so an
 *       interrupted cell stops within one loop iteration even when it never blocks.</li>
 * </ul>
 * This works the same on every JDK (a SecurityManager cannot be installed from Java 24 on, and
 * {@code Thread.stop} throws from Java 20 on). Its limits: only cell code is rewritten, so a library
 * method that calls {@code System.exit} or loops forever is not covered, and neither is
 * {@code System.exit} reached through reflection or method handles.
 */
final class CellBytecode {
    private static final String GUARD = CellGuard.class.getName().replace('.', '/');

    private CellBytecode() {}

    static byte[] rewrite(byte[] classFile) {
        var reader = new ClassReader(classFile);
        var writer = new ClassWriter(reader, 0);
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                        boolean hasCode = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
                        return hasCode ? new Guarded(mv, !"<clinit>".equals(name)) : mv;
                    }
                },
                0);
        return writer.toByteArray();
    }

    private static final class Guarded extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();
        private final boolean pollAtStart;

        Guarded(MethodVisitor mv, boolean pollAtStart) {
            super(Opcodes.ASM9, mv);
            this.pollAtStart = pollAtStart;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (pollAtStart) {
                poll();
            }
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                poll();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && "java/lang/System".equals(owner) && "exit".equals(name)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "exit", "(I)V", false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL
                    && "java/lang/Runtime".equals(owner)
                    && ("exit".equals(name) || "halt".equals(name))
                    && "(I)V".equals(descriptor)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, name, "(Ljava/lang/Runtime;I)V", false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        private void poll() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "poll", "()V", false);
        }
    }
}
