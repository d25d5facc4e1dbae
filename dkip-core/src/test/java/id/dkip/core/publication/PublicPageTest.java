package id.dkip.core.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.publication.PublicPageRenderer.AssetMode;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.sample.SampleAgency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicPageTest {
    private final List<DkipEntry> sample = SampleAgency.register().entries();
    private final PublicPageRenderer renderer = new PublicPageRenderer();

    static PublicationSettings sampleSettings() throws IOException {
        try (var in = PublicPageTest.class.getResourceAsStream("/id/dkip/core/sample/publication.json")) {
            return PublicationSettings.read(in);
        }
    }

    private String html(String lang, AssetMode mode) throws IOException {
        StringWriter w = new StringWriter();
        renderer.render(PublicPage.build(sample, sampleSettings(), Locale.forLanguageTag(lang), LocalDate.of(2026, 3, 30),
                "lain.html"), mode, w);
        return w.toString();
    }

    @Test
    void theSampleAgencysEstablishedEntriesWithGroundsMeaningsAndDecree() throws Exception {
        String html = html("id", AssetMode.LINKED);
        long established = sample.stream().filter(e -> e.status() == EntryStatus.DITETAPKAN).count();
        assertThat(html.split("<tr data-unit=", -1)).hasSize((int) established + 1);
        assertThat(html).contains("<html lang=\"id\">", "Daftar Informasi Publik yang Dikecualikan",
                "<caption id=\"daftar-caption\">", "<th scope=\"col\"", "<th scope=\"row\"",
                "UU 14/2008 Pasal 17 huruf h angka 2",
                "Mengungkap rahasia pribadi: Riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang"
                        .substring(0, 26),
                "Daftar terakhir diubah: <time datetime=\"2026-03-30\">30 Maret 2026</time>",
                "href=\"assets/dkip-publik.css\"", "src=\"assets/dkip-publik.js\"", "href=\"lain.html\"",
                "Keberatan", "30 hari kerja", "Atasan PPID");
        DkipEntry draft = sample.stream().filter(e -> e.status() != EntryStatus.DITETAPKAN).findFirst().orElseThrow();
        assertThat(html).doesNotContain(draft.information());
        // the controls exist for JavaScript to reveal; without it the table alone is the page
        assertThat(html).contains("<section id=\"kontrol\" class=\"controls\" aria-labelledby=\"kontrol-judul\" hidden>");
    }

    @Test
    void englishPageHasEnglishLabelsAndMeanings() throws Exception {
        String html = html("en", AssetMode.LINKED);
        assertThat(html).contains("<html lang=\"en\">", "List of Exempted Public Information", "Reveals",
                "List last changed: <time datetime=\"2026-03-30\">30 March 2026</time>", "Objections (keberatan)")
                .doesNotContain("Daftar terakhir diubah");
    }

    @Test
    void inlineModeCarriesTheAssetsInThePage() throws Exception {
        String html = html("id", AssetMode.INLINE);
        assertThat(html).contains("<style>/* The public DKIP page", "<script>/* The public DKIP page").doesNotContain("assets/dkip-publik");
        for (String asset : PublicPageRenderer.ASSETS) {
            String text = new String(renderer.asset(asset), StandardCharsets.UTF_8);
            assertThat(text).doesNotContainIgnoringCase("</script").doesNotContainIgnoringCase("</style");
        }
    }

    @Test
    void documentsAreLinkedOnlyWhenMarkedPublic() throws Exception {
        String html = html("id", AssetMode.LINKED);
        assertThat(html).contains("href=\"dokumen/sk-dkip-2021.pdf\"", "Unduh SK yang ditandatangani",
                "href=\"dokumen/uji-konsekuensi-2021.pdf\"").doesNotContain("dokumen/draf-internal.pdf");
    }

    @Test
    void filtersOfferTheUnitsGroundsAndYearsPresent() {
        PublicPage page = PublicPage.build(sample, PublicationSettings.defaults(), Locale.forLanguageTag("id"), null, "");
        assertThat(page.units()).isSorted().doesNotHaveDuplicates().isNotEmpty();
        assertThat(page.grounds().keySet()).contains("17h2").first().isEqualTo(page.grounds().keySet().iterator().next());
        assertThat(page.years()).containsExactly("2021");
        assertThat(page.lastChanged()).isEmpty();
        assertThat(page.entries()).extracting(PublicEntry::number).startsWith(1, 2, 3);
    }

    @Test
    void bundlesHaveTheSameKeysAndTheIndonesianFileEqualsTheDefault() {
        Map<String, String> id = PublicPageRenderer.messages("id");
        Map<String, String> en = PublicPageRenderer.messages("en");
        assertThat(en.keySet()).isEqualTo(id.keySet());
        assertThat(id.get("lang")).isEqualTo("id");
        assertThat(en.get("lang")).isEqualTo("en");
    }

    @Test
    void settingsJsonIsStrict() {
        assertThatThrownBy(() -> PublicationSettings.read(new ByteArrayInputStream(
                "{\"agencyName\":\"x\",\"kolomPublik\":[]}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("kolomPublik");
        assertThatThrownBy(() -> PublicationSettings.read(new ByteArrayInputStream(
                "{\"documents\":[{\"kind\":\"sk\",\"href\":\"javascript:x\",\"public\":true}]}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("documents[0].href");
    }
}
