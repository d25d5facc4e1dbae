package id.dkip.alfresco.archive;

import java.util.List;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code dkip-siapkan-arsip} (admin): run on any node of a unit's site (its document library, typically) to create
 * the archive area "Arsip Informasi Dikecualikan" with a folder per security level and the drop folder
 * "Penerimaan Arsip" with its inbound rule. Parameter {@code kode-unit}: the unit whose DKIP entries dropped
 * documents are matched against. Running it again changes nothing.
 */
public class SiapkanArsipActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "dkip-siapkan-arsip";

    private ArchiveArea archiveArea;

    public void setArchiveArea(ArchiveArea archiveArea) {
        this.archiveArea = archiveArea;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "archiveArea", archiveArea);
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(ArsipkanActionExecuter.PARAM_UNIT_CODE, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(ArsipkanActionExecuter.PARAM_UNIT_CODE)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        NodeRef docLib = archiveArea.documentLibraryOf(actionedUponNodeRef);
        if (docLib == null) {
            throw new IllegalArgumentException("dkip-siapkan-arsip must run on a node inside a site: " + actionedUponNodeRef);
        }
        archiveArea.setUp(docLib, (String) action.getParameterValue(ArsipkanActionExecuter.PARAM_UNIT_CODE));
    }
}
