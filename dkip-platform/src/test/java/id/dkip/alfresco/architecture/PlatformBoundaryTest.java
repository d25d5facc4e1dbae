package id.dkip.alfresco.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.dkip.core.architecture.BoundaryRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over everything the AMP ships (the shell in id.dkip.alfresco and the core it packages): only the shell
 * touches the Alfresco API or Surf, and the core stays host-neutral when seen from the platform's classpath too.
 */
class PlatformBoundaryTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(new BoundaryRules.ProductionClassesOnly()).importPackages("id.dkip");
    }

    @Test
    void onlyTheAlfrescoShellTouchesAlfresco() {
        BoundaryRules.onlyTheShellTouchesAlfresco().check(production);
    }

    @Test
    void theCoreIsHostNeutralAndIndependentOfTheShell() {
        BoundaryRules.hostNeutral("id.dkip.core..").check(production);
        BoundaryRules.independentOfShells("id.dkip.core..").check(production);
    }
}
