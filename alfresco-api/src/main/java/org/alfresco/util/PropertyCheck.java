package org.alfresco.util;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * Declaration of Alfresco 26.1's {@code PropertyCheck}: {@link #mandatory} fails start-up when a bean's
 * collaborator was not set, as Alfresco's does (there the message comes from {@code system.err.property_not_set}).
 */
public class PropertyCheck {

    public static void mandatory(Object target, String propertyName, Object value) {
        if (value == null) {
            throw new AlfrescoRuntimeException("Property '" + propertyName + "' has not been set on "
                    + (target == null ? "null" : target.getClass().getName()));
        }
    }
}
