package org.springframework.extensions.webscripts;

/** Declaration of Surf Web Scripts 10.2's {@code WebScriptRequest}: only the members the module uses (compile-only). */
public interface WebScriptRequest {
    String getParameter(String name);
}
