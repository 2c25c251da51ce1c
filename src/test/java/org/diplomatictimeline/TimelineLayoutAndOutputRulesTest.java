package org.diplomatictimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The timeline's layout stays pure (no JavaFX: it is tested and benchmarked without a toolkit), and only the
 * command line writes to standard output (the app logs to its log file; stdout is the commands' data channel).
 */
@AnalyzeClasses(packages = "org.diplomatictimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class TimelineLayoutAndOutputRulesTest {

    @ArchTest
    static final ArchRule timelineLayoutHasNoJavaFx = noClasses()
            .that().resideInAPackage("org.diplomatictimeline.timeline.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..");

    /** Threads and caches live with the skin that owns them; layout is a function of its inputs. */
    @ArchTest
    static final ArchRule timelineLayoutStartsNoWork = noClasses()
            .that().resideInAPackage("org.diplomatictimeline.timeline.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..");

    /** The layout is the lower layer: the control and its skin use it, never the other way round. */
    @ArchTest
    static final ArchRule timelineLayoutUsesNothingOfTheControl = noClasses()
            .that().resideInAPackage("org.diplomatictimeline.timeline.layout..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.diplomatictimeline.timeline", "org.diplomatictimeline.timeline.skin..");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToStandardOutput = noClasses()
            .that().resideOutsideOfPackage("org.diplomatictimeline.cli..")
            .should().accessField(System.class, "out");
}
