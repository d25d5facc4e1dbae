package org.springframework.extensions.surf.util;

import java.util.Locale;

/** Declaration of Surf's {@code I18NUtil} (spring-surf-core): the members the module uses. */
public class I18NUtil {
    /** In Alfresco: the locale of the current request or thread. */
    public static Locale getLocale() {
        return Locale.getDefault();
    }
}
