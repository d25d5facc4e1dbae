package org.alfresco.service.namespace;

import java.io.Serializable;

/**
 * Declaration of Alfresco's {@code QName} (alfresco-data-model): a namespace URI and a local name. Behaves as
 * Alfresco's does for what the module and its tests use: {@code createQName}, {@code equals}/{@code hashCode}
 * on both parts, and {@code toString()} as {@code {uri}localName}, which {@code createQName(String)} parses back.
 */
public final class QName implements QNamePattern, Serializable, Cloneable, Comparable<QName> {
    private static final long serialVersionUID = 1L;

    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';

    private final String namespaceURI;
    private final String localName;

    private QName(String namespaceURI, String localName) {
        this.namespaceURI = namespaceURI == null ? "" : namespaceURI;
        this.localName = localName;
    }

    public static QName createQName(String namespaceURI, String localName) throws InvalidQNameException {
        if (localName == null || localName.isEmpty()) {
            throw new InvalidQNameException("A QName must consist of a local name");
        }
        return new QName(namespaceURI, localName);
    }

    /** Parses {@code {uri}localName}, the form {@link #toString()} writes. */
    public static QName createQName(String qname) throws InvalidQNameException {
        if (qname == null || qname.isEmpty()) {
            throw new InvalidQNameException("Argument qname is mandatory");
        }
        String namespaceURI = null;
        String localName;
        if (qname.charAt(0) == NAMESPACE_BEGIN) {
            int end = qname.indexOf(NAMESPACE_END, 1);
            if (end == -1) {
                throw new InvalidQNameException("QName '" + qname + "' is missing the closing namespace " + NAMESPACE_END + " token");
            }
            namespaceURI = qname.substring(1, end);
            localName = qname.substring(end + 1);
        } else {
            localName = qname;
        }
        return createQName(namespaceURI, localName);
    }

    public String getLocalName() {
        return localName;
    }

    public String getNamespaceURI() {
        return namespaceURI;
    }

    @Override
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        return object instanceof QName other && localName.equals(other.localName) && namespaceURI.equals(other.namespaceURI);
    }

    @Override
    public boolean isMatch(QName qname) {
        return equals(qname);
    }

    @Override
    public int hashCode() {
        return localName.hashCode();
    }

    @Override
    public String toString() {
        return NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }

    @Override
    public int compareTo(QName qname) {
        int c = namespaceURI.compareTo(qname.namespaceURI);
        return c != 0 ? c : localName.compareTo(qname.localName);
    }
}
