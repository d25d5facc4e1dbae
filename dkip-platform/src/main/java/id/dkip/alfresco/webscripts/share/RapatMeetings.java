package id.dkip.alfresco.webscripts.share;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.workflow.AlfrescoPersonNames;
import id.dkip.core.legal.Finding;
import id.dkip.core.process.Quorum;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.workflow.DirectoryPort;
import id.dkip.core.workflow.DkipVariables;
import id.dkip.core.workflow.ProposalValidator;
import id.dkip.core.workflow.RegisterPort;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.model.Repository;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;

/**
 * The meeting of the Tim PPID Pembantu (SOP step 3) as Share's meeting screen sees it: the draft's rows (the units'
 * proposals, found as the workflow finds them) with their legal findings and current decision, the team with who is
 * recorded present, and the quorum. Only the task's assignee, a member of its candidate groups or users, or the
 * workflow's initiator may open it (Alfresco's own rule, WorkflowService.isTaskEditable); the rows and people are
 * then read, and decisions written, as system, because team members need not be members of every unit's site.
 */
public class RapatMeetings implements InitializingBean {

    /** The task type of step 3 (Alfresco names a task by its form key). */
    static final String RAPAT_TASK = "dkipwf:rapatTask";
    static final String WF_URI = "http://www.dkip.id/model/workflow/1.0";
    static final QName ATTENDEES = variable(DkipVariables.ATTENDEES);
    static final QName UNIT_GROUP_NAMES = variable(DkipVariables.UNIT_GROUP_NAMES);
    static final QName TEAM_GROUP_NAME = variable(DkipVariables.TIM_GROUP_NAME);
    static final List<String> VERDICTS = List.of("terima", "revisi", "tolak");
    static final List<String> TEST_RESULTS = List.of("lulus", "tidak");
    /** A note is one paragraph of the Berita Acara, not a document. */
    static final int MAX_NOTE = 2000;

    private WorkflowService workflowService;
    private Repository repository;
    private NodeService nodeService;
    private PersonService personService;
    private RegisterPort register;
    private DirectoryPort directory;
    private AlfrescoPersonNames personNames;
    private ProposalValidator validator;

    /** A process variable's name ("dkipwf_hadir") as the QName Alfresco gives it in task and path properties. */
    public static QName variable(String name) {
        return QName.createQName(WF_URI, name.substring(name.indexOf('_') + 1));
    }

    public record Meeting(String taskId, List<String> unitGroups, String teamGroup, List<NodeRef> attendees) {
    }

    public record Row(String nodeRef, Integer nomorUrut, String informasi, String unit, String ppidPembantu,
            List<String> dasarPasal17, String dasarHukum, List<String> temuan, String keputusan, String ujiKonsekuensi,
            String catatan) {
    }

    public record Member(String userName, String nodeRef, String name, boolean present) {
    }

