package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import id.dkip.core.legal.SecurityLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.action.ParameterConstraint;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.junit.jupiter.api.Test;

/** dkip-ac-tingkat-keamanan: the list Share's rule editor shows for dkip-arsipkan's tingkat-keamanan. */
class SecurityLevelParameterConstraintTest {

    /** What Alfresco's ActionServiceImpl is besides an ActionService (RuntimeActionService's method). */
    public interface ConstraintRegistry {
        void registerParameterConstraint(ParameterConstraint constraint);
    }

    private final SecurityLevelParameterConstraint constraint = new SecurityLevelParameterConstraint();

    @Test
    void theFourSkkaadLevelsAsModelValuesWithIndonesianLabels() {
        var values = constraint.allowableValues(Locale.forLanguageTag("id"));
        assertThat(values.keySet()).containsExactly("Biasa/Terbuka", "Terbatas", "Rahasia", "Sangat Rahasia");
        assertThat(values.keySet()).containsExactlyElementsOf(Arrays.stream(SecurityLevel.values()).map(SecurityLevel::modelValue).toList());
        assertThat(values.values()).containsExactly("Biasa/Terbuka", "Terbatas", "Rahasia", "Sangat Rahasia");
        // every value is one the action accepts
        assertThat(values.keySet()).allSatisfy(v -> assertThat(SecurityLevel.parse(v)).isPresent());
    }

    @Test
    void englishLabelsFromTheEnglishBundleAndIndonesianForOtherLanguages() {
        assertThat(constraint.allowableValues(Locale.ENGLISH)).containsEntry("Sangat Rahasia", "Strictly confidential (Sangat Rahasia)")
                .containsEntry("Biasa/Terbuka", "Ordinary/Public (Biasa/Terbuka)").hasSize(4);
        assertThat(constraint.allowableValues(Locale.GERMAN)).containsEntry("Terbatas", "Terbatas");
    }

    @Test
    void validatesValuesAndIsNamedByItsBean() {
        assertThat(constraint.getName()).isEqualTo("dkip-ac-tingkat-keamanan");
        assertThat(constraint.isValidValue("Rahasia")).isTrue();
        assertThat(constraint.isValidValue("rahasia sekali")).isFalse();
        assertThat(constraint.getValueDisplayLabel("Rahasia")).isNotBlank();
        assertThat(constraint.getAllowableValues()).hasSize(4);
        constraint.setBeanName("dkip-ac-lain");
        assertThat(constraint.getName()).isEqualTo("dkip-ac-lain");
    }

    @Test
    void registersItselfWithTheActionServiceAtInit() {
        ActionService service = mock(ActionService.class, withSettings().extraInterfaces(ConstraintRegistry.class));
        constraint.setActionService(service);
        constraint.setCacheAllowableValues(false);
        constraint.init();
        verify((ConstraintRegistry) service).registerParameterConstraint(constraint);

        SecurityLevelParameterConstraint orphan = new SecurityLevelParameterConstraint();
        orphan.setActionService(mock(ActionService.class));
        assertThatThrownBy(orphan::init).isInstanceOf(IllegalStateException.class).hasMessageContaining("register");
        assertThatThrownBy(new SecurityLevelParameterConstraint()::init).hasMessageContaining("actionService");
    }

    @Test
    void theArsipkanParameterNamesTheConstraint() {
        List<ParameterDefinition> params = new ArrayList<>();
        new ArsipkanActionExecuter().addParameterDefinitions(params);
        ParameterDefinition level = params.stream().filter(p -> p.getName().equals(ArsipkanActionExecuter.PARAM_LEVEL))
                .findFirst().orElseThrow();
        assertThat(level.getParameterConstraintName()).isEqualTo(SecurityLevelParameterConstraint.NAME);
        assertThat(((ParameterDefinitionImpl) level).isMultiValued()).isFalse();
        assertThat(params).filteredOn(p -> !p.getName().equals(ArsipkanActionExecuter.PARAM_LEVEL))
                .extracting(ParameterDefinition::getParameterConstraintName).containsOnlyNulls();
    }
}
