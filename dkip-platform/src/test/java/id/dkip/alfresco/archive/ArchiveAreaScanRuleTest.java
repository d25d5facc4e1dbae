package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.extraction.PersonalDataScanActionExecuter;
import java.util.List;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.rule.Rule;
import org.alfresco.service.cmr.rule.RuleService;
import org.alfresco.service.cmr.rule.RuleType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The drop folder's second rule: the personal-data scanner, asynchronous, added once. */
class ArchiveAreaScanRuleTest {
    private static final NodeRef DROP = new NodeRef("workspace://SpacesStore/penerimaan");
    private final RuleService ruleService = mock(RuleService.class);
    private final ActionService actionService = mock(ActionService.class);
    private final Action scan = mock(Action.class);
    private final ArchiveArea area = new ArchiveArea();

    ArchiveAreaScanRuleTest() {
        area.setRuleService(ruleService);
        area.setActionService(actionService);
        when(actionService.createAction(eq(PersonalDataScanActionExecuter.NAME), anyMap())).thenReturn(scan);
        when(scan.getActionDefinitionName()).thenReturn(PersonalDataScanActionExecuter.NAME);
    }

    @Test
    void addsAnAsynchronousInboundScanRule() {
        when(ruleService.getRules(DROP, false)).thenReturn(List.of());

        area.ensureScanRule(DROP);

        ArgumentCaptor<Rule> rule = ArgumentCaptor.forClass(Rule.class);
        verify(ruleService).saveRule(eq(DROP), rule.capture());
        assertThat(rule.getValue().getRuleTypes()).containsExactly(RuleType.INBOUND);
        assertThat(rule.getValue().getExecuteAsynchronously()).isTrue();
        assertThat(rule.getValue().getAction()).isSameAs(scan);
        assertThat(ArchiveArea.SCAN_ACTION).isEqualTo(PersonalDataScanActionExecuter.NAME);
    }

    @Test
    void doesNotAddItTwice() {
        Rule existing = new Rule();
        existing.setAction(scan);
        when(ruleService.getRules(DROP, false)).thenReturn(List.of(existing));

        area.ensureScanRule(DROP);

        verify(ruleService, never()).saveRule(any(), any());
    }
}
