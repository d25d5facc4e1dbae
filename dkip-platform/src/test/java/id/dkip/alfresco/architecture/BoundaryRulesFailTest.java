package id.dkip.alfresco.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.dkip.archfixture.leaky.LeakyCoreClass;
import id.dkip.core.architecture.BoundaryRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundary rules fail, naming the offending dependency, on a class that breaks them. */
class BoundaryRulesFailTest {
    private static JavaClasses leaky;

    @BeforeAll
    static void importFixture() {
        leaky = new ClassFileImporter().importClasses(LeakyCoreClass.class);
    }

    @Test
    void hostNeutralFailsOnAnAlfrescoImport() {
        assertThatThrownBy(() -> BoundaryRules.hostNeutral("id.dkip.archfixture..").check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(LeakyCoreClass.class.getName())
                .hasMessageContaining("org.alfresco.service.cmr.repository.NodeRef");
    }

    @Test
    void independentOfShellsFailsOnAShellImport() {
        assertThatThrownBy(() -> BoundaryRules.independentOfShells("id.dkip.archfixture..").check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("id.dkip.alfresco.model.DkipModel");
    }

    @Test
    void onlyTheShellTouchesAlfrescoFailsOutsideTheShell() {
        assertThatThrownBy(() -> BoundaryRules.onlyTheShellTouchesAlfresco().check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.alfresco.service.namespace.QName");
    }
}
