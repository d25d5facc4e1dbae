package id.dkip.core.legal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong (or worth a look) in an entry, as the legal rules see it. The message is never stored: it is
 * rendered from {@code id/dkip/core/legal/findings.properties} (Indonesian, the default) or its {@code _en}
 * sibling, with {@code args} filled in, so every finding can be shown in either language.
 *
 * @param code     stable code, e.g. "DKIP-PERIOD-PERMANENT"; also the message key
 * @param severity ERROR blocks establishment; WARNING is shown to the officer
 * @param field    the entry field concerned (DkipEntry component name, e.g. "period")
 * @param entryId  the entry concerned, or null when the finding is about the whole register
 * @param args     values for the message's placeholders
 * @param suggestion what to write instead, when the rule knows it: a ground code ("17e") for a ground the row's
 *                 own words point to, or the entry field to fill ("periodStart"); null when there is none
 */
public record Finding(String code, Severity severity, String field, String entryId, List<String> args, String suggestion) {

    public enum Severity { ERROR, WARNING }

    public static final String BUNDLE = "id.dkip.core.legal.findings";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    public Finding {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A finding without a suggestion. */
    public Finding(String code, Severity severity, String field, String entryId, List<String> args) {
        this(code, severity, field, entryId, args, null);
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code), locale).format(args.toArray());
    }

    public String messageId() {
        return message(INDONESIAN);
    }

    public String messageEn() {
        return message(Locale.ENGLISH);
    }
}
