package id.dkip.core.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticPagePublisherTest {
    @TempDir
    Path tmp;

    private final StaticPagePublisher publisher = new StaticPagePublisher(new PublicPageRenderer());
    private final List<DkipEntry> sample = SampleAgency.register().entries();

    @Test
    void writesBothLanguagesAndTheAssetsLinkedToEachOther() throws Exception {
        Path out = tmp.resolve("situs");
        int n = publisher.publish(sample, PublicPageTest.sampleSettings(), LocalDate.of(2026, 3, 30), out, false);
        assertThat(n).isEqualTo(12);
        assertThat(Files.readString(out.resolve("index.html"))).contains("<html lang=\"id\">", "href=\"index-en.html\"",
                "href=\"assets/dkip-publik.css\"");
        assertThat(Files.readString(out.resolve("index-en.html"))).contains("<html lang=\"en\">", "href=\"index.html\"");
        assertThat(out.resolve("assets/dkip-publik.css")).isRegularFile();
        assertThat(out.resolve("assets/dkip-publik.js")).isRegularFile();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesANonEmptyDirectoryWithoutForceAndChangesNothing() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("situs"));
        Files.writeString(out.resolve("index.html"), "laman lama");
        Files.writeString(out.resolve("lain.txt"), "milik orang lain");
        assertThatThrownBy(() -> publisher.publish(sample, PublicationSettings.defaults(), null, out, false))
                .isInstanceOf(StaticPagePublisher.NotEmptyDirectoryException.class).hasMessageContaining("--force");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("laman lama");
        assertThat(out.resolve("assets")).doesNotExist();

        publisher.publish(sample, PublicationSettings.defaults(), null, out, true);
        assertThat(Files.readString(out.resolve("index.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(out.resolve("lain.txt"))).isEqualTo("milik orang lain");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anErrorLeavesNoPartialOutput() {
        Path out = tmp.resolve("situs");
        // the Indonesian page renders, then reading the register fails while the English page is built
        List<DkipEntry> failsOnSecondPass = new java.util.AbstractList<>() {
            private int reads;

            @Override
            public DkipEntry get(int i) {
                if (++reads > sample.size()) {
                    throw new IllegalStateException("register unreadable");
                }
                return sample.get(i);
            }

            @Override
            public int size() {
                return sample.size();
            }
        };
        assertThatThrownBy(() -> publisher.publish(failsOnSecondPass, PublicationSettings.defaults(), null, out, false))
                .hasMessage("register unreadable");
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("berkas"), "x");
        assertThatThrownBy(() -> publisher.publish(sample, PublicationSettings.defaults(), null, file, true))
                .hasMessageContaining("not a directory");
    }

    private List<Path> leftovers() {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".dkip-publish-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
