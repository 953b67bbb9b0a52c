package org.claimscorer;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of architecture.md: one direction of dependency, framework code at the edge only. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimscorer");

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("org.claimscorer.api..")
                .layer("scoring").definedBy("org.claimscorer.scoring..")
                .layer("training").definedBy("org.claimscorer.training..")
                .layer("model").definedBy("org.claimscorer.model..")
                .layer("features").definedBy("org.claimscorer.features..")
                .layer("claim").definedBy("org.claimscorer.claim..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("training").mayNotBeAccessedByAnyLayer()
                .whereLayer("scoring").mayOnlyBeAccessedByLayers("api")
                .whereLayer("model").mayOnlyBeAccessedByLayers("scoring", "training")
                .whereLayer("features").mayOnlyBeAccessedByLayers("model", "scoring", "training")
                .check(CLASSES);
    }

    @Test
    void claimDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.claimscorer.claim..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.claimscorer.claim..")
                .check(CLASSES);
    }

    @Test
    void quarkusAndJakartaStayInScoringAndApi() {
        noClasses().that().resideInAnyPackage("org.claimscorer.claim..", "org.claimscorer.features..",
                        "org.claimscorer.model..", "org.claimscorer.training..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.vertx..",
                        "io.smallrye..", "org.eclipse.microprofile..", "io.micrometer..")
                .check(CLASSES);
    }

    @Test
    void featuresUseNoModelTrainingOrHttpCode() {
        noClasses().that().resideInAPackage("org.claimscorer.features..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimscorer.model..", "org.claimscorer.scoring..",
                        "org.claimscorer.api..", "org.claimscorer.training..")
                .check(CLASSES);
    }
}
