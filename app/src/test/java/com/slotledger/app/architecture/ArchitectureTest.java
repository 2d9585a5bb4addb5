package com.slotledger.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dependency direction of DESIGN.md, checked on the compiled classes of every module. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.slotledger");
        assertTrue(classes.contain("com.slotledger.command.entitlement.Candidate"));
        assertTrue(classes.contain("com.slotledger.query.entitlement.CandidateProjection"));
    }

    @Test
    void commandSideNeverImportsQuerySide() {
        noClasses().that().resideInAPackage("com.slotledger.command..")
                .should().dependOnClassesThat().resideInAPackage("com.slotledger.query..").check(classes);
    }

    @Test
    void querySideNeverImportsCommandSide() {
        noClasses().that().resideInAPackage("com.slotledger.query..")
                .should().dependOnClassesThat().resideInAPackage("com.slotledger.command..").check(classes);
    }

    @Test
    void contractsImportNoFramework() {
        classes().that().resideInAPackage("com.slotledger.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.slotledger.api..", "java..")
                .check(classes);
    }

    @Test
    void aggregatesImportNothingFromMicronaut() {
        noClasses().that().haveSimpleNameNotEndingWith("Controller").and().resideInAnyPackage("com.slotledger.command..")
                .and().areAnnotatedWith("com.slotledger.api.shared.Revision")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut..").check(classes);
    }

    @Test
    void onlyTheAppAssemblesTheModules() {
        noClasses().that().resideOutsideOfPackage("com.slotledger.app..")
                .should().dependOnClassesThat().resideInAPackage("com.slotledger.app..").check(classes);
        noClasses().that().resideInAPackage("com.slotledger.recognition..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slotledger.command..", "com.slotledger.query..")
                .check(classes);
    }
}
