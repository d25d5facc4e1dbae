package id.dkip.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host-neutral core (id.dkip.core..) depends on nothing from Alfresco or Surf and on none of the shells.
 * That these rules fail on a violation is proved in dkip-platform's BoundaryRulesFailTest, where Alfresco
 * types are on the classpath.
 */
class CoreBoundaryTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(new BoundaryRules.ProductionClassesOnly()).importPackages("id.dkip.core");
    }

    @Test
    void coreImportsNothingFromAlfrescoOrSurf() {
        BoundaryRules.hostNeutral("id.dkip.core..").check(core);
    }

    @Test
    void coreDoesNotDependOnTheAlfrescoShell() {
        BoundaryRules.independentOfShells("id.dkip.core..").check(core);
    }
}
