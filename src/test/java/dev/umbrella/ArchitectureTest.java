package dev.umbrella;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the README's layout table, checked on the compiled classes, so that {@code import static},
 * fully qualified names and lambdas count as much as imports (only constants javac inlines are invisible): every
 * package uses only the packages below it, no two packages depend on each other, and only the kernel talks to
 * Jupyter (jjava). Each package's {@code package-info.java} says the same in words.
 */
class ArchitectureTest {
    private static final String[] ANALYSIS = {"model", "estimate", "roi", "notebook API", "present"};
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.umbrella");
    }

    /** The layers, bottom first; {@code env} (settings) may be used by all and uses none. */
    static LayeredArchitecture layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("dev.umbrella..")
                .layer("env")
                .definedBy("dev.umbrella.env..")
                .layer("parse")
                .definedBy("dev.umbrella.datasets.parse..")
                .layer("datasets")
                .definedBy("dev.umbrella.datasets")
                .layer("build")
                .definedBy("dev.umbrella.datasets.build..")
                .layer("model")
                .definedBy("dev.umbrella.model..")
                .layer("estimate")
                .definedBy("dev.umbrella.estimate..")
                .layer("roi")
                .definedBy("dev.umbrella.roi..")
                .layer("notebook API")
                .definedBy("dev.umbrella")
                .layer("present")
                .definedBy("dev.umbrella.present..")
                .layer("kernel.eval")
                .definedBy("dev.umbrella.kernel.eval..")
                .layer("kernel.display")
                .definedBy("dev.umbrella.kernel.display..")
                .layer("kernel")
                .definedBy("dev.umbrella.kernel")
                .layer("kernel.server")
                .definedBy("dev.umbrella.kernel.server..")
                .layer("kernel.install")
                .definedBy("dev.umbrella.kernel.install..")
                .layer("publish")
                .definedBy("dev.umbrella.publish..")
                .layer("cli")
                .definedBy("dev.umbrella.cli..")
                .whereLayer("env")
                .mayNotAccessAnyLayer()
                .whereLayer("parse")
                .mayOnlyAccessLayers("env")
                .whereLayer("datasets")
                .mayOnlyAccessLayers("parse", "env")
                .whereLayer("build")
                .mayOnlyAccessLayers("datasets", "parse", "env")
                .whereLayer("model")
                .mayOnlyAccessLayers("datasets", "env")
                .whereLayer("estimate")
                .mayOnlyAccessLayers("model", "datasets", "env")
                .whereLayer("roi")
                .mayOnlyAccessLayers("estimate", "model", "datasets", "env")
                .whereLayer("notebook API")
                .mayOnlyAccessLayers("roi", "estimate", "model", "datasets", "env")
                .whereLayer("present")
                .mayOnlyAccessLayers("roi", "estimate", "model", "datasets", "env")
                .whereLayer("kernel.eval")
                .mayOnlyAccessLayers("env")
                .whereLayer("kernel.display")
                .mayOnlyAccessLayers(with(ANALYSIS, "kernel.eval", "datasets", "env"))
                .whereLayer("kernel")
                .mayOnlyAccessLayers("kernel.display", "kernel.eval", "env")
                .whereLayer("kernel.server")
                .mayOnlyAccessLayers("kernel", "kernel.display", "kernel.eval", "env")
                .whereLayer("kernel.install")
                .mayOnlyAccessLayers("kernel.server", "env")
                .whereLayer("publish")
                .mayOnlyAccessLayers(with(ANALYSIS, "kernel", "datasets", "env"))
                .whereLayer("cli")
                .mayOnlyAccessLayers("publish", "kernel.install", "build", "datasets", "env");
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        layers().check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("dev.umbrella.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheKernelTalksToJupyter() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.umbrella.kernel..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dflib.jjava..")
                .check(classes);
    }

    @Test
    void evaluationAndInstallationNeedNoJupyterLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.umbrella.kernel.eval..", "dev.umbrella.kernel.install..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dflib.jjava..")
                .check(classes);
    }

    private static String[] with(String[] layers, String... more) {
        String[] all = new String[layers.length + more.length];
        System.arraycopy(layers, 0, all, 0, layers.length);
        System.arraycopy(more, 0, all, layers.length, more.length);
        return all;
    }
}
