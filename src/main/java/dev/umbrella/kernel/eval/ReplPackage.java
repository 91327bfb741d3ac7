package dev.umbrella.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * javac's pooled context keeps what it read, and drops the classes of the unnamed module after
 * each task while remembering that it has listed package {@code REPL}: the next task would not
 * find the earlier cells' classes. After each task the {@code REPL} package is purged and made
 * listable again, as JShell does for its own pool (jdk.jshell's TaskFactory). Public members of
 * javac's {@code code} and {@code util} packages, exported to Umbrella by the same options.
 */
final class ReplPackage {
    private final Method getContext;
    private final Method symtabInstance;
    private final Method namesInstance;
    private final Method fromString;
    private final Field unnamedModule;
    private final Method getPackage;
    private final Method removeClass;
    private final Field members;
    private final Field completer;
    private final Method finderInstance;
    private final Method getCompleter;

    ReplPackage() throws ReflectiveOperationException {
        Class<?> task = Class.forName("com.sun.tools.javac.api.JavacTaskImpl");
        Class<?> context = Class.forName("com.sun.tools.javac.util.Context");
        Class<?> symtab = Class.forName("com.sun.tools.javac.code.Symtab");
        Class<?> names = Class.forName("com.sun.tools.javac.util.Names");
        Class<?> name = Class.forName("com.sun.tools.javac.util.Name");
        Class<?> symbol = Class.forName("com.sun.tools.javac.code.Symbol");
        Class<?> module = Class.forName("com.sun.tools.javac.code.Symbol$ModuleSymbol");
        Class<?> pkg = Class.forName("com.sun.tools.javac.code.Symbol$PackageSymbol");
        Class<?> finder = Class.forName("com.sun.tools.javac.code.ClassFinder");
        getContext = task.getMethod("getContext");
        symtabInstance = symtab.getMethod("instance", context);
        namesInstance = names.getMethod("instance", context);
        fromString = names.getMethod("fromString", String.class);
        unnamedModule = symtab.getField("unnamedModule");
        getPackage = symtab.getMethod("getPackage", module, name);
        removeClass = symtab.getMethod("removeClass", module, name);
        members = pkg.getField("members_field");
        completer = symbol.getField("completer");
        finderInstance = finder.getMethod("instance", context);
        getCompleter = finder.getMethod("getCompleter");
    }

    Object contextOf(Object javacTask) throws ReflectiveOperationException {
        return getContext.invoke(javacTask);
    }

    void forget(Object context, Set<String> cellClasses) throws ReflectiveOperationException {
        Object syms = symtabInstance.invoke(null, context);
        Object replName = fromString.invoke(namesInstance.invoke(null, context), CellCompiler.PACKAGE);
        Object unnamed = unnamedModule.get(syms);
        Object repl = getPackage.invoke(syms, unnamed, replName);
        if (repl == null) {
            return;
        }
        // JShell scans every class symbol for those of REPL; the loader already knows their names.
        Object names = namesInstance.invoke(null, context);
        for (String cellClass : cellClasses) {
            removeClass.invoke(syms, unnamed, fromString.invoke(names, cellClass));
        }
        members.set(repl, null);
        completer.set(repl, getCompleter.invoke(finderInstance.invoke(null, context)));
    }
}
