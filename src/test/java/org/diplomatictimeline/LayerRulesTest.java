package org.diplomatictimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.diplomatictimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = classes()
            .that().resideInAPackage("org.diplomatictimeline.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.diplomatictimeline.model..", "java..");

    @ArchTest
    static final ArchRule tableImportsNothingOfOurs = classes()
            .that().resideInAPackage("org.diplomatictimeline.table..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.diplomatictimeline.table..", "java..");

    @ArchTest
    static final ArchRule coreLayersHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage(
                    "org.diplomatictimeline.corpus..", "org.diplomatictimeline.time..",
                    "org.diplomatictimeline.extract..", "org.diplomatictimeline.model..",
                    "org.diplomatictimeline.io..", "org.diplomatictimeline.curation..",
                    "org.diplomatictimeline.brief..", "org.diplomatictimeline.table..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Cli").definedBy("org.diplomatictimeline.cli..")
            .layer("App").definedBy("org.diplomatictimeline.app..")
            .layer("Timeline").definedBy("org.diplomatictimeline.timeline..")
            .layer("Source").definedBy("org.diplomatictimeline.source..")
            .layer("Io").definedBy("org.diplomatictimeline.io..")
            .layer("Eval").definedBy("org.diplomatictimeline.eval..")
            .layer("Brief").definedBy("org.diplomatictimeline.brief..")
            .layer("Curation").definedBy("org.diplomatictimeline.curation..")
            .layer("Extract").definedBy("org.diplomatictimeline.extract..")
            .layer("Time").definedBy("org.diplomatictimeline.time..")
            .layer("Corpus").definedBy("org.diplomatictimeline.corpus..")
            .layer("Model").definedBy("org.diplomatictimeline.model..")
            .layer("Table").definedBy("org.diplomatictimeline.table..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Timeline").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Source").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Eval").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Brief").mayOnlyBeAccessedByLayers("Io", "App", "Cli")
            .whereLayer("Curation").mayOnlyBeAccessedByLayers("Io", "App", "Cli")
            .whereLayer("Extract").mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Time").mayOnlyBeAccessedByLayers("Extract", "App", "Cli")
            .whereLayer("Corpus").mayOnlyBeAccessedByLayers("Extract", "Io", "Source", "Curation", "App", "Cli");
}
