package org.springframework.extensions.webscripts;

import java.io.IOException;

/** Declaration of Alfresco 26.1's {@code WebScript}: only the members the module uses (compile-only, never packaged). */
public interface WebScript {
    void execute(WebScriptRequest arg0, WebScriptResponse arg1) throws IOException;
}
