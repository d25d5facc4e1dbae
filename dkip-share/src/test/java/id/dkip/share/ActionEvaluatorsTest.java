package id.dkip.share;

import static id.dkip.share.ShareConfigTest.BEANS;
import static id.dkip.share.ShareConfigTest.child;
import static id.dkip.share.ShareConfigTest.children;
import static id.dkip.share.ShareConfigTest.config;
import static id.dkip.share.ShareConfigTest.elements;
import static id.dkip.share.ShareConfigTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Where the document actions appear (issue 12, defect 9: not on every document of every site). The module's
 * evaluator beans are evaluated here as Share evaluates them, each stock parent by its class in Share 26.1
 * (org.alfresco.web.evaluator): HasAspectEvaluator needs every aspect, HasAnyAspectEvaluator one, IsMimetypeEvaluator
 * the node's mimetype in the list, NodeTypeEvaluator the exact type, SiteBasedEvaluator a site, ChainedMatchAll/One
 * all/one of their evaluators, HasGroupMembershipsEvaluator the groups with relation AND (default) or OR. A parent
 * this interpreter does not know fails the test, so a new kind of evaluator cannot slip past it.
 */
class ActionEvaluatorsTest {

    static final String PPID_UNIT = "GROUP_DKIP_PPID_YANKES";

    /** What Share's evaluators see: the node (type, aspects, mimetype), whether it is in a site, the user's groups. */
    record Situation(String type, Set<String> aspects, String mimetype, boolean inSite, Set<String> groups) {
    }

