package org.springframework.extensions.webscripts;

/** Declaration of Surf Web Scripts 10.2's {@code WebScriptException}: thrown with an HTTP status (compile-only). */
public class WebScriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public WebScriptException(int status, String msgId) {
        super(msgId);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
