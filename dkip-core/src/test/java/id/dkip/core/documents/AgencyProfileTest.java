package id.dkip.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgencyProfileTest {

    private static AgencyProfile read(String json) throws IOException {
        return AgencyProfile.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAgencyFileChangesOnlyWhatItNamesAndKeepsTheDefaultsForTheRest() throws IOException {
        AgencyProfile defaults = AgencyProfile.defaults();
        AgencyProfile own = read("{\"name\": \"Dinas X\", \"page\": {\"paper\": \"A4\"}, \"tembusan\": [\"Bupati\"]}");
        assertThat(own.name()).isEqualTo("Dinas X");
        assertThat(own.page().paper()).isEqualTo("A4");
        assertThat(own.page().fontFamily()).isEqualTo(defaults.page().fontFamily()); // nested objects merge
        assertThat(own.page().marginLeftMm()).isEqualTo(30);
        assertThat(own.tembusan()).containsExactly("Bupati"); // lists are replaced
        assertThat(own.menimbang()).isEqualTo(defaults.menimbang());
        assertThat(own.blessing()).isTrue();
    }

    @Test
    void theSampleAgencyIsTheTangerangHealthOffice() {
        AgencyProfile sample = AgencyProfile.sample();
        assertThat(sample.name()).isEqualTo("Dinas Kesehatan Kota Tangerang");
        assertThat(sample.decreeNumber(3953, LocalDate.of(2021, 4, 13))).isEqualTo("050/3953-Sekret/IV/2021");
        assertThat(sample.blessing()).isFalse();
        assertThat(sample.page().paper()).isEqualTo("F4");
    }

    @Test
    void mistakesInAnAgencyFileAreReportedWithWhereAndWhat() {
        assertThatThrownBy(() -> read("{\"name\": \"X\",\n \"kop\": []}"))
                .isInstanceOf(IOException.class).hasMessageContaining("kop");
        assertThatThrownBy(() -> read("{\"name\": \"X\",\n \"letterhead\": [\"A\",]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("{\"decreeNumberPattern\": \"050/{nomor}/{year}\"}"))
                .isInstanceOf(IOException.class).hasMessageContaining("{nomor}");
        assertThatThrownBy(() -> read("[]")).isInstanceOf(IOException.class).hasMessageContaining("JSON object");
    }

    @Test
    void theDecisionFactsAreOnlyWhatTheProfileNames() throws IOException {
        AgencyProfile.DecisionFacts none = AgencyProfile.defaults().decisionFacts();
        assertThat(none).isEqualTo(new AgencyProfile.DecisionFacts(null, null, null));
        AgencyProfile named = read("{\"name\": \"Dinas Contoh\", \"place\": \"Kota Contoh\", "
                + "\"ppid\": {\"name\": \"Sari\", \"position\": \"Sekretaris\"}}");
        assertThat(named.decisionFacts()).isEqualTo(new AgencyProfile.DecisionFacts("Sari, Sekretaris", "Dinas Contoh", "Kota Contoh"));
    }
}
