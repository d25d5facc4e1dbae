package id.dkip.core.process;

import java.util.Collection;
import java.util.List;

/**
 * SOP step 6: a unit has documented its exempted information when every one of its established entries has a filed
 * document or a stated reason why none exists.
 */
public final class FilingCompleteness {

    private FilingCompleteness() {
    }

    /** The entry ids still missing a document and a reason; empty when the unit's filing is complete. */
    public static List<String> missing(Collection<FilingItem> unitItems) {
        return unitItems.stream().filter(i -> !i.complete()).map(FilingItem::entryId).toList();
    }

    /** An Indonesian sentence naming what is missing, for the error shown on the task. */
    public static String message(String unit, List<String> missing) {
        return "Pendokumentasian unit " + unit + " belum lengkap: " + missing.size()
                + " entri DKIP yang ditetapkan belum memiliki dokumen arsip maupun alasan tidak ada dokumen ("
                + String.join(", ", missing) + ").";
    }
}
