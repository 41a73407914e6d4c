package dev.paperdigest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The pipeline's layering (see the README's "Architecture"): stages never import each other. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.paperdigest");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("dev.paperdigest.cli..")
                .layer("enrich").definedBy("dev.paperdigest.enrich..")
                .layer("importer").definedBy("dev.paperdigest.importer..")
                .layer("check").definedBy("dev.paperdigest.check..")
                .layer("serve").definedBy("dev.paperdigest.serve..")
                .layer("build").definedBy("dev.paperdigest.pipeline..")
                .layer("load").definedBy("dev.paperdigest.load..")
                .layer("classify").definedBy("dev.paperdigest.classify..")
                .layer("related").definedBy("dev.paperdigest.related..")
                .layer("analysis").definedBy("dev.paperdigest.analysis..")
                .layer("render").definedBy("dev.paperdigest.render..")
                .layer("search").definedBy("dev.paperdigest.search..")
                .layer("write").definedBy("dev.paperdigest.write..")
                .layer("markdown").definedBy("dev.paperdigest.markdown..")
                .layer("config").definedBy("dev.paperdigest.config..")
                .layer("yaml").definedBy("dev.paperdigest.yaml..")
                .layer("model").definedBy("dev.paperdigest.model..")
                .layer("text").definedBy("dev.paperdigest.text..")
                .layer("diag").definedBy("dev.paperdigest.diag..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("enrich").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("importer").mayOnlyBeAccessedByLayers("cli", "enrich")
                .whereLayer("check").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("build").mayOnlyBeAccessedByLayers("cli", "importer", "serve")
                .whereLayer("load").mayOnlyBeAccessedByLayers("build", "importer")
                .whereLayer("classify").mayOnlyBeAccessedByLayers("build")
                .whereLayer("related").mayOnlyBeAccessedByLayers("build")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("build", "classify", "related", "search")
                .whereLayer("render").mayOnlyBeAccessedByLayers("build")
                .whereLayer("search").mayOnlyBeAccessedByLayers("build")
                .whereLayer("write").mayOnlyBeAccessedByLayers("build", "cli")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("load")
                .whereLayer("config").mayOnlyBeAccessedByLayers("build", "importer", "cli")
                .whereLayer("yaml").mayOnlyBeAccessedByLayers("config", "load", "importer")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("diag").mayNotAccessAnyLayer()
                .whereLayer("text").mayNotAccessAnyLayer()
                .check(CLASSES);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("dev.paperdigest.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void keepsEachLibraryInItsOwnPackage() {
        noClasses().that().resideOutsideOfPackage("dev.paperdigest.render..")
                .should().dependOnClassesThat().resideInAPackage("freemarker..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.paperdigest.markdown..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.paperdigest.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.paperdigest.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.paperdigest.yaml..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.dataformat.yaml..").check(CLASSES);
    }
}
