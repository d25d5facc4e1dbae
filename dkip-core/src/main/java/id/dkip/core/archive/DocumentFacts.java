package id.dkip.core.archive;

/**
 * What is known of a dropped document before it is matched to a DKIP entry: its file name and, when present,
 * its title and description (cm:title, cm:description). Any part may be null.
 */
public record DocumentFacts(String name, String title, String description) {

    public static DocumentFacts named(String name) {
        return new DocumentFacts(name, null, null);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {stripExtension(name), title, description}) {
            if (part != null && !part.isBlank()) {
                sb.append(part).append(' ');
            }
        }
        return sb.toString();
    }

    private static String stripExtension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && fileName.length() - dot <= 5 ? fileName.substring(0, dot) : fileName;
    }
}
