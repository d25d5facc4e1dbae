package id.dkip.alfresco.webscripts.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The meeting screen's JSON templates rendered as Alfresco's web script container renders them (FreeMarker with the
 * data model's {@code jsonUtils}), with text that needs escaping in every string: the output must be valid JSON that
 * gives the text back. Seen in a real ACS 26.1: a finding quoting a word made {@code rapat/entri} invalid JSON,
 * because the template's {@code <#escape>} does not reach into the imported row macro.
 */
class RapatJsonTemplatesTest {

    private static final String DIR = "/alfresco/extension/templates/webscripts/id/dkip/share/rapat";
    private static final String HOSTILE = "kata \"gaji pegawai\" \\ C:\\arsip\nbaris </script> \u0001";

    /** Alfresco's JSONUtils.encodeJSONString: the string's JSON escaping, without the quotes. */
    public static final class JsonUtils {
        public String encodeJSONString(Object value) {
            return value == null ? "" : new String(JsonStringEncoder.getInstance().quoteAsString(value.toString()));
        }
    }

    private JsonNode render(String template, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        cfg.setTemplateLoader(new ClassTemplateLoader(getClass(), DIR));
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_31).build());
        Map<String, Object> root = new HashMap<>(model);
        root.put("jsonUtils", new JsonUtils());
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(root, out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static RapatMeetings.Row row() {
        return new RapatMeetings.Row("workspace://SpacesStore/r1", 3, HOSTILE, HOSTILE, "GROUP_DKIP_PPID_UMUM",
                List.of("17h2"), HOSTILE, List.of(HOSTILE, "kedua"), "terima", "lulus", HOSTILE);
    }

    @Test
    void theMeetingRowsAreValidJsonWhateverTheirText() throws Exception {
        JsonNode json = render("entri.get.json.ftl", Map.of("task", "activiti$1016", "rows", List.of(row()),
                "team", List.of(new RapatMeetings.Member("tim1", "workspace://SpacesStore/p1", HOSTILE, true)),
                "present", 1L, "quorum", 1));
        JsonNode r = json.get("entri").get(0);
        assertThat(r.get("informasi").asText()).isEqualTo(HOSTILE);
        assertThat(r.get("temuan").get(0).asText()).isEqualTo(HOSTILE);
        assertThat(r.get("catatan").asText()).isEqualTo(HOSTILE);
        assertThat(r.get("nomorUrut").asInt()).isEqualTo(3);
        assertThat(json.get("tim").get(0).get("nama").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void aSavedDecisionAnswersValidJsonToo() throws Exception {
        JsonNode json = render("keputusan.post.json.ftl", Map.of("task", "activiti$1016", "rows", List.of(row())));
        assertThat(json.get("entri").get(0).get("dasarHukum").asText()).isEqualTo(HOSTILE);
    }
}
