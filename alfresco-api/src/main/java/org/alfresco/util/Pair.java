package org.alfresco.util;

import java.io.Serializable;
import java.util.Objects;

/** Declaration of Alfresco 26.1's {@code Pair}: a value type tests construct (compile-only, never packaged). */
public class Pair<F, S> implements Serializable {
    private static final long serialVersionUID = 1L;
    private F first;
    private S second;

    public Pair(F first, S second) {
        this.first = first;
        this.second = second;
    }

    public F getFirst() {
        return first;
    }

    public S getSecond() {
        return second;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pair<?, ?> p && Objects.equals(first, p.first) && Objects.equals(second, p.second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second);
    }

    @Override
    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}
