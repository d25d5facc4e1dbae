package org.springframework.extensions.webscripts;

/** Declaration of Surf Web Scripts 10.2's {@code Cache}: a value type tests construct (compile-only, never packaged). */
public class Cache {
    public Cache() {
    }
}
