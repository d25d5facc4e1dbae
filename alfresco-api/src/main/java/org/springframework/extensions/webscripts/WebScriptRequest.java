package org.springframework.extensions.webscripts;

/** Declaration of Alfresco 26.1's {@code WebScriptRequest}: only the members the module uses (compile-only, never packaged). */
public interface WebScriptRequest {
    String getParameter(String arg0);
    String getHeader(String arg0);
}
