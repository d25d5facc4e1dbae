package id.dkip.core.sample;

import id.dkip.core.documents.AgencyProfile;
import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.documents.export.RegisterJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The sample agency: Dinas Kesehatan Kota Tangerang (the SOP's own agency) with a realistic register of a health
 * office's exempted information across its units, a Tim PPID Pembantu meeting (7 members, 5 present) and the
 * decree. Used by {@code dkip simulate}, the CLI's examples and the tests. People and numbers are fictitious.
 * Files: {@code id/dkip/core/sample/agency.json} and {@code register.json}.
 */
public final class SampleAgency {
    public static final String AGENCY = "/id/dkip/core/sample/agency.json";
    public static final String REGISTER = "/id/dkip/core/sample/register.json";

    private SampleAgency() {
    }

    public static AgencyProfile agency() {
        return AgencyProfile.sample();
    }

    public static RegisterDocument register() {
        try (InputStream in = SampleAgency.class.getResourceAsStream(REGISTER)) {
            return RegisterJson.read(Objects.requireNonNull(in, REGISTER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
