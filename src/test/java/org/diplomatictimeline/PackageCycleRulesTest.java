package org.diplomatictimeline;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No two packages depend on each other, at any depth: the layer rules see {@code corpus} and {@code corpus.format}
 * as one layer, so a cycle between a package and its sub-package would pass them unnoticed.
 */
@AnalyzeClasses(packages = "org.diplomatictimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCycleRulesTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("org.diplomatictimeline.(**)")
            .should().beFreeOfCycles()
            // a Control names its default skin and the skin reads its control: JavaFX's Control/Skin pair is the
            // one mutual dependency allowed, and only through createDefaultSkin
            .ignoreDependency(name("org.diplomatictimeline.timeline.TimelineView"),
                    name("org.diplomatictimeline.timeline.skin.TimelineSkin"));
}
