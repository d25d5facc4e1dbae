package id.dkip.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.LegalCellParser;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The extraction caps an administrator sets in alfresco-global.properties reach the beans the importer and the
 * scanner are built with: the cell and finding caps of {@link ExtractionLimits} and the legal parsers' cell cap.
 */
class ExtractionLimitsWiringTest {

    @Test
    void moduleDefaultsAreTheCoreDefaults() {
        try (GenericApplicationContext ctx = ModuleContextLoader.load(ModuleContextLoader.MODULE_CONTEXT)) {
            ExtractionLimits limits = ctx.getBean("dkip.extraction.limits", ExtractionLimits.class);
            assertThat(limits.maxCellChars()).isEqualTo(ExtractionLimits.DEFAULT_MAX_CELL_CHARS);
            assertThat(limits.maxFindings()).isEqualTo(ExtractionLimits.DEFAULT_MAX_FINDINGS);
            assertThat(ctx.getBean("dkip.extraction.legalCellParser", LegalCellParser.class).maxCellChars())
                    .isEqualTo(LegalCellParser.DEFAULT_MAX_CELL_CHARS);
        }
    }

    @Test
    void nonDefaultValuesFromAlfrescoGlobalPropertiesReachTheBeans() {
        Properties admin = new Properties();
        admin.setProperty("dkip.extraction.maxCellChars", "1234");
        admin.setProperty("dkip.extraction.maxFindings", "56");
        admin.setProperty("dkip.extraction.maxLegalCellChars", "789");
        admin.setProperty("dkip.extraction.maxRows", "321");
        try (GenericApplicationContext ctx = ModuleContextLoader.load(admin, ModuleContextLoader.MODULE_CONTEXT)) {
            ExtractionLimits limits = ctx.getBean("dkip.extraction.limits", ExtractionLimits.class);
            assertThat(limits.maxCellChars()).isEqualTo(1234);
            assertThat(limits.maxFindings()).isEqualTo(56);
            assertThat(limits.maxRows()).isEqualTo(321);
            assertThat(ctx.getBean("dkip.extraction.legalCellParser", LegalCellParser.class).maxCellChars()).isEqualTo(789);
        }
    }
}
