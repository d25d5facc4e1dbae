package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.service.cmr.dictionary.InvalidAspectException;
import org.alfresco.service.cmr.dictionary.InvalidTypeException;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/** Declaration of Alfresco 26.1's {@code NodeService}: only the members the module uses, in Alfresco's order (compile-only, never packaged). */
public interface NodeService {
    boolean exists(NodeRef arg0);
    ChildAssociationRef createNode(NodeRef arg0, QName arg1, QName arg2, QName arg3, Map<QName,Serializable> arg4) throws InvalidNodeRefException, InvalidTypeException;
    ChildAssociationRef moveNode(NodeRef arg0, NodeRef arg1, QName arg2, QName arg3) throws InvalidNodeRefException;
    QName getType(NodeRef arg0) throws InvalidNodeRefException;
    void addAspect(NodeRef arg0, QName arg1, Map<QName,Serializable> arg2) throws InvalidNodeRefException, InvalidAspectException;
    void removeAspect(NodeRef arg0, QName arg1) throws InvalidNodeRefException, InvalidAspectException;
    boolean hasAspect(NodeRef arg0, QName arg1) throws InvalidNodeRefException, InvalidAspectException;
    void deleteNode(NodeRef arg0) throws InvalidNodeRefException;
    ChildAssociationRef addChild(NodeRef arg0, NodeRef arg1, QName arg2, QName arg3) throws InvalidNodeRefException;
    void removeChild(NodeRef arg0, NodeRef arg1) throws InvalidNodeRefException;
    Map<QName,Serializable> getProperties(NodeRef arg0) throws InvalidNodeRefException;
    Serializable getProperty(NodeRef arg0, QName arg1) throws InvalidNodeRefException;
    void addProperties(NodeRef arg0, Map<QName,Serializable> arg1) throws InvalidNodeRefException;
    void setProperty(NodeRef arg0, QName arg1, Serializable arg2) throws InvalidNodeRefException;
    void removeProperty(NodeRef arg0, QName arg1) throws InvalidNodeRefException;
    List<ChildAssociationRef> getParentAssocs(NodeRef arg0) throws InvalidNodeRefException;
    List<ChildAssociationRef> getChildAssocs(NodeRef arg0, QNamePattern arg1, QNamePattern arg2) throws InvalidNodeRefException;
    List<ChildAssociationRef> getChildAssocs(NodeRef arg0, Set<QName> arg1);
    NodeRef getChildByName(NodeRef arg0, QName arg1, String arg2);
    ChildAssociationRef getPrimaryParent(NodeRef arg0) throws InvalidNodeRefException;
    AssociationRef createAssociation(NodeRef arg0, NodeRef arg1, QName arg2) throws InvalidNodeRefException, AssociationExistsException;
    List<AssociationRef> getTargetAssocs(NodeRef arg0, QNamePattern arg1) throws InvalidNodeRefException;
    List<AssociationRef> getSourceAssocs(NodeRef arg0, QNamePattern arg1) throws InvalidNodeRefException;
}
