package id.dkip.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture boundaries of the project as ArchUnit rules, shared (through dkip-core's test jar) by the
 * core's and the platform's boundary tests, which also prove that the rules fail on a violation.
 */
public final class BoundaryRules {
    /** Packages of the Alfresco API and of Surf/Web Scripts, which only the Alfresco shell may touch. */
    public static final String[] ALFRESCO_API = {"org.alfresco..", "org.springframework.extensions.."};
    public static final String SHELL = "id.dkip.alfresco..";

    private BoundaryRules() {
    }

    /** Classes in {@code packages} import nothing from the Alfresco API or Surf. */
    public static ArchRule hostNeutral(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(ALFRESCO_API)
                .because("the core is host-neutral: it runs in the CLI and the simulation without Alfresco");
    }

    /** Classes in {@code packages} do not depend on the Alfresco shell, the CLI or the Share module. */
    public static ArchRule independentOfShells(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(SHELL, "id.dkip.cli..", "id.dkip.share..")
                .because("dependencies point inwards: the shells use the core, never the reverse");
    }

    /** Only the Alfresco shell (id.dkip.alfresco..) touches the Alfresco API or Surf. */
    public static ArchRule onlyTheShellTouchesAlfresco() {
        return noClasses().that().resideOutsideOfPackages(SHELL, "org.alfresco..", "org.springframework.extensions..")
                .should().dependOnClassesThat().resideInAnyPackage(ALFRESCO_API)
                .because("the Alfresco API is reached only through the thin shell in id.dkip.alfresco");
    }

    /** Production classes only: no test-classes directories and no test jars (dkip-core's fixtures). */
    public static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");
        }
    }
}
