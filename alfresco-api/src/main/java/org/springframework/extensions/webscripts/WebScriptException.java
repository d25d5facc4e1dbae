package org.springframework.extensions.webscripts;

/**
 * Declaration of Surf Web Scripts' {@code WebScriptException}: only the members the module uses (compile-only, never
 * packaged). In Surf it extends {@code PlatformRuntimeException}, which is not part of the declared API; a
 * {@link RuntimeException} here, as it is at run time.
 */
public class WebScriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public WebScriptException(int status, String message) {
        super(message);
        this.status = status;
    }

    public WebScriptException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
