package id.dkip.core.publication;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders a {@link PublicPage} with the one template both hosts use ({@value #TEMPLATE}): FreeMarker in its HTML
 * output format, so every {@code ${...}} is HTML-escaped unless the template says otherwise (it does so only for
 * the module's own CSS and JavaScript). Texts come from the {@value #BUNDLE} bundle (Indonesian default, English).
 * Thread-safe; build once.
 */
public final class PublicPageRenderer {
    static final String PACKAGE = "id/dkip/core/publication/";
    static final String TEMPLATE = "dkip-publik.ftlh";
    static final String BUNDLE = "id.dkip.core.publication.page";
    /** The static assets, written beside the page by the static publisher or inlined by the web script. */
    public static final List<String> ASSETS = List.of("dkip-publik.css", "dkip-publik.js");

    private final Template template;
    private final Map<String, String> assets = new HashMap<>();

    public PublicPageRenderer() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        cfg.setClassLoaderForTemplateLoading(PublicPageRenderer.class.getClassLoader(), PACKAGE);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_31).build());
        try {
            template = cfg.getTemplate(TEMPLATE);
            for (String name : ASSETS) {
                assets.put(name, read("assets/" + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the public page template " + PACKAGE + TEMPLATE, e);
        }
    }

    /** How the page reaches its CSS and JavaScript. */
    public enum AssetMode {
        /** {@code <link>}/{@code <script src>} to {@code assets/...} beside the page (the static site). */
        LINKED,
        /** In the page itself, so one response is the whole page (the repository web script). */
        INLINE
    }

    /** Writes the page; the writer is not closed. */
    public void render(PublicPage page, AssetMode mode, Writer out) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("settings", page.settings());
        model.put("msg", messages(page.language()));
        model.put("inline", mode == AssetMode.INLINE);
        model.put("css", assets.get("dkip-publik.css"));
        model.put("js", assets.get("dkip-publik.js"));
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("The public page template failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** The bytes of one of {@link #ASSETS}. */
    public byte[] asset(String name) {
        String text = assets.get(name);
        if (text == null) {
            throw new IllegalArgumentException("No such asset: " + name);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The page's texts in a language ("id" or "en"); exact, no fallback to the JVM's default locale. */
    static Map<String, String> messages(String language) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                PublicPageRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> map = new HashMap<>();
        for (String key : b.keySet()) {
            map.put(key, b.getString(key));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = PublicPageRenderer.class.getClassLoader().getResourceAsStream(PACKAGE + name)) {
            if (in == null) {
                throw new IOException("Missing resource " + PACKAGE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