    /** The meeting of task {@code taskId}, if the current user may work on it: 400, 404 or 403 otherwise. */
    public Meeting open(String taskId) {
        if (taskId == null || !taskId.matches("[A-Za-z]+\\$[0-9A-Za-z-]+")) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST,
                    "Parameter task wajib diisi dengan id tugas, mis. activiti$1234 (task=" + taskId + ")");
        }
        // Read as system: for a user outside the task the public WorkflowService's getTaskById throws
        // AccessDeniedException (WorkflowPermissionInterceptor), which would be a 500, not the 403 below.
        WorkflowTask task = AuthenticationUtil.runAsSystem(() -> workflowService.getTaskById(taskId));
        if (task == null) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "Tugas tidak ditemukan: " + taskId);
        }
        if (!RAPAT_TASK.equals(task.getName())) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Tugas " + taskId + " bukan tugas rapat Tim PPID Pembantu");
        }
        Map<QName, Serializable> props = task.getProperties();
        if (props.get(WorkflowModel.PROP_COMPLETION_DATE) != null) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "Tugas rapat " + taskId + " sudah selesai");
        }
        // Alfresco's own rule: the owner, the initiator, or one of the pooled actors while nobody has claimed it.
        String user = currentUserName();
        if (user == null || !workflowService.isTaskEditable(task, user, false)) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN,
                    "Hanya penerima tugas atau anggota kelompok tugas ini yang dapat membuka rapat " + taskId);
        }
        Map<QName, Serializable> path = workflowService.getPathProperties(task.getPath().getId());
        List<String> units = new ArrayList<>();
        if (path.get(UNIT_GROUP_NAMES) instanceof Collection<?> c) {
            c.forEach(u -> units.add(String.valueOf(u)));
        }
        Serializable team = path.get(TEAM_GROUP_NAME);
        List<NodeRef> present = new ArrayList<>();
        if (props.get(ATTENDEES) instanceof Collection<?> c) {
            c.forEach(a -> present.add(a instanceof NodeRef n ? n : new NodeRef(String.valueOf(a))));
        }
        return new Meeting(taskId, units, team == null ? null : team.toString(), present);
    }

    /** The current user's name, from his person node (none for System or an unknown user). */
    private String currentUserName() {
        NodeRef person = repository.getPerson();
        return person == null ? null
                : AuthenticationUtil.runAsSystem(() -> (String) nodeService.getProperty(person, ContentModel.PROP_USERNAME));
    }

    /** The draft's rows: every unit's proposals (status usulan/rancangan), as the workflow merges them. */
    public List<Row> rows(Meeting m) {
        return AuthenticationUtil.runAsSystem(() -> {
            List<DkipEntry> entries = register.proposals(m.unitGroups());
            Map<String, List<String>> findings = new LinkedHashMap<>();
            for (Finding f : validator.validate(entries)) {
                if (f.entryId() != null) {
                    findings.computeIfAbsent(f.entryId(), k -> new ArrayList<>()).add(f.messageId());
                }
            }
            List<Row> out = new ArrayList<>();
            for (DkipEntry e : entries) {
                NodeRef ref = new NodeRef(e.id());
                Serializable no = nodeService.getProperty(ref, DkipModel.PROP_NOMOR_URUT);
                out.add(new Row(e.id(), no instanceof Number n ? n.intValue() : null, e.information(),
                        e.unitName() != null ? e.unitName() : e.unitCode(), e.ppidPembantu(), e.grounds(),
                        e.legalBasisText(), findings.getOrDefault(e.id(), List.of()),
                        text(ref, DkipModel.PROP_KEPUTUSAN_RAPAT), text(ref, DkipModel.PROP_HASIL_UJI_KONSEKUENSI),
                        text(ref, DkipModel.PROP_CATATAN_RAPAT)));
            }
            return out;
        });
    }

    private String text(NodeRef ref, QName prop) {
        Serializable v = nodeService.getProperty(ref, prop);
        return v == null ? null : v.toString();
    }

    /** The team (members of the run's Tim PPID Pembantu group, by name) with who is recorded present. */
    public List<Member> team(Meeting m) {
        if (m.teamGroup() == null) {
            return List.of();
        }
        return AuthenticationUtil.runAsSystem(() -> {
            Set<String> users = new TreeSet<>(directory.members(m.teamGroup()));
            Map<String, String> names = personNames.displayNames(users);
            List<Member> out = new ArrayList<>();
            for (String u : users) {
                NodeRef person = personService.getPersonOrNull(u);
                out.add(new Member(u, person == null ? null : person.toString(), names.getOrDefault(u, u),
                        person != null && m.attendees().contains(person)));
            }
            return out;
        });
    }

    public static int quorum(int members) {
        return Quorum.required(members);
    }

    /**
     * Store one row's decision: verdict terima/revisi/tolak, consequence test lulus/tidak, an optional note. Only rows
     * of this meeting's draft; written as system after {@link #open}'s check.
     */
    public Row decide(Meeting m, String rowRef, String verdict, String test, String note) {
        if (verdict != null && !verdict.isBlank() && !VERDICTS.contains(verdict)) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "keputusan harus salah satu dari " + VERDICTS + ", bukan '" + verdict + "'");
        }
        if (test != null && !test.isBlank() && !TEST_RESULTS.contains(test)) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "ujiKonsekuensi harus salah satu dari " + TEST_RESULTS + ", bukan '" + test + "'");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "catatan paling banyak " + MAX_NOTE + " karakter (ada " + note.length() + ")");
        }
        Row row = rows(m).stream().filter(r -> r.nodeRef().equals(rowRef)).findFirst().orElseThrow(() ->
                new WebScriptException(Status.STATUS_BAD_REQUEST, "Entri " + rowRef + " bukan entri rancangan rapat " + m.taskId()));
        NodeRef ref = new NodeRef(row.nodeRef());
        Map<QName, Serializable> props = new LinkedHashMap<>();
        props.put(DkipModel.PROP_KEPUTUSAN_RAPAT, blankToNull(verdict));
        props.put(DkipModel.PROP_HASIL_UJI_KONSEKUENSI, blankToNull(test));
        props.put(DkipModel.PROP_CATATAN_RAPAT, blankToNull(note));
        AuthenticationUtil.runAsSystem(() -> {
            nodeService.addProperties(ref, props);
            return null;
        });
        return new Row(row.nodeRef(), row.nomorUrut(), row.informasi(), row.unit(), row.ppidPembantu(), row.dasarPasal17(),
                row.dasarHukum(), row.temuan(), blankToNull(verdict), blankToNull(test), blankToNull(note));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public void setWorkflowService(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    public void setRepository(Repository repository) {
        this.repository = repository;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }


    public void setPersonService(PersonService personService) {
        this.personService = personService;
    }

    public void setRegister(RegisterPort register) {
        this.register = register;
    }

    public void setDirectory(DirectoryPort directory) {
        this.directory = directory;
    }

    public void setPersonNames(AlfrescoPersonNames personNames) {
        this.personNames = personNames;
    }

    public void setValidator(ProposalValidator validator) {
        this.validator = validator;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "workflowService", workflowService);
        PropertyCheck.mandatory(this, "repository", repository);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "personService", personService);
        PropertyCheck.mandatory(this, "register", register);
        PropertyCheck.mandatory(this, "directory", directory);
        PropertyCheck.mandatory(this, "personNames", personNames);
        PropertyCheck.mandatory(this, "validator", validator);
    }
}
