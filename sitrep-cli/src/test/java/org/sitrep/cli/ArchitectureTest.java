package org.sitrep.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps CoreNLP inside the adapter and dependencies pointing inward. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitrep");

    @Test
    void onlyTheAdapterImportsCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.sitrep.corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.sitrep.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.sitrep.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void stagesDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("org.sitrep.model..", "org.sitrep.ingest..", "org.sitrep.clean..",
                        "org.sitrep.annotate..", "org.sitrep.extract..", "org.sitrep.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.cli..", "org.sitrep.eval..",
                        "org.sitrep.corenlp..")
                .check(CLASSES);
    }
}
