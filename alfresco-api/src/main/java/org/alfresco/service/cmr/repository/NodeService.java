package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.dictionary.InvalidAspectException;
import org.alfresco.service.cmr.dictionary.InvalidTypeException;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/** Declaration of Alfresco's {@code NodeService} (alfresco-repository): the members the module uses, in Alfresco's order. */
public interface NodeService {
    ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName, QName nodeTypeQName,
            Map<QName, Serializable> properties) throws InvalidNodeRefException, InvalidTypeException;

    void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties)
            throws InvalidNodeRefException, InvalidAspectException;

    boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName) throws InvalidNodeRefException, InvalidAspectException;

    void deleteNode(NodeRef nodeRef) throws InvalidNodeRefException;

    Map<QName, Serializable> getProperties(NodeRef nodeRef) throws InvalidNodeRefException;

    Serializable getProperty(NodeRef nodeRef, QName qname) throws InvalidNodeRefException;

    void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties) throws InvalidNodeRefException;

    void setProperty(NodeRef nodeRef, QName qname, Serializable value) throws InvalidNodeRefException;

    List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern, QNamePattern qnamePattern)
            throws InvalidNodeRefException;

    List<AssociationRef> getTargetAssocs(NodeRef sourceRef, QNamePattern qnamePattern) throws InvalidNodeRefException;
}
