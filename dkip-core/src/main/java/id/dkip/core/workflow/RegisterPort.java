package id.dkip.core.workflow;

import id.dkip.core.process.Amendment;
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

    /**
     * The decisions the meeting stored on the rows themselves (step 3's screen writes them there), one per id in
     * the order given; a row without a stored decision gives a RowDecision with null fields. Never writes.
     */
    List<RowDecision> decisionsOnRows(List<String> entryIds);

    /**
     * Establish the entries: status ditetapkan with the SK's number and date (and, for an amendment, the previous
     * SK it amends).
     */
    void establish(Collection<String> entryIds, Amendment sk);

    /**
     * The filing state of the given established entries (SOP step 6), one per id: read row by row, so an entry the
     * run established can never drop out of the check.
     */
    List<FilingItem> filing(Collection<String> entryIds);
}
