package id.dkip.core.workflow;

import java.util.Objects;

/**
 * How a person is named in the run's documents: one source (the {@link DirectoryPort}) for every document, so the
 * same person is written the same way in the Berita Acara, the consequence-test sheet and the SK.
 *
 * @param userName    the account (the key the process records attendance by)
 * @param displayName the name as written in the documents
 * @param jobTitle    jabatan (Alfresco: cm:jobtitle), or null
 */
public record Person(String userName, String displayName, String jobTitle) {
    public Person {
        Objects.requireNonNull(userName, "userName");
        displayName = displayName == null || displayName.isBlank() ? userName : displayName.trim();
        jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
    }
}
