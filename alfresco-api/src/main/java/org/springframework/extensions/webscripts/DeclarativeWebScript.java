package org.springframework.extensions.webscripts;

import java.util.Map;

/**
 * Declaration of Surf Web Scripts 10.2's {@code DeclarativeWebScript}: a Java-backed web script returns its
 * template model from {@link #executeImpl} (compile-only, never packaged).
 */
public class DeclarativeWebScript {

    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        throw new UnsupportedOperationException();
    }
}
