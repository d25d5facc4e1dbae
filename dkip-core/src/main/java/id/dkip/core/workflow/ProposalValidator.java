package id.dkip.core.workflow;

import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import java.util.Collection;
import java.util.List;

/** The legal rules applied to the merged proposals at step 2 (normally EntryValidator.standard()::validateAll). */
@FunctionalInterface
public interface ProposalValidator {

    List<Finding> validate(Collection<DkipEntry> entries);

    /** No rules: every proposal passes (benchmarks, or a host that validates elsewhere). */
    ProposalValidator NONE = entries -> List.of();

    /** The legal rules of the core (UU KIP Pasal 17 grounds, periods, consequence test fields). */
    static ProposalValidator legal(EntryValidator validator) {
        return validator::validateAll;
    }
}
