package org.alfresco.service.namespace;

import java.io.Serializable;

/**
 * Declaration of Alfresco's {@code QName} (alfresco-data-model): a namespace URI and a local name. Behaves as
 * Alfresco's does for what the module and its tests use (see QNameTest): {@code createQName} (a null URI or
 * {@code ".empty"} means the default, empty namespace), {@code equals}/{@code hashCode} on both parts,
 * {@code toString()} as {@code {uri}localName}, which {@code createQName(String)} parses back, and ordering by
 * URI, then local name. Prefixed forms ({@code dkip:informasi}) need Alfresco's namespace service and are not
 * declared here.
 */
public final class QName implements QNamePattern, Serializable, Cloneable, Comparable<QName> {
    private static final long serialVersionUID = 1L;

    public static final String EMPTY_URI_SUBSTITUTE = ".empty";
    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';

    private final String namespaceURI;
    private final String localName;

    private QName(String namespaceURI, String localName) {
        this.namespaceURI = namespaceURI == null || EMPTY_URI_SUBSTITUTE.equals(namespaceURI) ? "" : namespaceURI;
        this.localName = localName;
    }

    public static QName createQName(String namespaceURI, String localName) throws InvalidQNameException {
        if (localName == null || localName.isEmpty()) {
            throw new InvalidQNameException("A QName must consist of a local name");
        }
        return new QName(namespaceURI, localName);
    }

    /** Parses {@code {uri}localName} or a bare {@code localName} (default namespace). */
    public static QName createQName(String qname) throws InvalidQNameException {
        if (qname == null || qname.isEmpty()) {
            throw new InvalidQNameException("Argument qname is mandatory");
        }
        String namespaceURI = null;
        int localStart = 0;
        int begin = qname.indexOf(NAMESPACE_BEGIN);
        if (begin >= 0) {
            if (begin > 0) {
                throw new InvalidQNameException("QName '" + qname + "' must start with a namespaceURI");
            }
            int end = qname.indexOf(NAMESPACE_END, 1);
            if (end < 0) {
                throw new InvalidQNameException("QName '" + qname + "' is missing the closing namespace " + NAMESPACE_END + " token");
            }
            namespaceURI = qname.substring(1, end);
            localStart = end + 1;
        }
        String localName = qname.substring(localStart);
        if (localName.isEmpty()) {
            throw new InvalidQNameException("QName '" + qname + "' must consist of a local name");
        }
        return new QName(namespaceURI, localName);
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
        return 37 * localName.hashCode() + namespaceURI.hashCode();
    }

    @Override
    public String toString() {
        return NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }

    @Override
    public int compareTo(QName qname) {
        int byNamespace = namespaceURI.compareTo(qname.namespaceURI);
        return byNamespace != 0 ? byNamespace : localName.compareTo(qname.localName);
    }
}
