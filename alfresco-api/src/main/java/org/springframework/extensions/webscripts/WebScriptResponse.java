package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.OutputStream;

/** Declaration of Alfresco 26.1's {@code WebScriptResponse}: only the members the module uses (compile-only, never packaged). */
public interface WebScriptResponse {
    void setStatus(int arg0);
    void setHeader(String arg0, String arg1);
    void setContentType(String arg0);
    void setContentEncoding(String arg0);
    OutputStream getOutputStream() throws IOException;
}
