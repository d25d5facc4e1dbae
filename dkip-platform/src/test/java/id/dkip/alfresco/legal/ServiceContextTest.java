package id.dkip.alfresco.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.alfresco.wiring.ModuleContextLoader;
import id.dkip.core.access.AccessTable;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.ExemptionDates;
import id.dkip.core.legal.PeriodParser;
import id.dkip.core.legal.ReferenceParser;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.io.ClassPathResource;

/**
 * The core services of service-context.xml, as Alfresco builds them from alfresco-global.properties: with the
 * module's defaults, and with an administrator's overrides (holiday file for 2027, maxima, review days, access table).
 */
class ServiceContextTest {

    private static final String SERVICE_CONTEXT = "alfresco/module/dkip-platform/context/service-context.xml";

    @Test
    void defaults() {
        try (GenericApplicationContext ctx = ModuleContextLoader.load(SERVICE_CONTEXT)) {
            WorkingDayCalendar cal = ctx.getBean("dkip.calendar.workingDays", WorkingDayCalendar.class);
            assertThat(cal.loadedYears()).containsExactly(2025, 2026);
            assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();

            EntryValidator validator = ctx.getBean("dkip.legal.validator", EntryValidator.class);
            assertThat(validator.maximumPeriods().asMap()).containsExactly(java.util.Map.entry("17a", 30));
            ReferenceParser refs = ctx.getBean("dkip.legal.referenceParser", ReferenceParser.class);
            PeriodParser periods = ctx.getBean("dkip.legal.periodParser", PeriodParser.class);
            DkipEntry e = DkipEntry.builder().id("r1").information("Identitas pelapor pengaduan")
                    .grounds(refs.parse("Ps. 17 (a) (2)").grounds()).period(periods.parse("Tidak terbatas"))
                    .consequenceIfOpened("Pelapor terancam").benefitIfClosed("Pelapor terlindungi")
                    .securityLevel(SecurityLevel.RAHASIA).build();
            assertThat(validator.validate(e)).extracting(f -> f.code()).containsExactly(EntryValidator.PERIOD_PERMANENT);

            ExemptionDates dates = ctx.getBean("dkip.legal.exemptionDates", ExemptionDates.class);
            assertThat(dates.reviewWorkingDays()).isEqualTo(30);
            assertThat(dates.reviewDate(LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 3, 12));

            AccessTable access = ctx.getBean("dkip.access.table", AccessTable.class);
            assertThat(access.readers(SecurityLevel.SANGAT_RAHASIA, new Unit("YANKES", "Yankes", "GROUP_DKIP_PPID_YANKES")))
                    .containsExactly("GROUP_DKIP_ATASAN_PPID", "GROUP_DKIP_PPID_YANKES");
        }
    }

    @Test
    void administratorOverridesWithoutRebuild(@TempDir Path dir) throws Exception {
        Path holidays = dir.resolve("hari-libur-2027.csv");
        Files.writeString(holidays, "date,kind,name\n2027,lengkap,SKB 3 Menteri 2027 (data uji)\n2027-01-01,libur,Tahun Baru Masehi\n");
        Path table = dir.resolve("akses.properties");
        Files.writeString(table, "level.BIASA=GROUP_EVERYONE\nlevel.TERBATAS=GROUP_T\nlevel.RAHASIA=GROUP_R\nlevel.SANGAT_RAHASIA=GROUP_S\n");
        Properties admin = new Properties();
        admin.setProperty("dkip.calendar.extraHolidays", "file:" + holidays);
        admin.setProperty("dkip.legal.maximumPeriods", "17a=30, 17c=25");
        admin.setProperty("dkip.legal.reviewWorkingDays", "10");
        admin.setProperty("dkip.access.tableLocation", "file:" + table);
        try (GenericApplicationContext ctx = load(admin)) {
            assertThat(ctx.getBean("dkip.calendar.workingDays", WorkingDayCalendar.class).loadedYears()).containsExactly(2025, 2026, 2027);
            assertThat(ctx.getBean("dkip.legal.validator", EntryValidator.class).maximumPeriods().maximumYears("17c2")).contains(25);
            assertThat(ctx.getBean("dkip.legal.exemptionDates", ExemptionDates.class).reviewWorkingDays()).isEqualTo(10);
            assertThat(ctx.getBean("dkip.access.table", AccessTable.class).rawReaders(SecurityLevel.RAHASIA)).containsExactly("GROUP_R");
        }
    }

    @Test
    void badConfigurationFailsAtStartUp() {
        Properties admin = new Properties();
        admin.setProperty("dkip.legal.maximumPeriods", "17z=30");
        assertThatThrownBy(() -> load(admin)).hasRootCauseMessage("Bad maximum period '17z=30': 17z is not a UU KIP Pasal 17 ground");
        Properties missingFile = new Properties();
        missingFile.setProperty("dkip.calendar.extraHolidays", "file:/nonexistent/hari-libur.csv");
        assertThatThrownBy(() -> load(missingFile)).rootCause().hasMessageContaining("/nonexistent/hari-libur.csv");
    }

    /** service-context.xml with the module's properties, the given keys overriding them (as tomcat/shared/classes does). */
    private static GenericApplicationContext load(Properties overrides) {
        GenericApplicationContext ctx = new GenericApplicationContext();
        try {
            PropertySourcesPlaceholderConfigurer placeholders = new PropertySourcesPlaceholderConfigurer();
            placeholders.setLocations(new ClassPathResource(ModuleContextLoader.MODULE_PROPERTIES));
            placeholders.setProperties(overrides);
            placeholders.setLocalOverride(true);
            placeholders.setIgnoreUnresolvablePlaceholders(false);
            ctx.addBeanFactoryPostProcessor(placeholders);
            new XmlBeanDefinitionReader(ctx).loadBeanDefinitions(new ClassPathResource(SERVICE_CONTEXT));
            ctx.refresh();
            List.of(ctx.getBeanDefinitionNames()).forEach(ctx::getBean);
            return ctx;
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
    }
}
