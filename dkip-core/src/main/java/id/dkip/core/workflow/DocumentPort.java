package id.dkip.core.workflow;

/**
 * Produces the process's documents (draft DKIP, Berita Acara, consequence-test sheet, SK) and stores them where the host keeps them
 * (Alfresco: versioned nodes in the workflow package and the DKIP folder; simulation: files or memory).
 */
public interface DocumentPort {

    /** Produce the document and return a reference to it (a node reference, a path...). */
    String produce(DocumentRequest request);
}
