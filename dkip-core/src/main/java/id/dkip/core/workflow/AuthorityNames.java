package id.dkip.core.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns what a host puts in a process variable for a person or group into its authority name. Alfresco passes the
 * start form's group and person associations as script nodes (converted by the Alfresco shell); tests and the
 * simulation pass the names as strings, which {@link #STRINGS} accepts.
 */
@FunctionalInterface
public interface AuthorityNames {

    /** The authority name of one value (a group name such as GROUP_DKIP_PPID_YANKES, or a user name). */
    String nameOf(Object value);

    /** Values given as strings, or as a comma- or newline-separated string. */
    AuthorityNames STRINGS = value -> {
        if (value instanceof CharSequence s) {
            return s.toString().trim();
        }
        throw new IllegalArgumentException("Expected an authority name, not " + (value == null ? "null" : value.getClass().getName()));
    };

    /** All names of a variable's value: a collection, a single value or a separated string; blanks dropped. */
    default List<String> namesOf(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                out.addAll(namesOf(o));
            }
            return out;
        }
        if (value instanceof CharSequence s) {
            for (String part : s.toString().split("[,;\\n\\r]+")) {
                if (!part.isBlank() && !out.contains(part.trim())) {
                    out.add(part.trim());
                }
            }
            return out;
        }
        String name = nameOf(value);
        if (name != null && !name.isBlank()) {
            out.add(name);
        }
        return out;
    }
}