    static final Map<String, String> ACTION_EVALUATORS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        ShareConfigTest.load();
        for (Element a : elements(child(config("string-compare", "DocLibActions"), "actions"), null, "action")) {
            ACTION_EVALUATORS.put(a.getAttribute("id"), text(a, "evaluator"));
        }
    }

    static Set<String> actionsFor(Situation s) {
        Set<String> out = new TreeSet<>();
        ACTION_EVALUATORS.forEach((action, evaluator) -> {
            if (evaluate(evaluator, s)) {
                out.add(action);
            }
        });
        return out;
    }

    static boolean evaluate(String beanId, Situation s) {
        if ("evaluator.doclib.action.siteBased".equals(beanId)) {
            return s.inSite();
        }
        Element bean = ShareConfigTest.bean(beanId);
        boolean negate = "true".equals(property(bean, "negateOutput"));
        return negate ^ switch (bean.getAttribute("parent")) {
            case "evaluator.doclib.action.hasAspect" -> s.aspects().containsAll(values(bean, "aspects"));
            case "evaluator.doclib.action.hasAnyAspect" -> values(bean, "aspects").stream().anyMatch(s.aspects()::contains);
            case "evaluator.doclib.action.isMimetype" -> values(bean, "mimetypes").contains(s.mimetype());
            case "evaluator.doclib.action.nodeType" -> values(bean, "types").contains(s.type());
            case "evaluator.doclib.action.groupMembership" -> "OR".equalsIgnoreCase(property(bean, "relation"))
                    ? values(bean, "groups").stream().anyMatch(s.groups()::contains)
                    : s.groups().containsAll(values(bean, "groups"));
            case "evaluator.doclib.action.chainedMatchAll" -> refs(bean).stream().allMatch(r -> evaluate(r, s));
            case "evaluator.doclib.action.chainedMatchOne" -> refs(bean).stream().anyMatch(r -> evaluate(r, s));
            default -> throw new AssertionError(beanId + ": parent " + bean.getAttribute("parent") + " not modelled here");
        };
    }

    static Element propertyElement(Element bean, String name) {
        return elements(bean, BEANS, "property").stream().filter(p -> name.equals(p.getAttribute("name"))).findFirst().orElse(null);
    }

    static String property(Element bean, String name) {
        Element p = propertyElement(bean, name);
        return p == null ? null : p.getAttribute("value");
    }

    static List<String> values(Element bean, String name) {
        Element p = propertyElement(bean, name);
        assertThat(p).as(bean.getAttribute("id") + " property " + name).isNotNull();
        return elements(p, BEANS, "value").stream().map(v -> v.getTextContent().trim()).toList();
    }

    static List<String> refs(Element bean) {
        return elements(propertyElement(bean, "evaluators"), BEANS, "ref").stream().map(r -> r.getAttribute("bean")).toList();
    }

    /**
     * The bean properties each stock evaluator class of Share 26.1 has a setter for (org.alfresco.web.evaluator;
     * BaseEvaluator adds negateOutput). A property without a setter stops Share's Spring context from starting.
     */
    static final Map<String, Set<String>> SETTERS = Map.of(
            "evaluator.doclib.action.hasAspect", Set.of("aspects"),
            "evaluator.doclib.action.hasAnyAspect", Set.of("aspects"),
            "evaluator.doclib.action.isMimetype", Set.of("mimetypes"),
            "evaluator.doclib.action.nodeType", Set.of("types", "allowSubtypes", "dictionary"),
            "evaluator.doclib.action.groupMembership", Set.of("groups", "relation", "slingshotEvaluatorUtil"),
            "evaluator.doclib.action.chainedMatchAll", Set.of("evaluators"),
            "evaluator.doclib.action.chainedMatchOne", Set.of("evaluators"),
            "evaluator.doclib.action.value", Set.of("accessor", "comparator"));

    @Test
    void everyEvaluatorPropertyIsOneItsShareClassCanBeGiven() {
        for (Element bean : elements(ShareConfigTest.springContext, BEANS, "bean")) {
            String parent = bean.getAttribute("parent");
            if (!parent.startsWith("evaluator.")) {
                continue;
            }
            assertThat(SETTERS).as(bean.getAttribute("id") + ": parent " + parent + " is a modelled Share evaluator").containsKey(parent);
            for (Element p : children(bean, "property")) {
                assertThat(p.getAttribute("name")).as(bean.getAttribute("id") + " property")
                        .isIn(union(SETTERS.get(parent), Set.of("negateOutput")));
            }
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    static Situation document(String mimetype, boolean inSite, String... groups) {
        return new Situation("cm:content", Set.of(), mimetype, inSite, Set.of(groups));
    }

    @Test
    void aPlainDocumentGetsNoDkipActionForSomeoneWithoutADkipRole() {
        for (String mimetype : List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "text/plain", "image/png")) {
            assertThat(actionsFor(document(mimetype, true, "GROUP_site_yankes_SiteCollaborator"))).as(mimetype).isEmpty();
        }
    }

    @Test
    void outsideASiteEvenAnOfficerGetsNoScanOrImport() {
        assertThat(actionsFor(document("application/pdf", false, "GROUP_DKIP_PETUGAS", PPID_UNIT))).isEmpty();
    }

    @Test
    void anOfficerInASiteMayScanTextAndImportMatrixFiles() {
        assertThat(actionsFor(document("application/pdf", true, "GROUP_DKIP_PETUGAS", PPID_UNIT)))
                .containsExactly("dkip-impor-matriks", "dkip-pindai-data-pribadi");
        assertThat(actionsFor(document("text/plain", true, "GROUP_DKIP_PENGELOLA_DATA"))).containsExactly("dkip-pindai-data-pribadi");
        assertThat(actionsFor(document("image/png", true, "GROUP_DKIP_PETUGAS"))).isEmpty();
    }

    @Test
    void documentsInTheDkipFlowCanBeFiledAndScannedByWhoeverMayWriteThem() {
        for (String aspect : List.of("dkip:menungguPencocokan", "dkip:saranPemindaian", "dkip:dikecualikan")) {
            Situation s = new Situation("cm:content", Set.of(aspect), "image/png", true, Set.of());
            assertThat(actionsFor(s)).as(aspect).containsExactly("dkip-arsipkan", "dkip-pindai-data-pribadi");
        }
    }

    @Test
    void theExportIsOfferedOnTheDkipDocumentAndTheArchiveAreaOnly() {
        assertThat(actionsFor(new Situation("dkip:dokumenDkip", Set.of(), "application/pdf", true, Set.of()))).containsExactly("dkip-ekspor");
        assertThat(actionsFor(new Situation("cm:folder", Set.of("dkip:areaArsip"), null, true, Set.of()))).containsExactly("dkip-ekspor");
        assertThat(actionsFor(new Situation("cm:folder", Set.of(), null, true, Set.of("GROUP_DKIP_PETUGAS")))).isEmpty();
    }
}
