package id.dkip.core.workflow;

import id.dkip.core.process.Amendment;
import id.dkip.core.process.FilingItem;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory stand-in for the repository's register, for tests, the benchmark and the CLI simulation (never used
 * in Alfresco). Entries are held per unit group; thread-safe by synchronising every method.
 */
public class InMemoryRegister implements RegisterPort {

    private final Map<String, List<DkipEntry>> byUnit = new LinkedHashMap<>();
    private final Map<String, RowDecision> decisions = new LinkedHashMap<>();
    private final Map<String, FilingItem> filing = new LinkedHashMap<>();

    /** Add (or replace by id) a unit's entry. */
    public synchronized InMemoryRegister put(String unitGroup, DkipEntry entry) {
        List<DkipEntry> list = byUnit.computeIfAbsent(unitGroup, k -> new ArrayList<>());
        list.removeIf(e -> e.id().equals(entry.id()));
        list.add(entry);
        return this;
    }

    /** Record that an entry's document was filed. */
    public synchronized void fileDocument(String entryId, String documentRef) {
        filing.put(entryId, new FilingItem(entryId, documentRef, null));
    }

    /** Record why an entry has no document to file. */
    public synchronized void noDocument(String entryId, String reason) {
        filing.put(entryId, new FilingItem(entryId, null, reason));
    }

    public synchronized List<DkipEntry> entries(String unitGroup) {
        return List.copyOf(byUnit.getOrDefault(unitGroup, List.of()));
    }

    public synchronized List<DkipEntry> all() {
        return byUnit.values().stream().flatMap(List::stream).toList();
    }

    /** Store the meeting's decision on a row, as step 3's meeting screen does in the repository. */
    public synchronized void decide(String entryId, String verdict, String consequenceTest, String note) {
        decisions.put(entryId, new RowDecision(entryId, verdict, consequenceTest, note));
    }

    /** The decision stored on a row, or null. */
    public synchronized RowDecision decision(String entryId) {
        return decisions.get(entryId);
    }

    @Override
    public synchronized List<DkipEntry> proposals(String unitGroup) {
        return byUnit.getOrDefault(unitGroup, List.of()).stream()
                .filter(e -> e.status() == EntryStatus.USULAN || e.status() == EntryStatus.RANCANGAN).toList();
    }

    @Override
    public synchronized List<RowDecision> decisionsOnRows(List<String> entryIds) {
        return entryIds.stream().map(id -> decisions.getOrDefault(id, new RowDecision(id, null, null, null))).toList();
    }

    @Override
    public synchronized void establish(Collection<String> entryIds, Amendment sk) {
        for (List<DkipEntry> list : byUnit.values()) {
            list.replaceAll(e -> entryIds.contains(e.id())
                    ? e.toBuilder().status(EntryStatus.DITETAPKAN).skNumber(sk.skNumber()).skDate(sk.skDate())
                    .periodStart(e.periodStart() == null ? sk.skDate() : e.periodStart()).build()
                    : e);
        }
    }

    @Override
    public synchronized List<FilingItem> filing(Collection<String> entryIds) {
        return entryIds.stream().map(id -> filing.getOrDefault(id, new FilingItem(id, null, null))).toList();
    }
}
