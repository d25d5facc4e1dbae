package org.springframework.extensions.webscripts;

/** Declaration of Surf Web Scripts 10.2's {@code Status}: the status codes the module answers with (compile-only). */
public class Status {
    public static final int STATUS_BAD_REQUEST = 400;
    public static final int STATUS_FORBIDDEN = 403;
    public static final int STATUS_NOT_FOUND = 404;
}
