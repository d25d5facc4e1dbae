package id.dkip.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Share configuration against the repository's content model (read from dkip-platform's sources, see the pom):
 * every property of every dkip type and aspect has a form field with a control fitting its data type and
 * constraint; every label the configuration names exists in both Share bundles; every evaluator, action, icon and
 * client function it relies on exists in the module.
 */
class ShareConfigTest {

    static final String DICT = "http://www.alfresco.org/model/dictionary/1.0";
    static final String BEANS = "http://www.springframework.org/schema/beans";
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path WEB = Path.of("src/main/assembly/web");
    static final String CONTROLS = "/org/alfresco/components/form/controls/";
    static final String ENTRY_PICKER = "/id/dkip/components/form/controls/dkip-entri.ftl";

    static Document model;
    static Document config;
    static Document springContext;
    /** Model property name to its definition element. */
    static final Map<String, Element> PROPERTIES = new LinkedHashMap<>();
    static final Set<String> LIST_CONSTRAINTS = new LinkedHashSet<>();

    @BeforeAll
    static void load() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = ShareConfigTest.class.getClassLoader().getResourceAsStream("dkip-model/dkipContentModel.xml")) {
            assertThat(in).as("the content model on the test classpath (dkip-share pom testResources)").isNotNull();
            model = f.newDocumentBuilder().parse(in);
        }
        config = f.newDocumentBuilder().parse(RESOURCES.resolve("META-INF/share-config-custom.xml").toFile());
        springContext = f.newDocumentBuilder().parse(
                RESOURCES.resolve("alfresco/web-extension/dkip-share-slingshot-application-context.xml").toFile());
        for (Element p : elements(model, DICT, "property")) {
            PROPERTIES.put(p.getAttribute("name"), p);
        }
        for (Element c : elements(model, DICT, "constraint")) {
            if ("LIST".equals(c.getAttribute("type"))) {
                LIST_CONSTRAINTS.add(c.getAttribute("name"));
            }
        }
    }

    @Test
    void everyPropertyOfEveryAspectHasAFieldInTheAspectsForm() {
        for (Element aspect : classes("aspects")) {
            List<String> props = ownProperties(aspect);
            if (props.isEmpty()) {
                continue;
            }
            Element form = defaultForm("aspect", aspect.getAttribute("name"));
            assertFormCovers(form, props, aspect.getAttribute("name"));
        }
    }

    @Test
    void everyPropertyOfEveryTypeHasAFieldInItsEditForm() {
        for (Element type : classes("types")) {
            String name = type.getAttribute("name");
            List<String> props = new ArrayList<>(ownProperties(type));
            for (String aspect : mandatoryAspects(type)) {
                props.addAll(ownProperties(classElement(aspect)));
            }
            if (props.isEmpty()) { // the type still gets an edit form with the cm:content fields
                assertThat(shown(defaultForm("node-type", name))).as(name).contains("cm:name", "cm:title");
                continue;
            }
            assertFormCovers(defaultForm("node-type", name), props, name + " (edit/view)");
        }
    }

    /** Row properties the system, the meeting, step 4 and filing write: never on the New Item form. */
    static final List<String> WRITTEN_AFTER_THE_PROPOSAL = List.of("dkip:tanggalKedaluwarsa", "dkip:tanggalTinjau",
            "dkip:tanggalSementara", "dkip:unitKode", "dkip:ppidPembantu", "dkip:status", "dkip:nomorSk", "dkip:tanggalSk",
            "dkip:pejabatPenetap", "dkip:badanPublik", "dkip:tempatPenetapan", "dkip:alasanDibuka", "dkip:keputusanRapat",
            "dkip:hasilUjiKonsekuensi", "dkip:catatanRapat", "dkip:dokumenTerarsip", "dkip:alasanTanpaDokumen");

    @Test
    void dataListRowsHaveACreateFormAndGridColumnsButNoDeadFilterForm() {
        Element item = classElement("dkip:itemDkip");
        List<String> props = new ArrayList<>(ownProperties(item));
        props.addAll(ownProperties(classElement("dkip:dikecualikan")));
        // New Item shows what the proposing unit writes; what the system and the later steps write is not offered
        // there (seen in a real Share: the create form offered the meeting's decision, the SK and the status)
        List<String> proposed = props.stream().filter(p -> !WRITTEN_AFTER_THE_PROPOSAL.contains(p)).toList();
        assertFormCovers(defaultForm("model-type", "dkip:itemDkip"), proposed, "dkip:itemDkip (create)");
        assertThat(shown(defaultForm("model-type", "dkip:itemDkip"))).doesNotContainAnyElementsOf(WRITTEN_AFTER_THE_PROPOSAL);
        // every name in the list is the row's (dkip:dokumenTerarsip is its association, not a property)
        assertThat(props).containsAll(WRITTEN_AFTER_THE_PROPOSAL.stream().filter(p -> !p.equals("dkip:dokumenTerarsip")).toList());

        List<String> columns = shown(form("model-type", "dkip:itemDkip", "datagrid"));
        assertThat(columns).contains("dkip:informasi", "dkip:dasarPasal17", "dkip:tingkatKeamanan", "dkip:status")
                .allSatisfy(c -> assertThat(props).as("grid column " + c + " is a property of the row").contains(c));
        // Share's data-list page reads no "filter" form (components/data-lists): filtering is on the register page
        assertThat(children(child(config("model-type", "dkip:itemDkip"), "forms"), "form"))
                .noneMatch(f -> "filter".equals(f.getAttribute("id")));
    }

    @Test
    void theAspectsFormDefinesEachFieldExactlyAsTheRowFormsSoTheirCombinationIsUnambiguous() {
        // Share combines the aspect's form with the node-type form of a DKIP row: a field defined in both must not differ.
        Element aspectForm = defaultForm("aspect", "dkip:dikecualikan");
        for (String evaluator : List.of("node-type", "model-type")) {
            Element rowForm = defaultForm(evaluator, "dkip:itemDkip");
            for (Element f : children(child(aspectForm, "appearance"), "field")) {
                if ("model-type".equals(evaluator) && WRITTEN_AFTER_THE_PROPOSAL.contains(f.getAttribute("id"))) {
                    continue; // not on the create form at all
                }
                Element other = fieldElement(rowForm, f.getAttribute("id"));
                assertThat(other).as(f.getAttribute("id") + " in the " + evaluator + " row form").isNotNull();
                for (String attr : List.of("set", "read-only", "help-id")) {
                    assertThat(other.getAttribute(attr)).as(f.getAttribute("id") + " " + attr).isEqualTo(f.getAttribute(attr));
                }
                assertThat(controlOf(rowForm, f.getAttribute("id"))).isEqualTo(controlOf(aspectForm, f.getAttribute("id")));
            }
        }
        assertThat(shown(aspectForm)).doesNotContain("dkip:entriDkip");
        assertThat(fieldElement(aspectForm, "dkip:status").getAttribute("read-only")).isEqualTo("true");
        assertThat(fieldElement(aspectForm, "dkip:tanggalTinjau").getAttribute("read-only")).isEqualTo("true");
        // the workflow finds a unit's proposals by this exact group name: set by the system, never typed
        assertThat(fieldElement(aspectForm, "dkip:ppidPembantu").getAttribute("read-only")).isEqualTo("true");
    }

    @Test
    void theUnitOfARowIsNeverTypedInShare() {
        // a mistyped unit code dropped the proposal out of step 2: the repository sets it from the row's site
        // (RegisterRowPpidBehaviour), so every form that shows it on a row or a classified document shows it read-only
        assertThat(shown(defaultForm("model-type", "dkip:itemDkip"))).doesNotContain("dkip:unitKode", "dkip:ppidPembantu");
        for (Element form : List.of(defaultForm("aspect", "dkip:dikecualikan"), defaultForm("node-type", "dkip:itemDkip"))) {
            assertThat(shown(form)).contains("dkip:unitKode");
            assertThat(fieldElement(form, "dkip:unitKode").getAttribute("read-only")).isEqualTo("true");
            assertThat(fieldElement(form, "dkip:unitKode").getAttribute("help-id")).isEqualTo("dkip.help.unitOtomatis");
        }
    }

    @Test
    void aDocumentsDkipEntryIsPickedOnTheContentForms() {
        for (String type : List.of("cm:content", "dkip:dokumenDkip", "dkip:beritaAcara", "dkip:suratKeputusan", "dkip:lembarUjiKonsekuensi")) {
            Element form = defaultForm("node-type", type);
            assertThat(shown(form)).as(type).contains("dkip:entriDkip");
            // the module's picker: the site's DKIP rows by name (object-finder.js would start outside the data lists,
            // whose own names are GUIDs)
            assertThat(controlOf(form, "dkip:entriDkip")).isEqualTo(ENTRY_PICKER);
        }
    }

    @Test
    void documentTypesAreOfferedAsSubtypesAndShareKeepsItsOwnAspectLists() {
        Element docLib = config("string-compare", "DocumentLibrary");
        List<String> subtypes = attributeValues(docLib, "subtype", "name");
        assertThat(subtypes).containsExactly("dkip:dokumenDkip", "dkip:beritaAcara", "dkip:suratKeputusan", "dkip:lembarUjiKonsekuensi");
        Element aspects = child(docLib, "aspects");
        // Share (config.lib.js, aspects.js) reads a non-empty addable/removeable list as the whole list: none here
        assertThat(child(aspects, "addable")).isNull();
        assertThat(child(aspects, "removeable")).isNull();
        assertThat(attributeValues(child(aspects, "visible"), "aspect", "name"))
                .containsExactly("dkip:dikecualikan", "dkip:retensiArsip", "dkip:saranPemindaian");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_id"})
    void everyAspectAndTypeShareListsHasTheLabelShareLooksUp(String suffix) throws Exception {
        Properties bundle = bundle(suffix);
        Element docLib = config("string-compare", "DocumentLibrary");
        for (String a : attributeValues(child(docLib, "aspects"), "aspect", "name")) {
            assertThat(bundle.getProperty("aspect." + a.replace(':', '_'))).as(a).isNotBlank();
        }
        for (String t : attributeValues(docLib, "subtype", "name")) {
            assertThat(bundle.getProperty("type." + t.replace(':', '_'))).as(t).isNotBlank();
        }
    }

    @Test
    void everyDkipEntryFieldIsInASetSoShareDropsItWhereTheRepositoryHasNoSuchField() {
        // FormUIGet.generateTransientFieldModel: a set-less field with a control and no definition is rendered anyway
        int n = 0;
        for (Element f : elements(config, null, "field")) {
            if ("dkip:entriDkip".equals(f.getAttribute("id"))) {
                assertThat(f.getAttribute("set")).isNotBlank();
                n++;
            }
        }
        assertThat(n).isEqualTo(5);
        // the same for any field the module adds to Share's own cm:content forms (documents without DKIP aspects)
        for (Element form : children(child(config("node-type", "cm:content"), "forms"), "form")) {
            for (Element f : children(child(form, "appearance"), "field")) {
                if (f.getAttribute("id").startsWith("dkip:")) {
                    assertThat(f.getAttribute("set")).as("cm:content form field " + f.getAttribute("id")).isNotBlank();
                }
            }
        }
    }

    @Test
    void theDetailedViewKeepsTheLockBannerAndUsesNoUnknownMessageKey() throws Exception {
        Element template = elements(config("string-compare", "DocumentLibrary"), null, "template").get(0);
        assertThat(attributeValues(template, "banner", "id")).containsExactly("lockBanner");
        String xml = Files.readString(RESOURCES.resolve("META-INF/share-config-custom.xml"));
        assertThat(xml).doesNotContain("doclib.metadata.categories").contains("{categories}");
    }

    @Test
    void sopDocumentFormsHaveTagsCategoriesAndSharesEditTemplate() {
        for (String type : List.of("dkip:dokumenDkip", "dkip:beritaAcara", "dkip:suratKeputusan", "dkip:lembarUjiKonsekuensi")) {
            Element simple = form("node-type", type, "doclib-simple-metadata");
            assertThat(shown(simple)).as(type).contains("cm:taggable", "cm:categories");
            assertThat(child(simple, "edit-form").getAttribute("template")).isEqualTo("../documentlibrary/forms/doclib-simple-metadata.ftl");
            assertThat(shown(defaultForm("node-type", type))).as(type).contains("cm:taggable", "cm:categories");
        }
    }

    @Test
    void actionsAreOfferedOnlyWhereDkipWorkHappens() {
        Map<String, String> evaluators = new LinkedHashMap<>();
        for (Element a : elements(child(config("string-compare", "DocLibActions"), "actions"), null, "action")) {
            evaluators.put(a.getAttribute("id"), text(a, "evaluator"));
        }
        assertThat(evaluators).doesNotContainValue(null);
        assertThat(bean("evaluator.dkip.doclib.inDkipFlow").getAttribute("parent")).isEqualTo("evaluator.doclib.action.hasAnyAspect");
        assertThat(evaluators.get("dkip-arsipkan")).isEqualTo("evaluator.dkip.doclib.inDkipFlow");
        // the matrix import needs an officer in a site, not just any PDF or DOCX
        List<String> chain = elements(bean(evaluators.get("dkip-impor-matriks")), BEANS, "ref").stream().map(e -> e.getAttribute("bean")).toList();
        assertThat(chain).contains("evaluator.dkip.doclib.officerInSite", "evaluator.dkip.doclib.isMatrixFile");
        assertThat(bean("evaluator.dkip.doclib.matrixImportOffered").getAttribute("parent")).isEqualTo("evaluator.doclib.action.chainedMatchAll");
    }

    @Test
    void eachSkkaadLevelHasItsBadgeFromTheStoredValue() {
        Map<String, String> byIndicator = new LinkedHashMap<>();
        for (Element i : elements(config("string-compare", "DocumentLibrary"), null, "indicator")) {
            if (i.getAttribute("id").startsWith("dkip-tingkat-")) {
                Element bean = bean(text(i, "evaluator"));
                assertThat(bean.getAttribute("parent")).isEqualTo("evaluator.doclib.action.value");
                String accessor = elements(bean, BEANS, "property").stream().filter(p -> "accessor".equals(p.getAttribute("name")))
                        .findFirst().orElseThrow().getAttribute("value");
                assertThat(accessor).isEqualTo("node.properties.dkip:tingkatKeamanan");
                String value = elements(bean, BEANS, "property").stream().filter(p -> "value".equals(p.getAttribute("name")))
                        .findFirst().orElseThrow().getAttribute("value");
                byIndicator.put(i.getAttribute("id"), value);
            }
        }
        assertThat(byIndicator.values()).containsExactlyElementsOf(listValues("dkip:tingkatKeamanan"));
    }

    @Test
    void theDropFolderShowsItsWebdavAddressThroughTheModulesRenderer() throws Exception {
        Element template = elements(config("string-compare", "DocumentLibrary"), null, "template").stream()
                .filter(t -> "dkip-folderPenerimaan".equals(t.getAttribute("id"))).findFirst().orElseThrow();
        assertThat(template.getTextContent()).contains("{dkipWebdav dkip.metadata.webdav}");
        assertThat(Files.readString(WEB.resolve("dkip/components/dkip-actions.js"))).contains("propertyName: \"dkipWebdav\"");
    }

    @Test
    void dkipCssIsLoadedWithTheDocumentLibrary() throws Exception {
        String extension = Files.readString(RESOURCES.resolve("alfresco/site-data/extensions/dkip-share-extension.xml"));
        Matcher css = Pattern.compile("<css src=\"/([^\"]+)\"").matcher(extension);
        assertThat(css.find()).isTrue();
        assertThat(WEB.resolve(css.group(1))).exists();
    }

    @Test
    void exemptedDocumentsGetAnIndicatorFromShareStockHasAspectEvaluator() {
        Element indicator = elements(config("string-compare", "DocumentLibrary"), null, "indicator").stream()
                .filter(e -> "dkip-dikecualikan".equals(e.getAttribute("id"))).findFirst().orElseThrow();
        String evaluator = text(indicator, "evaluator");
        Element bean = bean(evaluator);
        assertThat(bean.getAttribute("parent")).isEqualTo("evaluator.doclib.action.hasAspect");
        assertThat(elements(bean, BEANS, "value").stream().map(Node::getTextContent).toList()).containsExactly("dkip:dikecualikan");
        for (Element i : elements(config, null, "indicator")) {
            assertThat(WEB.resolve("components/documentlibrary/indicators/" + i.getAttribute("icon"))).as("indicator icon").exists();
        }
    }

    @Test
    void everyEvaluatorTheConfigNamesIsStockOrDefinedInTheShareContext() {
        Set<String> own = new LinkedHashSet<>();
        for (Element b : elements(springContext, BEANS, "bean")) {
            own.add(b.getAttribute("id"));
        }
        for (Element e : elements(config, null, "evaluator")) {
            String id = e.getTextContent().trim();
            if (id.startsWith("evaluator.dkip.")) {
                assertThat(own).as("evaluator " + id).contains(id);
            } else {
                assertThat(id).as("a Share stock evaluator").startsWith("evaluator.doclib.");
            }
        }
        for (Element b : elements(springContext, BEANS, "ref")) {
            String ref = b.getAttribute("bean");
            assertThat(own.contains(ref) || ref.startsWith("evaluator.doclib.")).as("ref " + ref).isTrue();
        }
    }

    @Test
    void actionsAreDefinedPlacedAndHaveIconsAndClientCode() throws Exception {
        Element actionsConfig = config("string-compare", "DocLibActions");
        Map<String, Element> actions = new LinkedHashMap<>();
        for (Element a : elements(child(actionsConfig, "actions"), null, "action")) {
            actions.put(a.getAttribute("id"), a);
        }
        assertThat(actions).containsOnlyKeys("dkip-arsipkan", "dkip-pindai-data-pribadi", "dkip-impor-matriks", "dkip-ekspor");
        for (Element group : elements(child(actionsConfig, "actionGroups"), null, "actionGroup")) {
            for (Element a : elements(group, null, "action")) {
                assertThat(actions).as("action placed in " + group.getAttribute("id")).containsKey(a.getAttribute("id"));
            }
        }
        for (String group : List.of("document-browse", "document-details")) {
            Element g = elements(child(actionsConfig, "actionGroups"), null, "actionGroup").stream()
                    .filter(e -> group.equals(e.getAttribute("id"))).findFirst().orElseThrow();
            assertThat(attributeValues(g, "action", "id")).containsExactlyInAnyOrderElementsOf(actions.keySet());
        }
        for (Element a : actions.values()) {
            assertThat(WEB.resolve("components/documentlibrary/actions/" + a.getAttribute("icon") + "-16.png")).exists();
        }
        // repository actions are called by their agreed names
        assertThat(param(actions.get("dkip-arsipkan"), "itemId")).isEqualTo("dkip-arsipkan");
        assertThat(param(actions.get("dkip-pindai-data-pribadi"), "action")).isEqualTo("dkip-pindai-data-pribadi");
        assertThat(param(actions.get("dkip-impor-matriks"), "itemId")).isEqualTo("dkip-impor-matriks");
        // the export's client function is registered by the script the extension module loads
        String function = param(actions.get("dkip-ekspor"), "function");
        String extension = Files.readString(RESOURCES.resolve("alfresco/site-data/extensions/dkip-share-extension.xml"));
        Matcher js = Pattern.compile("<js src=\"/([^\"]+)\"").matcher(extension);
        StringBuilder scripts = new StringBuilder();
        while (js.find()) {
            scripts.append(Files.readString(WEB.resolve(js.group(1))));
        }
        assertThat(scripts.toString()).contains("actionName: \"" + function + "\"").contains("dkip/register/export?site=");
    }

    @Test
    void theArchiveActionsDialogAsksForEntryAndLevel() {
        Element form = child(child(config("string-compare", "dkip-arsipkan"), "forms"), "form");
        assertThat(shown(form)).contains("entri-dkip", "tingkat-keamanan");
        assertThat(controlOf(form, "entri-dkip")).isEqualTo(ENTRY_PICKER);
        assertThat(controlOf(form, "tingkat-keamanan")).endsWith("selectone.ftl");
        String options = elements(form, null, "control-param").stream().filter(p -> "options".equals(p.getAttribute("name")))
                .findFirst().orElseThrow().getTextContent();
        for (String level : List.of("Biasa/Terbuka", "Terbatas", "Rahasia", "Sangat Rahasia")) {
            assertThat(options).contains(level + "|" + level);
        }
        assertThat(listValues("dkip:tingkatKeamanan")).containsExactly("Biasa/Terbuka", "Terbatas", "Rahasia", "Sangat Rahasia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_id"})
    void everyMessageTheConfigUsesExistsInBothLanguages(String suffix) throws Exception {
        Properties bundle = bundle(suffix);
        Set<String> used = new TreeSet<>();
        for (Element e : elements(config, null, "*")) {
            for (String attr : List.of("label-id", "help-id", "label")) {
                if (e.getAttribute(attr).startsWith("dkip.")) {
                    used.add(e.getAttribute(attr));
                }
            }
            if ("param".equals(e.getLocalName()) && e.getAttribute("name").endsWith("Message")) {
                used.add(e.getTextContent().trim());
            }
        }
        Matcher m = Pattern.compile("\\{dkip\\w+ (dkip\\.[\\w.]+)}").matcher(Files.readString(RESOURCES.resolve("META-INF/share-config-custom.xml")));
        while (m.find()) {
            used.add(m.group(1));
        }
        Matcher js = Pattern.compile("msg\\(\"(dkip\\.[\\w.]+)\"").matcher(Files.readString(WEB.resolve("dkip/components/dkip-actions.js")));
        while (js.find()) {
            used.add(js.group(1));
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(used.stream().filter(k -> bundle.getProperty(k) == null || bundle.getProperty(k).isBlank()).toList()).isEmpty();
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTheBundleIsRegistered() throws Exception {
        assertThat(new TreeSet<>(bundle("_en").stringPropertyNames())).isEqualTo(new TreeSet<>(bundle("").stringPropertyNames()));
        assertThat(bundle("_id")).isEqualTo(bundle(""));
        assertThat(bundle("").getProperty("dkip.action.arsipkan")).isEqualTo("Arsipkan sebagai informasi dikecualikan");
        List<String> registered = elements(bean("dkip.share.resources"), BEANS, "value").stream().map(Node::getTextContent).toList();
        assertThat(registered).containsExactly("alfresco.web-extension.messages.dkip-share");
    }

    // ------------------------------------------------------------------ the field checks

    static void assertFormCovers(Element form, List<String> props, String what) {
        assertThat(props).as(what + " has properties").isNotEmpty();
        List<String> shown = shown(form);
        List<String> problems = new ArrayList<>();
        for (String p : props) {
            if (!shown.contains(p)) {
                problems.add(p + " not shown");
                continue;
            }
            String control = controlOf(form, p);
            if (control == null) {
                problems.add(p + " has no control");
                continue;
            }
            String expected = expectedControl(PROPERTIES.get(p));
            if (expected != null && !control.equals(CONTROLS + expected)) {
                problems.add(p + " uses " + control + " instead of " + expected);
            }
        }
        assertThat(problems).as(what).isEmpty();
    }

    /** The control a property's data type and constraint call for; null where several fit (plain text). */
    static String expectedControl(Element property) {
        String type = text(property, "type");
        boolean multiple = "true".equals(text(property, "multiple"));
        for (Element c : elements(property, DICT, "constraint")) {
            if (LIST_CONSTRAINTS.contains(c.getAttribute("ref"))) {
                return multiple ? "selectmany.ftl" : "selectone.ftl";
            }
        }
        return switch (type) {
            case "d:date", "d:datetime" -> "date.ftl";
            case "d:int", "d:long" -> "number.ftl";
            case "d:boolean" -> "checkbox.ftl";
            default -> {
                String n = property.getAttribute("name");
                // the texts agencies write at length
                yield List.of("dkip:informasi", "dkip:akibatDibuka", "dkip:manfaatDitutup", "dkip:pertimbanganPublik",
                        "dkip:dasarHukumTeks", "dkip:alasanDibuka", "dkip:hasilUjiKonsekuensi", "dkip:catatanRapat").contains(n) ? "textarea.ftl" : null;
            }
        };
    }

    // ------------------------------------------------------------------ helpers

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve("alfresco/web-extension/messages/dkip-share" + suffix + ".properties"),
                StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    static List<String> ownProperties(Element cls) {
        List<String> out = new ArrayList<>();
        Element props = child(cls, "properties");
        if (props != null) {
            for (Element p : children(props, "property")) {
                out.add(p.getAttribute("name"));
            }
        }
        return out;
    }

    static List<String> mandatoryAspects(Element cls) {
        Element ma = child(cls, "mandatory-aspects");
        return ma == null ? List.of() : children(ma, "aspect").stream().map(e -> e.getTextContent().trim()).toList();
    }

    /** The types or aspects of the model (not the {@code <type>} of a property). */
    static List<Element> classes(String section) {
        Element s = child(model.getDocumentElement(), section);
        return children(s, section.substring(0, section.length() - 1));
    }

    static Element classElement(String name) {
        for (String section : List.of("types", "aspects")) {
            for (Element e : classes(section)) {
                if (name.equals(e.getAttribute("name"))) {
                    return e;
                }
            }
        }
        throw new AssertionError("no class " + name);
    }

    static List<String> listValues(String constraint) {
        Element c = elements(model, DICT, "constraint").stream().filter(e -> constraint.equals(e.getAttribute("name"))).findFirst().orElseThrow();
        return elements(c, DICT, "value").stream().filter(e -> "list".equals(e.getParentNode().getLocalName()))
                .map(e -> e.getTextContent().trim()).toList();
    }

    static Element config(String evaluator, String condition) {
        return children(config.getDocumentElement(), "config").stream()
                .filter(c -> evaluator.equals(c.getAttribute("evaluator")) && condition.equals(c.getAttribute("condition")))
                .findFirst().orElseThrow(() -> new AssertionError("no <config evaluator=\"" + evaluator + "\" condition=\"" + condition + "\">"));
    }

    static Element form(String evaluator, String condition, String id) {
        return children(child(config(evaluator, condition), "forms"), "form").stream()
                .filter(f -> Objects.equals(id == null ? "" : id, f.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + id + " for " + condition));
    }

    static Element defaultForm(String evaluator, String condition) {
        return form(evaluator, condition, null);
    }

    static List<String> shown(Element form) {
        return attributeValues(child(form, "field-visibility"), "show", "id");
    }

    static String controlOf(Element form, String fieldId) {
        Element appearance = child(form, "appearance");
        if (appearance == null) {
            return null;
        }
        for (Element f : children(appearance, "field")) {
            if (fieldId.equals(f.getAttribute("id"))) {
                Element control = child(f, "control");
                return control == null ? null : control.getAttribute("template");
            }
        }
        return null;
    }

    static Element fieldElement(Element form, String fieldId) {
        for (Element f : children(child(form, "appearance"), "field")) {
            if (fieldId.equals(f.getAttribute("id"))) {
                return f;
            }
        }
        return null;
    }

    static String param(Element action, String name) {
        return children(action, "param").stream().filter(p -> name.equals(p.getAttribute("name"))).findFirst()
                .map(p -> p.getTextContent().trim()).orElse(null);
    }

    static Element bean(String id) {
        return elements(springContext, BEANS, "bean").stream().filter(b -> id.equals(b.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no bean " + id));
    }

    static List<String> attributeValues(Element parent, String local, String attr) {
        return parent == null ? List.of() : elements(parent, null, local).stream().map(e -> e.getAttribute(attr)).toList();
    }

    static List<Element> elements(Node parent, String ns, String local) {
        NodeList nl = parent instanceof Document d
                ? (ns == null ? d.getElementsByTagName(local) : d.getElementsByTagNameNS(ns, local))
                : (ns == null ? ((Element) parent).getElementsByTagName(local) : ((Element) parent).getElementsByTagNameNS(ns, local));
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String local) {
        List<Element> c = children(parent, local);
        return c.isEmpty() ? null : c.get(0);
    }

    static String text(Element parent, String local) {
        Element c = child(parent, local);
        return c == null ? null : c.getTextContent().trim();
    }
}
