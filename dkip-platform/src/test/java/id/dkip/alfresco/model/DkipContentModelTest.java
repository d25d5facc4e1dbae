package id.dkip.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalCatalogue;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.EntryStatus;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps the content model XML, {@link DkipModel} and the label bundles in step: every constant is declared in the
 * model and every model name has a constant; every class, property and association has a title in Indonesian and
 * English; every LIST value has a label; the constrained values are the ones the core's enums write.
 */
class DkipContentModelTest {

    static final String DICT = "http://www.alfresco.org/model/dictionary/1.0";
    static final String MODEL = "alfresco/module/dkip-platform/model/dkipContentModel.xml";
    static final String BUNDLE = "alfresco/module/dkip-platform/messages/dkip-content-model";

    static Document model;
    static Map<String, String> prefixes = new HashMap<>();
    /** kind ("type", "aspect", "property", "association", "constraint") to the QNames of that kind. */
    static Map<String, Set<QName>> declared = new LinkedHashMap<>();

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = resource(MODEL)) {
            model = f.newDocumentBuilder().parse(in);
        }
        for (Element ns : elements("namespace")) {
            prefixes.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
        }
        for (Element ns : elements("import")) {
            prefixes.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
        }
        for (String kind : List.of("type", "aspect", "property", "association", "child-association", "constraint")) {
            Set<QName> names = new LinkedHashSet<>();
            for (Element e : elements(kind)) {
                if (e.hasAttribute("name")) {
                    names.add(qname(e.getAttribute("name")));
                }
            }
            declared.computeIfAbsent(kind.equals("child-association") ? "association" : kind, k -> new LinkedHashSet<>()).addAll(names);
        }
    }

    @Test
    void modelUsesTheAgreedNamespace() {
        assertThat(model.getDocumentElement().getAttribute("name")).isEqualTo("dkip:contentModel");
        assertThat(prefixes).containsEntry(DkipModel.PREFIX, DkipModel.URI);
    }

    @Test
    void everyDkipModelConstantIsDeclaredInTheModelAsItsKind() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, QName> c : constants().entrySet()) {
            String kind = kindOfConstant(c.getKey());
            if (!declared.get(kind).contains(c.getValue())) {
                wrong.add(c.getKey() + " = " + c.getValue() + " is not a " + kind + " of the model");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyModelNameHasADkipModelConstant() throws Exception {
        Set<QName> constants = new LinkedHashSet<>(constants().values());
        List<QName> missing = new ArrayList<>();
        for (String kind : List.of("type", "aspect", "property", "association")) {
            for (QName q : declared.get(kind)) {
                if (!constants.contains(q)) {
                    missing.add(q);
                }
            }
        }
        assertThat(missing).as("model names without a DkipModel constant").isEmpty();
    }

    @Test
    void mapperPropertiesAreAllPropertiesOfTheExemptionAspect() {
        assertThat(propertiesOf("dkip:dikecualikan")).containsAll(EntryNodeMapper.ENTRY_PROPERTIES)
                .containsOnlyOnceElementsOf(EntryNodeMapper.ENTRY_PROPERTIES)
                .contains(DkipModel.PROP_ALASAN_DIBUKA); // the only aspect property the entry does not carry
        assertThat(propertiesOf("dkip:dikecualikan")).hasSize(EntryNodeMapper.ENTRY_PROPERTIES.size() + 1);
        assertThat(propertiesOf("dkip:rujukanHukum")).containsExactlyElementsOf(EntryNodeMapper.REFERENCE_PROPERTIES);
    }

    @Test
    void structureTheOtherEngineersRelyOn() {
        Element item = classElement("dkip:itemDkip");
        assertThat(text(item, "parent")).isEqualTo("dl:dataListItem");
        assertThat(childTexts(item, "mandatory-aspects", "aspect")).containsExactly("dkip:dikecualikan");
        for (String doc : List.of("dkip:dokumenDkip", "dkip:beritaAcara", "dkip:suratKeputusan", "dkip:lembarUjiKonsekuensi")) {
            assertThat(text(classElement(doc), "parent")).as(doc).isEqualTo("cm:content");
        }
        Element rujukan = association("dkip:rujukanLain");
        assertThat(rujukan.getLocalName()).isEqualTo("child-association");
        assertThat(targetClass(rujukan)).isEqualTo("dkip:rujukanHukum");
        assertThat(targetClass(association("dkip:dokumenTerarsip"))).isEqualTo("cm:content");
        assertThat(targetClass(association("dkip:entriDkip"))).isEqualTo("dkip:itemDkip");
        // aspects with no parent can be applied to any document or folder
        for (String aspect : List.of("dkip:dikecualikan", "dkip:retensiArsip", "dkip:areaArsip", "dkip:folderPenerimaan")) {
            assertThat(text(classElement(aspect), "parent")).as(aspect).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dkip:tanggalTinjau", "dkip:tanggalSementara", "dkip:tanggalKedaluwarsa", "dkip:status", "dkip:jenisJangkaWaktu",
            "dkip:tingkatKeamanan", "dkip:unitKode", "dkip:dasarPasal17"})
    void fieldsTheExpiryAndRegisterQueriesFilterOnAreIndexedAtomicNonTokenised(String name) {
        Element index = child(property(name), "index");
        assertThat(index).as(name + " has an <index>").isNotNull();
        assertThat(index.getAttribute("enabled")).isEqualTo("true");
        assertThat(text(index, "atomic")).isEqualTo("true");
        assertThat(text(index, "tokenised")).isEqualTo("false");
        assertThat(text(index, "facetable")).isEqualTo("true");
    }

    @Test
    void propertyTypesAreTheOnesTheMapperWrites() {
        assertThat(text(property("dkip:dasarPasal17"), "multiple")).isEqualTo("true");
        for (QName q : EntryNodeMapper.ENTRY_PROPERTIES) {
            String type = text(property(q.getLocalName()), "type");
            String expected = q.equals(DkipModel.PROP_TANGGAL_SEMENTARA) ? "d:boolean"
                    : q.getLocalName().startsWith("tanggal") || q.equals(DkipModel.PROP_MULAI_BERLAKU)
                    || q.equals(DkipModel.PROP_JANGKA_WAKTU_SAMPAI) ? "d:date"
                    : q.equals(DkipModel.PROP_JANGKA_WAKTU_TAHUN) || q.equals(DkipModel.PROP_JANGKA_WAKTU_BULAN) ? "d:int"
                    : "d:text";
            assertThat(type).as(q.toString()).isEqualTo(expected);
        }
        assertThat(text(property("dkip:tahunPeraturan"), "type")).isEqualTo("d:int");
        assertThat(text(property("dkip:status"), "default")).isEqualTo(EntryStatus.USULAN.modelValue());
    }

    @Test
    void constrainedValuesAreTheOnesTheCoreWrites() {
        assertThat(listValues("dkip:tingkatKeamanan"))
                .containsExactlyElementsOf(Arrays.stream(SecurityLevel.values()).map(SecurityLevel::modelValue).toList())
                .containsExactly("Biasa/Terbuka", "Terbatas", "Rahasia", "Sangat Rahasia");
        assertThat(listValues("dkip:statusEntri"))
                .containsExactlyElementsOf(Arrays.stream(EntryStatus.values()).map(EntryStatus::modelValue).toList());
        assertThat(listValues("dkip:jenisJangkaWaktu"))
                .containsExactlyElementsOf(Arrays.stream(ExemptionPeriod.Kind.values()).map(EntryNodeMapper::periodKindValue).toList());
        assertThat(listValues("dkip:nasibAkhir")).containsExactly("musnah", "permanen", "dinilai kembali");
        assertThat(listValues("dkip:keputusanRapat")).containsExactly("terima", "revisi", "tolak");
        assertThat(constraintRefs("dkip:status")).containsExactly("dkip:statusEntri");
        assertThat(constraintRefs("dkip:tingkatKeamanan")).containsExactly("dkip:tingkatKeamanan");
        assertThat(constraintRefs("dkip:dasarPasal17")).containsExactly("dkip:pasal17");
        assertThat(constraintRefs("dkip:saranPasal17")).containsExactly("dkip:pasal17");
        assertThat(constraintRefs("dkip:nasibAkhir")).containsExactly("dkip:nasibAkhir");
        assertThat(constraintRefs("dkip:jenisJangkaWaktu")).containsExactly("dkip:jenisJangkaWaktu");
        assertThat(constraintRefs("dkip:keputusanRapat")).containsExactly("dkip:keputusanRapat");
    }

    @Test
    void pasal17ConstraintHoldsEveryGroundAndSubPointOfTheLaw() {
        List<String> expected = new ArrayList<>();
        Map<Character, Integer> subPoints = new LinkedHashMap<>();
        subPoints.put('a', 5); subPoints.put('b', 0); subPoints.put('c', 7); subPoints.put('d', 0); subPoints.put('e', 7);
        subPoints.put('f', 4); subPoints.put('g', 0); subPoints.put('h', 5); subPoints.put('i', 0); subPoints.put('j', 0);
        subPoints.forEach((letter, n) -> {
            expected.add("17" + letter);
            for (int i = 1; i <= n; i++) {
                expected.add("17" + letter + i);
            }
        });
        assertThat(listValues("dkip:pasal17")).containsExactlyElementsOf(expected).hasSize(38);
        // and the same codes, in the same order, as the core's legal catalogue the validator uses
        assertThat(listValues("dkip:pasal17")).containsExactlyElementsOf(LegalCatalogue.standard().codes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void everyClassPropertyAndAssociationHasATitle(String suffix) throws Exception {
        Properties labels = bundle(suffix);
        List<String> missing = new ArrayList<>();
        for (String kind : List.of("type", "aspect", "property", "association")) {
            for (QName q : declared.get(kind)) {
                String key = "dkip_contentModel." + kind + ".dkip_" + q.getLocalName() + ".title";
                String v = labels.getProperty(key);
                if (v == null || v.isBlank()) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(labels.getProperty("dkip_contentModel.description")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void everyListValueHasALabel(String suffix) throws Exception {
        Properties labels = bundle(suffix);
        List<String> missing = new ArrayList<>();
        for (QName c : declared.get("constraint")) {
            for (String value : listValues("dkip:" + c.getLocalName())) {
                // ListOfValuesConstraint#getDisplayLabel: "listconstraint." + short name with ':' -> '_' + "." + value
                String key = "listconstraint.dkip_" + c.getLocalName() + "." + value;
                if (labels.getProperty(key) == null || labels.getProperty(key).isBlank()) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEnglishIsNotACopy() throws Exception {
        Properties id = bundle("");
        Properties en = bundle("_en");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(id.stringPropertyNames()));
        assertThat(en.getProperty("dkip_contentModel.aspect.dkip_dikecualikan.title")).isEqualTo("Exempted information");
        assertThat(id.getProperty("dkip_contentModel.aspect.dkip_dikecualikan.title")).isEqualTo("Informasi dikecualikan");
        long same = id.stringPropertyNames().stream().filter(k -> id.getProperty(k).equals(en.getProperty(k))).count();
        assertThat(same).as("labels identical in both languages").isLessThan(id.size() / 10);
    }

    @Test
    void everyLabelKeyNamesSomethingInTheModel() throws Exception {
        Set<String> known = new LinkedHashSet<>();
        known.add("dkip_contentModel.description");
        for (String kind : List.of("type", "aspect", "property", "association")) {
            for (QName q : declared.get(kind)) {
                known.add("dkip_contentModel." + kind + ".dkip_" + q.getLocalName() + ".title");
                known.add("dkip_contentModel." + kind + ".dkip_" + q.getLocalName() + ".description");
            }
        }
        for (QName c : declared.get("constraint")) {
            for (String value : listValues("dkip:" + c.getLocalName())) {
                known.add("listconstraint.dkip_" + c.getLocalName() + "." + value);
            }
        }
        Set<String> stray = bundle("").stringPropertyNames().stream().filter(k -> !known.contains(k)).collect(Collectors.toSet());
        assertThat(stray).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    static Map<String, QName> constants() throws IllegalAccessException {
        Map<String, QName> out = new LinkedHashMap<>();
        for (Field f : DkipModel.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == QName.class) {
                out.put(f.getName(), (QName) f.get(null));
            }
        }
        assertThat(out).hasSizeGreaterThan(60);
        return out;
    }

    static String kindOfConstant(String field) {
        if (field.startsWith("ASPECT_")) {
            return "aspect";
        }
        if (field.startsWith("TYPE_")) {
            return "type";
        }
        if (field.startsWith("PROP_")) {
            return "property";
        }
        if (field.startsWith("ASSOC_")) {
            return "association";
        }
        throw new AssertionError("DkipModel constant " + field + " has no ASPECT_/TYPE_/PROP_/ASSOC_ prefix");
    }

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        // Alfresco reads model bundles as ISO-8859-1 .properties (non-ASCII as \\uXXXX).
        try (Reader r = new InputStreamReader(resource(BUNDLE + suffix + ".properties"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    static InputStream resource(String path) {
        InputStream in = DkipContentModelTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    static QName qname(String prefixed) {
        int i = prefixed.indexOf(':');
        return QName.createQName(prefixes.get(prefixed.substring(0, i)), prefixed.substring(i + 1));
    }

    static List<Element> elements(String local) {
        NodeList nl = model.getElementsByTagNameNS(DICT, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    static Element named(String local, String name) {
        return elements(local).stream().filter(e -> name.equals(e.getAttribute("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + local + " " + name));
    }

    static Element classElement(String name) {
        return elements("type").stream().filter(e -> name.equals(e.getAttribute("name"))).findFirst()
                .orElseGet(() -> named("aspect", name));
    }

    static Element property(String name) {
        return named("property", name.contains(":") ? name : "dkip:" + name);
    }

    static Element association(String name) {
        return elements("association").stream().filter(e -> name.equals(e.getAttribute("name"))).findFirst()
                .orElseGet(() -> named("child-association", name));
    }

    static List<QName> propertiesOf(String className) {
        Element props = child(classElement(className), "properties");
        List<QName> out = new ArrayList<>();
        for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "property".equals(e.getLocalName())) {
                out.add(qname(e.getAttribute("name")));
            }
        }
        return out;
    }

    static List<String> listValues(String constraint) {
        Element c = named("constraint", constraint);
        List<String> out = new ArrayList<>();
        NodeList nl = c.getElementsByTagNameNS(DICT, "value");
        for (int i = 0; i < nl.getLength(); i++) {
            Element v = (Element) nl.item(i);
            if (((Element) v.getParentNode()).getLocalName().equals("list")) {
                out.add(v.getTextContent().trim());
            }
        }
        return out;
    }

    static List<String> constraintRefs(String property) {
        List<String> out = new ArrayList<>();
        NodeList nl = property(property).getElementsByTagNameNS(DICT, "constraint");
        for (int i = 0; i < nl.getLength(); i++) {
            out.add(((Element) nl.item(i)).getAttribute("ref"));
        }
        return out;
    }

    static String targetClass(Element assoc) {
        return text(child(assoc, "target"), "class");
    }

    static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static String text(Element parent, String local) {
        Element c = child(parent, local);
        return c == null ? null : c.getTextContent().trim();
    }

    static List<String> childTexts(Element parent, String container, String local) {
        Element c = child(parent, container);
        List<String> out = new ArrayList<>();
        for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                out.add(e.getTextContent().trim());
            }
        }
        return out;
    }
}
