package org.diplomatictimeline.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app's packages point one way: {@code app.launch} (the composition root) knows the window and curation,
 * {@code app.curation} knows the window through its registration points, and the window knows neither.
 */
@AnalyzeClasses(packages = "org.diplomatictimeline.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppPackageRulesTest {

    @ArchTest
    static final ArchRule appPackagesAreFreeOfCycles = slices().matching("org.diplomatictimeline.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theWindowKnowsNeitherCurationNorTheCompositionRoot = noClasses()
            .that().resideInAPackage("org.diplomatictimeline.app")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.diplomatictimeline.app.curation..", "org.diplomatictimeline.app.launch..");

    @ArchTest
    static final ArchRule curationDoesNotKnowTheCompositionRoot = noClasses()
            .that().resideInAPackage("org.diplomatictimeline.app.curation..")
            .should().dependOnClassesThat().resideInAPackage("org.diplomatictimeline.app.launch..");
}
