package id.dkip.core.publication;

import id.dkip.core.publication.PublicPageRenderer.AssetMode;
import id.dkip.core.register.DkipEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the public page as static files for an agency whose website is elsewhere: {@value #INDEX} (Indonesian),
 * {@value #INDEX_EN} (English) and {@code assets/}. Everything is rendered in memory first and staged in a
 * temporary directory beside the target, so an error leaves no partial page behind. A directory that is not empty
 * is refused unless {@code force} is set (then only the page's own files are replaced).
 */
public final class StaticPagePublisher {
    public static final String INDEX = "index.html";
    public static final String INDEX_EN = "index-en.html";

    private final PublicPageRenderer renderer;

    public StaticPagePublisher(PublicPageRenderer renderer) {
        this.renderer = renderer;
    }

    /** Publishes {@code register}'s public view into {@code dir}; returns the number of published entries. */
    public int publish(List<DkipEntry> register, PublicationSettings settings, LocalDate lastChanged, Path dir,
                       boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "is a file, not a directory");
        }
        if (!force && Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new NotEmptyDirectoryException(dir);
        }
        PublicPage id = PublicPage.build(register, settings, Locale.forLanguageTag("id"), lastChanged, INDEX_EN);
        PublicPage en = PublicPage.build(register, settings, Locale.ENGLISH, lastChanged, INDEX);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(INDEX, render(id));
        files.put(INDEX_EN, render(en));
        for (String asset : PublicPageRenderer.ASSETS) {
            files.put("assets/" + asset, renderer.asset(asset));
        }
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".dkip-publish-");
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = staging.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            if (!Files.exists(target)) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                for (String name : files.keySet()) {
                    Path to = target.resolve(name);
                    Files.createDirectories(to.getParent());
                    Files.move(staging.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteTree(staging);
        }
        return id.entries().size();
    }

    private byte[] render(PublicPage page) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            renderer.render(page, AssetMode.LINKED, w);
        }
        return bytes.toByteArray();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The target directory holds files and {@code force} was not given. */
    public static final class NotEmptyDirectoryException extends IOException {
        public NotEmptyDirectoryException(Path dir) {
            super("The directory " + dir + " is not empty; choose an empty directory or use --force to replace the page's files");
        }
    }
}
