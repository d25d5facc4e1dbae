package id.dkip.alfresco.webscripts.publik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.core.publication.HostileRegister;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.sample.SampleAgency;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.extensions.webscripts.WebScriptException;

class PublicDkipGetTest {
    /** 2026-03-30 10:00 WIB */
    static final Date MODIFIED = Date.from(Instant.parse("2026-03-30T03:00:00Z"));
    static final String SETTINGS = "classpath:id/dkip/core/sample/publication.json";
    private final List<DkipEntry> sample = SampleAgency.register().entries();

    @Test
    void thePageOfTheEstablishedEntriesReadAsSystemWithCachingHeaders() throws Exception {
        try (PublicDkipFixture f = new PublicDkipFixture(sample, MODIFIED, SETTINGS)) {
            String html = f.get(null);
            assertThat(f.systemRuns).isEqualTo(1);
            verify(f.res).setStatus(200);
            verify(f.res).setContentType("text/html;charset=UTF-8");
            verify(f.res).setHeader("Cache-Control", "public, max-age=300");
            // Last-Modified: the newest of the established rows' cm:modified
            int newest = 0;
            for (int i = 0; i < sample.size(); i++) {
                newest = sample.get(i).status() == EntryStatus.DITETAPKAN ? i : newest;
            }
            Instant lastModified = MODIFIED.toInstant().minusSeconds((sample.size() - newest) * 60L);
            verify(f.res).setHeader("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(lastModified.atOffset(java.time.ZoneOffset.UTC)));
            verify(f.res).setHeader(eq("ETag"), org.mockito.ArgumentMatchers.matches("\"[0-9a-f]{32}\""));
            long established = sample.stream().filter(e -> e.status() == EntryStatus.DITETAPKAN).count();
            assertThat(html.split("<tr data-unit=", -1)).hasSize((int) established + 1);
            assertThat(html).contains("<html lang=\"id\">", "Dinas Kesehatan Kota Tangerang", "href=\"?lang=en\"",
                    "<style>", "<script>/* The public DKIP page", "30 Maret 2026", "dokumen/sk-dkip-2021.pdf")
                    .doesNotContain("workspace://", "SpacesStore", "assets/dkip-publik");
            // the first row is dkip:nomorUrut 1 even though stored last
            List<String> shown = sample.stream().filter(e -> e.status() == EntryStatus.DITETAPKAN)
                    .map(id.dkip.core.documents.export.PublicView::description).toList();
            assertThat(html.indexOf(shown.get(0))).isPositive().isLessThan(html.indexOf(shown.get(1)));
        }
    }

    @Test
    void englishOnRequestAndAnUnknownLanguageIs400() throws Exception {
        try (PublicDkipFixture f = new PublicDkipFixture(sample, MODIFIED, SETTINGS)) {
            assertThat(f.get("en")).contains("<html lang=\"en\">", "href=\"?lang=id\"", "30 March 2026");
            WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> f.get("fr"));
            assertThat(e.getStatus()).isEqualTo(400);
        }
    }

    @Test
    void aMatchingIfNoneMatchIs304WithoutBody() throws Exception {
        try (PublicDkipFixture f = new PublicDkipFixture(sample, MODIFIED, SETTINGS)) {
            f.get(null);
            ArgumentCaptor<String> etag = ArgumentCaptor.forClass(String.class);
            verify(f.res).setHeader(eq("ETag"), etag.capture());
            when(f.req.getHeader("If-None-Match")).thenReturn("\"other\", " + etag.getValue());
            assertThat(f.get(null)).isEmpty();
            verify(f.res).setStatus(304);
        }
    }

    @Test
    void theHostileRegisterShowsOnlyEstablishedRowsEscaped() throws Exception {
        try (PublicDkipFixture f = new PublicDkipFixture(HostileRegister.entries(), MODIFIED, "")) {
            String html = f.get(null);
            assertThat(html.split("<tr data-unit=", -1)).hasSize(4);
            assertThat(html).doesNotContain("<script>alert", "<img", HostileRegister.SECRET, HostileRegister.NOT_ESTABLISHED,
                    "workspace://", "javascript:alert(2)\">").contains("&lt;script&gt;alert(");
        }
    }

    @Test
    void notConfiguredIs404AndReadsNothing() throws Exception {
        try (PublicDkipFixture f = new PublicDkipFixture(sample, MODIFIED, "")) {
            f.webScript.setSites(" ");
            WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> f.get(null));
            assertThat(e.getStatus()).isEqualTo(404);
            assertThat(e.getMessage()).contains("dkip.publication.sites");
            assertThat(f.systemRuns).isZero();
            verify(f.res, never()).setStatus(anyInt());
        }
    }

    @Test
    void badSettingsStopStartUpNamingTheKey() throws Exception {
        try (PublicDkipFixture f = new PublicDkipFixture(sample, MODIFIED, "")) {
            f.webScript.setSettingsLocation("classpath:tidak/ada.json");
            assertThatThrownBy(f.webScript::afterPropertiesSet).hasMessageContaining("dkip.publication.settings");
            f.webScript.setSettingsLocation("");
            f.webScript.setMaxAgeSeconds(-1);
            assertThatThrownBy(f.webScript::afterPropertiesSet).hasMessageContaining("maxAgeSeconds");
        }
    }
}
