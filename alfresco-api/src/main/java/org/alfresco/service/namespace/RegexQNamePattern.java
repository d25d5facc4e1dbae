package org.alfresco.service.namespace;

import java.util.regex.Pattern;

/** Declaration of Alfresco's {@code RegexQNamePattern} (alfresco-data-model): matches URI and local name by regex. */
public class RegexQNamePattern implements QNamePattern {
    public static final QNamePattern MATCH_ALL = qname -> true;

    private final Pattern uriPattern;
    private final Pattern localNamePattern;

    public RegexQNamePattern(String namespaceUriRegex, String localNameRegex) {
        this.uriPattern = Pattern.compile(namespaceUriRegex);
        this.localNamePattern = Pattern.compile(localNameRegex);
    }

    public RegexQNamePattern(String qnameRegex) {
        this(".*", qnameRegex);
    }

    @Override
    public String toString() {
        return "{" + uriPattern.pattern() + "}" + localNamePattern.pattern();
    }

    @Override
    public boolean isMatch(QName qname) {
        return uriPattern.matcher(qname.getNamespaceURI()).matches() && localNamePattern.matcher(qname.getLocalName()).matches();
    }
}
