package id.dkip.core.workflow;

import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.FilingItem;
import id.dkip.core.register.DkipEntry;
import java.util.Collection;
import java.util.List;

/**
 * What the SOP process needs from the register (in Alfresco: the DKIP data lists and their nodes; in the simulation:
 * {@link InMemoryRegister}). Implementations are called inside the engine's transaction and must be thread-safe.
 */
public interface RegisterPort {

    /** The entries a unit proposes for this run (status usulan or rancangan), identified by the unit's group. */
    List<DkipEntry> proposals(String unitGroup);

    /** The merged proposals of every unit of the run, in the order of the units (the draft DKIP's rows). */
    default List<DkipEntry> proposals(java.util.Collection<String> unitGroups) {
        List<DkipEntry> all = new java.util.ArrayList<>();
        for (String unitGroup : unitGroups) {
            all.addAll(proposals(unitGroup));
        }
        return all;
    }

    /** Record the meeting's decisions on the entries (Alfresco: on each entry node; kept for history). */
    void saveDecisions(String processInstanceId, List<EntryDecision> decisions);

    /**
     * Establish the entries: status ditetapkan with the SK's number and date (and, for an amendment, the previous
     * SK it amends).
     */
    void establish(Collection<String> entryIds, Amendment sk);

    /** The unit's established entries with their filing state (SOP step 6). */
    List<FilingItem> filingStatus(String unitGroup);
}
