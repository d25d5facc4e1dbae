package id.dkip.alfresco.documents;

import id.dkip.core.documents.AgencyProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Loads the agency profile named by {@code dkip.documents.agencyProfile}: empty for the built-in defaults,
 * {@code classpath:...} for a file on the repository's classpath (e.g. {@code classpath:alfresco/extension/dkip/agency.json}
 * in the extension root), anything else a file path. A missing or invalid file fails start-up with the reason.
 */
public final class AgencyProfiles {
    private AgencyProfiles() {
    }

    public static AgencyProfile load(String location) throws IOException {
        if (location == null || location.isBlank()) {
            return AgencyProfile.defaults();
        }
        String l = location.trim();
        if (l.startsWith("classpath:")) {
            String resource = l.substring("classpath:".length());
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            ClassLoader cl = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : AgencyProfiles.class.getClassLoader();
            try (InputStream in = cl.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("dkip.documents.agencyProfile: " + l + " not found on the classpath");
                }
                return AgencyProfile.fromJson(in);
            }
        }
        return AgencyProfile.fromJson(Path.of(l));
    }
}
