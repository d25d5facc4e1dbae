package org.springframework.extensions.webscripts;

/** Declaration of Alfresco 26.1's {@code Status}: only the members the module uses (compile-only, never packaged). */
public class Status {
    public static final int STATUS_OK = 200;
    public static final int STATUS_NOT_MODIFIED = 304;
    public static final int STATUS_BAD_REQUEST = 400;
    public static final int STATUS_FORBIDDEN = 403;
    public static final int STATUS_NOT_FOUND = 404;
    public static final int STATUS_INTERNAL_SERVER_ERROR = 500;
}
