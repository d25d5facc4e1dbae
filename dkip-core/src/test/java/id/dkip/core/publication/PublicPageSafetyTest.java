package id.dkip.core.publication;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.publication.PublicPageRenderer.AssetMode;
import id.dkip.core.publication.PublicationSettings.OptionalColumn;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Nothing but the whitelist reaches the page, and nothing reaches it unescaped. */
class PublicPageSafetyTest {
    /** The only elements the template writes. */
    private static final Set<String> TEMPLATE_TAGS = Set.of("!doctype", "html", "head", "meta", "title", "style", "link",
            "body", "a", "header", "p", "h1", "span", "time", "main", "section", "h2", "form", "div", "label", "input",
            "select", "option", "button", "table", "caption", "thead", "tr", "th", "tbody", "td", "ul", "li", "br",
            "dl", "dt", "dd", "footer", "script");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([!a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)=\"([^\"]*)\"");

    private final PublicPageRenderer renderer = new PublicPageRenderer();

    private String render(PublicationSettings settings, AssetMode mode, String lang) throws Exception {
        PublicPage page = PublicPage.build(HostileRegister.entries(), settings, Locale.forLanguageTag(lang),
                LocalDate.of(2026, 4, 1), "x.html");
        StringWriter out = new StringWriter();
        renderer.render(page, mode, out);
        return out.toString();
    }

    @Test
    void hostileTextIsEscapedEverywhereAndOnlyTheTemplatesTagsExist() throws Exception {
        PublicationSettings all = new PublicationSettings("Badan " + HostileRegister.PAYLOAD,
                Set.of(OptionalColumn.values()), new PublicationSettings.ObjectionContact(HostileRegister.PAYLOAD,
                HostileRegister.PAYLOAD, HostileRegister.PAYLOAD, HostileRegister.PAYLOAD, null), List.of());
        for (AssetMode mode : AssetMode.values()) {
            for (String lang : List.of("id", "en")) {
                String html = render(all, mode, lang);
                for (String asset : PublicPageRenderer.ASSETS) { // the module's own CSS/JS, inlined raw on purpose
                    html = html.replace(new String(renderer.asset(asset), java.nio.charset.StandardCharsets.UTF_8), "");
                }
                Set<String> tags = new HashSet<>();
                Matcher m = TAG.matcher(html);
                while (m.find()) {
                    tags.add(m.group(1).toLowerCase(Locale.ROOT));
                }
                assertThat(TEMPLATE_TAGS).as("elements on the page").containsAll(tags);
                assertThat(html).doesNotContain("<script>alert", "<img", "<b>", "</td></table>");
                // the payload is there, as text
                assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
                // exactly the module's own script
                assertThat(html.split("<script", -1)).hasSize(2);
                Matcher a = ATTRIBUTE.matcher(html);
                while (a.find()) {
                    assertThat(a.group(1)).as("attribute").doesNotStartWith("on");
                    if (a.group(1).equals("href") || a.group(1).equals("src")) {
                        assertThat(a.group(2)).as("link").matches("(https?://|mailto:[a-z.]+@[a-z.]+$|#[a-z]+$|[a-z0-9./_-]*$).*");
                    }
                }
            }
        }
    }

    @Test
    void aMalformedEmailIsTextNotALink() {
        assertThat(new PublicationSettings.ObjectionContact(null, null, HostileRegister.PAYLOAD, null, null).emailHref())
                .isEmpty();
        assertThat(new PublicationSettings.ObjectionContact(null, null, " ppid@dinkes.go.id ", null, null).emailHref())
                .isEqualTo("mailto:ppid@dinkes.go.id");
    }

    @Test
    void onlyEstablishedEntriesAndOnlyWhitelistedFields() throws Exception {
        String html = render(PublicationSettings.defaults(), AssetMode.LINKED, "id");
        assertThat(html).doesNotContain(HostileRegister.NOT_ESTABLISHED, HostileRegister.SECRET, "workspace://",
                "SpacesStore", "0f0e0d0c", "GROUP_", "2099", "Rahasia", "Terbatas", "sel asli");
        assertThat(count(html, "<tr data-unit=")).isEqualTo(3);
        // the Sangat Rahasia entry's description is withheld, its grounds are given in general terms
        assertThat(html).contains("Informasi yang dikecualikan berdasarkan UU 14/2008 Pasal 17 huruf h angka 2");
    }

    @Test
    void optionalColumnsOnlyWhenTheAgencyMakesThemPublicAndNeverForSangatRahasia() throws Exception {
        PublicationSettings consequence = new PublicationSettings("Dinas", Set.of(OptionalColumn.CONSEQUENCE_IF_OPENED),
                null, null);
        String html = render(consequence, AssetMode.LINKED, "id");
        assertThat(html).contains("Akibat bila dibuka").contains(HostileRegister.SECRET + " akibat &lt;script&gt;")
                .doesNotContain("Manfaat bila ditutup", HostileRegister.SECRET + " manfaat",
                        HostileRegister.SECRET + " kepentingan");
        // two established entries show it; the Sangat Rahasia one does not
        assertThat(count(html, HostileRegister.SECRET + " akibat")).isEqualTo(2);
    }

    @Test
    void unsafeLinksInTheSettingsAreRefused() {
        for (String href : List.of("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
                "https://x\" onclick=\"y")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PublicationSettings("x", null,
                    new PublicationSettings.ObjectionContact(null, null, null, null, href), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objection.formUrl");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PublicationSettings("x", null, null,
                    List.of(new PublicationSettings.PublicDocument(PublicationSettings.PublicDocument.Kind.SK, "1", null,
                            href, true))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documents[0].href");
        }
        assertThat(new PublicationSettings("x", null, new PublicationSettings.ObjectionContact(null, null, null, null,
                "https://ppid.example.go.id/keberatan"), null).objection().formUrl()).startsWith("https://");
    }

    private static int count(String s, String needle) {
        return s.split(Pattern.quote(needle), -1).length - 1;
    }
}
