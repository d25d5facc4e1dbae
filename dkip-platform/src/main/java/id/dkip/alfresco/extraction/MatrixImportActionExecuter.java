package id.dkip.alfresco.extraction;

import id.dkip.alfresco.archive.RegisterRowUnits;
import id.dkip.alfresco.archive.UnitRefusedException;
import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.extraction.MatrixImport;
import id.dkip.core.extraction.MatrixImporter;
import id.dkip.core.extraction.RowProblem;
import id.dkip.core.extraction.RowReport;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.model.DataListModel;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Action {@code dkip-impor-matriks}: turns an uploaded classification matrix (DOCX, XLSX, ODT/ODS, CSV, text PDF)
 * into {@code dkip:itemDkip} rows (status usulan) of a unit's DKIP data list. The whole file is read and mapped
 * before the first row is written, and rows are written in the action's transaction: a refused file writes
 * nothing, a failure half-way rolls every row back.
 *
 * <p>Target: parameter {@code daftar-data} (a {@code dl:dataList}), or else the data list of item type
 * {@code dkip:itemDkip} in the site the matrix was uploaded to. Each row's unit is set by the system
 * ({@link RegisterRowUnits}): the unit of the list's site; outside a site the row's own unit, or parameter
 * {@code kode-unit} for rows that name none. A file with a row whose unit is unknown is refused before any row is
 * written, naming the units. Importing is idempotent: a row whose unit code and information (trimmed, lower-case, whitespace
 * collapsed, as EntryValidator's duplicate rule) is already in the list is skipped. The result ({@code PARAM_RESULT})
 * counts imported and skipped rows and lists each row's problems.
 */
public class MatrixImportActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {
    public static final String NAME = "dkip-impor-matriks";
    public static final String PARAM_DATA_LIST = "daftar-data";
    public static final String PARAM_UNIT_CODE = "kode-unit";
    /** The value of {@code dl:dataListItemType} of a DKIP data list. */
    public static final String ITEM_TYPE = DkipModel.PREFIX + ":" + DkipModel.TYPE_ITEM_DKIP.getLocalName();
    private static final Logger LOG = LoggerFactory.getLogger(MatrixImportActionExecuter.class);
    private static final String DATA_LISTS_CONTAINER = "dataLists";

    private NodeService nodeService;
    private ContentService contentService;
    private MatrixImporter importer;
    private EntryNodeMapper entryMapper;
    private boolean enabled = true;
    private RegisterRowUnits rowUnits;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setImporter(MatrixImporter importer) {
        this.importer = importer;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    /** Each imported row's unit and dkip:ppidPembantu, as the register row behaviour sets them. */
    public void setRowUnits(RegisterRowUnits rowUnits) {
        this.rowUnits = rowUnits;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void afterPropertiesSet() {
        if (nodeService == null || contentService == null || importer == null || entryMapper == null || rowUnits == null) {
            throw new IllegalStateException(NAME + ": properties nodeService (NodeService), contentService (ContentService), "
                    + "importer (dkip.extraction.importer), entryMapper (dkip.model.entryMapper) and rowUnits "
                    + "(dkip.archive.registerRowUnits) are required");
        }
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_DATA_LIST, DataTypeDefinition.NODE_REF, false, getParamDisplayLabel(PARAM_DATA_LIST)));
        paramList.add(new ParameterDefinitionImpl(PARAM_UNIT_CODE, DataTypeDefinition.TEXT, false, getParamDisplayLabel(PARAM_UNIT_CODE)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        if (!enabled) {
            LOG.debug("{} is disabled (dkip.extraction.enabled=false)", NAME);
            return;
        }
        if (!nodeService.exists(actionedUponNodeRef)) {
            return;
        }
        NodeRef dataList = target(action, actionedUponNodeRef);
        Serializable unitParam = action.getParameterValue(PARAM_UNIT_CODE);
        Unit unit = unitParam == null || unitParam.toString().isBlank() ? null : new Unit(unitParam.toString().trim(), null, null);
        MatrixImport result = ExtractionActions.withContent(nodeService, contentService, actionedUponNodeRef,
                (in, name) -> importer.importMatrix(in, name, unit));
        if (result == null) {
            throw new AlfrescoRuntimeException("dkip-impor-matriks: " + actionedUponNodeRef + " has no content");
        }
        List<DkipEntry> entries = withUnits(dataList, result);
        Set<String> present = existingKeys(dataList);
        int written = 0;
        int skipped = 0;
        int number = present.size();
        for (DkipEntry entry : entries) {
            if (!present.add(key(entry.unitCode(), entry.information()))) {
                skipped++; // already in the list (an earlier import of this file, or a repeated row): not again
                continue;
            }
            Map<QName, Serializable> props = new HashMap<>();
            props.put(DkipModel.PROP_NOMOR_URUT, ++number);
            // a cm:contains child needs a unique association name; it is not a model name
            QName assocName = QName.createQName(DkipModel.URI, "impor-" + UUID.randomUUID());
            ChildAssociationRef created = nodeService.createNode(dataList, ContentModel.ASSOC_CONTAINS, assocName,
                    DkipModel.TYPE_ITEM_DKIP, props);
            entryMapper.write(created.getChildRef(), entry);
            written++;
        }
        String report = report(result, written, skipped, I18NUtil.getLocale());
        action.setParameterValue(PARAM_RESULT, report);
        // file names and cell texts may carry personal data: only counts and node references above DEBUG
        LOG.info("{}: {} rows imported from {} into {}, {} already there, {} with problems", NAME, written, actionedUponNodeRef,
                dataList, skipped, result.rowsWithProblems().size());
        LOG.debug("{}: {} ({}): {}", NAME, result.fileName(), result.table(), report);
    }

    /**
     * The readable rows with the unit and PPID Pembantu the system gives them, never the matrix's group: the
     * workflow finds a unit's proposals by it. Every refusal is collected first, so nothing is written and the
     * message names each unknown unit once.
     */
    private List<DkipEntry> withUnits(NodeRef dataList, MatrixImport result) {
        Map<String, RegisterRowUnits.RowUnit> units = new HashMap<>();
        Set<String> refusals = new LinkedHashSet<>();
        List<DkipEntry> out = new java.util.ArrayList<>();
        for (RowReport row : result.rows()) {
            if (row.entry() == null) {
                continue;
            }
            String typed = row.entry().unitCode() == null ? "" : row.entry().unitCode().trim();
            RegisterRowUnits.RowUnit unit = units.get(typed);
            if (unit == null && !units.containsKey(typed)) {
                try {
                    unit = rowUnits.resolve(dataList, typed);
                } catch (UnitRefusedException e) {
                    refusals.add(e.getMessage());
                }
                units.put(typed, unit);
            }
            if (unit != null) {
                out.add(row.entry().toBuilder().unitCode(unit.code()).ppidPembantu(unit.group()).build());
            }
        }
        if (!refusals.isEmpty()) {
            throw new UnitRefusedException(NAME + " (" + result.fileName() + "): " + String.join(" | ", refusals));
        }
        return out;
    }

    /** The duplicate keys of the rows already in the data list. */
    private Set<String> existingKeys(NodeRef dataList) {
        Set<String> keys = new HashSet<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(dataList, Set.of(DkipModel.TYPE_ITEM_DKIP))) {
            NodeRef item = child.getChildRef();
            keys.add(key(nodeService.getProperty(item, DkipModel.PROP_UNIT_KODE), nodeService.getProperty(item, DkipModel.PROP_INFORMASI)));
        }
        return keys;
    }

    /** A row's identity in a data list: {@link DkipEntry#duplicateKey}, the validator's duplicate rule. */
    static String key(Serializable unitCode, Serializable information) {
        return DkipEntry.duplicateKey(unitCode == null ? null : unitCode.toString(), information == null ? null : information.toString());
    }

    /** The data list named by the parameter, or the site's DKIP data list. */
    private NodeRef target(Action action, NodeRef matrix) {
        Serializable param = action.getParameterValue(PARAM_DATA_LIST);
        if (param instanceof NodeRef ref) {
            if (!nodeService.exists(ref) || !DataListModel.TYPE_DATALIST.equals(nodeService.getType(ref))) {
                throw new AlfrescoRuntimeException(NAME + ": " + ref + " is not a data list (dl:dataList)");
            }
            return ref;
        }
        NodeRef site = null;
        for (NodeRef n = matrix; n != null; ) {
            if (SiteModel.TYPE_SITE.equals(nodeService.getType(n))) {
                site = n;
                break;
            }
            ChildAssociationRef parent = nodeService.getPrimaryParent(n);
            n = parent == null ? null : parent.getParentRef();
        }
        NodeRef container = site == null ? null : nodeService.getChildByName(site, ContentModel.ASSOC_CONTAINS, DATA_LISTS_CONTAINER);
        if (container != null) {
            for (ChildAssociationRef child : nodeService.getChildAssocs(container)) {
                NodeRef list = child.getChildRef();
                if (DataListModel.TYPE_DATALIST.equals(nodeService.getType(list))
                        && ITEM_TYPE.equals(nodeService.getProperty(list, DataListModel.PROP_DATALIST_ITEM_TYPE))) {
                    return list;
                }
            }
        }
        throw new AlfrescoRuntimeException(NAME + ": no DKIP data list (dl:dataList of " + ITEM_TYPE
                + ") in the site of " + matrix + "; create one or pass parameter " + PARAM_DATA_LIST);
    }

    /** "4 baris diimpor dari lampiran.docx (tabel 2), 1 baris sudah ada dan dilewati; baris 5: ..." */
    static String report(MatrixImport result, int written, int skipped, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(written).append(english ? " rows imported from " : " baris diimpor dari ")
                .append(result.fileName()).append(" (").append(result.table()).append(')');
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(english ? " rows already in the list skipped" : " baris sudah ada dan dilewati");
        }
        for (RowReport row : result.rowsWithProblems()) {
            for (RowProblem p : row.problems()) {
                sb.append("; ").append(english ? "row " : "baris ")
                        .append(row.sourceRow()).append(": ").append(p.message(locale));
            }
        }
        return sb.toString();
    }
}
