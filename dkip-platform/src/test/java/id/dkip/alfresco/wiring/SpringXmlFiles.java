package id.dkip.alfresco.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Finds and reads the module's Spring XML files. */
final class SpringXmlFiles {
    static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    static final Path MAIN_RESOURCES = Path.of("src/main/resources");

    private SpringXmlFiles() {
    }

    /** module-context.xml and every file it imports, transitively, as classpath paths in import order. */
    static List<String> moduleContextFiles() {
        Set<String> files = new LinkedHashSet<>();
        collect(ModuleContextLoader.MODULE_CONTEXT, files);
        return new ArrayList<>(files);
    }

    private static void collect(String classpathFile, Set<String> files) {
        if (!files.add(classpathFile)) {
            return;
        }
        try (InputStream in = new ClassPathResource(classpathFile).getInputStream()) {
            Document d = parse(in);
            NodeList imports = d.getElementsByTagNameNS(BEANS_NS, "import");
            for (int i = 0; i < imports.getLength(); i++) {
                String resource = ((Element) imports.item(i)).getAttribute("resource");
                if (!resource.startsWith("classpath:")) {
                    throw new IllegalStateException(classpathFile + " imports " + resource + ": use classpath: locations");
                }
                collect(resource.substring("classpath:".length()).replaceFirst("^/", ""), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classpathFile, e);
        }
    }

    /** Every Spring beans file under src/main/resources, as classpath paths. */
    static List<String> mainSpringFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN_RESOURCES)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    Element root = parse(in).getDocumentElement();
                    if (BEANS_NS.equals(root.getNamespaceURI()) && "beans".equals(root.getLocalName())) {
                        out.add(MAIN_RESOURCES.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
        }
        return out;
    }

    static Document read(String classpathFile) {
        try (InputStream in = new ClassPathResource(classpathFile).getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(classpathFile, e);
        }
    }

    static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("not well-formed XML", e);
        }
    }
}
