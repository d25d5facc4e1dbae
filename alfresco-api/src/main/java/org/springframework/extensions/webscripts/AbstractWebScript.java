package org.springframework.extensions.webscripts;

/** Declaration of Alfresco 26.1's {@code AbstractWebScript}: only the members the module uses (compile-only, never packaged). */
public abstract class AbstractWebScript implements WebScript {
}
