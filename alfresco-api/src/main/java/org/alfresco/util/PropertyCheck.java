package org.alfresco.util;

/** Declaration of Alfresco 26.1's {@code PropertyCheck}: only the members the module uses (compile-only, never packaged). */
public class PropertyCheck {
    public static void mandatory(Object arg0, String arg1, Object arg2) {
        throw new UnsupportedOperationException();
    }
}
