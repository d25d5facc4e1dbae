package org.alfresco.service.namespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** QName behaves as Alfresco 26.1's (alfresco-data-model) for the names the module builds and parses. */
class QNameTest {
    private static final String DKIP = "http://www.dkip.id/model/content/1.0";
    private static final String CM = "http://www.alfresco.org/model/content/1.0";

    @ParameterizedTest
    @CsvSource({
            "{http://www.dkip.id/model/content/1.0}dikecualikan, http://www.dkip.id/model/content/1.0, dikecualikan",
            "{http://www.dkip.id/model/workflow/1.0}rapatTask, http://www.dkip.id/model/workflow/1.0, rapatTask",
            "{http://www.alfresco.org/model/content/1.0}name, http://www.alfresco.org/model/content/1.0, name",
            "{}bare, '', bare",
            "bare, '', bare",
            // the local name runs to the end, braces and all
            "{urn:x}a}b, urn:x, a}b"
    })
    void parsesTheStringFormAndPrintsItBack(String text, String uri, String local) {
        QName q = QName.createQName(text);
        assertThat(q.getNamespaceURI()).isEqualTo(uri);
        assertThat(q.getLocalName()).isEqualTo(local);
        assertThat(q).isEqualTo(QName.createQName(uri, local));
        assertThat(QName.createQName(q.toString())).isEqualTo(q);
        assertThat(q).hasToString("{" + uri + "}" + local);
    }

    @Test
    void hashCodeIsAlfrescosFormula() {
        QName q = QName.createQName(DKIP, "dikecualikan");
        assertThat(q.hashCode()).isEqualTo(37 * "dikecualikan".hashCode() + DKIP.hashCode());
        assertThat(QName.createQName(CM, "dikecualikan").hashCode()).isNotEqualTo(q.hashCode());
    }

    @Test
    void equalityNeedsNamespaceAndLocalName() {
        QName q = QName.createQName(DKIP, "status");
        assertThat(q).isEqualTo(QName.createQName("{" + DKIP + "}status"))
                .isNotEqualTo(QName.createQName(CM, "status"))
                .isNotEqualTo(QName.createQName(DKIP, "Status"))
                .isNotEqualTo("{" + DKIP + "}status");
        assertThat(q.isMatch(QName.createQName(DKIP, "status"))).isTrue();
        assertThat(q.isMatch(QName.createQName(CM, "status"))).isFalse();
    }

    @Test
    void nullAndEmptySubstituteMeanTheDefaultNamespace() {
        assertThat(QName.createQName(null, "x")).isEqualTo(QName.createQName("", "x")).hasToString("{}x");
        assertThat(QName.createQName(QName.EMPTY_URI_SUBSTITUTE, "x")).isEqualTo(QName.createQName("x"));
    }

    @Test
    void ordersByNamespaceThenLocalName() {
        List<QName> names = new ArrayList<>(List.of(
                QName.createQName(DKIP, "b"), QName.createQName(CM, "z"), QName.createQName(DKIP, "a")));
        names.sort(null);
        assertThat(names).containsExactly(QName.createQName(CM, "z"), QName.createQName(DKIP, "a"), QName.createQName(DKIP, "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{" + DKIP + "}", "{" + DKIP + "status", "dkip{x}status"})
    void rejectsWhatAlfrescoRejects(String text) {
        assertThatThrownBy(() -> QName.createQName(text)).isInstanceOf(InvalidQNameException.class);
    }

    @Test
    void aLocalNameIsMandatory() {
        assertThatThrownBy(() -> QName.createQName(DKIP, "")).isInstanceOf(InvalidQNameException.class);
        assertThatThrownBy(() -> QName.createQName(DKIP, null)).isInstanceOf(InvalidQNameException.class);
        assertThatThrownBy(() -> QName.createQName(null)).isInstanceOf(InvalidQNameException.class)
                .isInstanceOf(NamespaceException.class);
    }
}
