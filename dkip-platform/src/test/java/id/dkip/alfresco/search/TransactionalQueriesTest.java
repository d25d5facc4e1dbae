package id.dkip.alfresco.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.alfresco.archive.ArsipkanActionExecuter;
import id.dkip.alfresco.archive.ExemptionExpiryProcessor;
import id.dkip.alfresco.workflow.AlfrescoRegister;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every query whose result must be current runs on ACS's database query engine (TMDQ) with
 * {@code QueryConsistency.TRANSACTIONAL}. What TMDQ runs (alfresco-community-repo, {@code
 * repo/search/impl/querymodel/impl/db}): {@code TYPE}, {@code ASPECT}, {@code EXACTTYPE}, {@code EXACTASPECT} and
 * property terms in identifier mode ({@code =prefix:name:"value"}) joined by AND; {@code DBFTSRange} throws "Range
 * term is unsupported", a tokenised property term throws "Analysis mode not supported for DB", and a query that
 * TMDQ refuses goes to Solr (eventual) or fails without it. This test reads every main source file, so a new
 * query elsewhere in the module is held to the same rule.
 */
class TransactionalQueriesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]++|\\\\.)*+\"");
    private static final Pattern TERM = Pattern.compile("(=?)([A-Za-z]+(?::[A-Za-z_]+)?):(\"[^\"]*\"|\\S+)");

    /** Why {@code query} would not run on TMDQ, or an empty list. */
    static List<String> violations(String query) {
        List<String> out = new ArrayList<>();
        String outside = query.replaceAll("\"[^\"]*\"", "\"\"");
        if (outside.contains("[") || outside.contains("{") || outside.matches(".*\\bTO\\b.*")) {
            out.add("range");
        }
        if (outside.matches(".*\\bOR\\b.*") || outside.contains("|")) {
            out.add("disjunction");
        }
        if (outside.contains("(")) {
            out.add("group (a disjunction of terms)");
        }
        if (outside.contains("*") || outside.contains("?") || outside.contains("~")) {
            out.add("wildcard/fuzzy");
        }
        Matcher m = TERM.matcher(query);
        int terms = 0;
        while (m.find()) {
            terms++;
            String field = m.group(2);
            boolean builtIn = field.equals("TYPE") || field.equals("ASPECT") || field.equals("EXACTTYPE") || field.equals("EXACTASPECT");
            if (!builtIn && m.group(1).isEmpty()) {
                out.add("tokenised property term " + field + " (needs =)");
            }
        }
        if (terms == 0) {
            out.add("no field term");
        }
        return out;
    }

    @Test
    void theCheckRefusesWhatTmdqRefuses() {
        assertThat(violations("ASPECT:\"dkip:dikecualikan\" AND =dkip:status:\"ditetapkan\" AND (dkip:tanggalTinjau:[MIN TO \"2026-03-12\"]"
                + " OR dkip:tanggalKedaluwarsa:[MIN TO \"2026-06-12\"])")).contains("range", "disjunction");
        assertThat(violations("TYPE:\"dkip:itemDkip\" AND =dkip:ppidPembantu:\"G\" AND dkip:status:(usulan rancangan)"))
                .contains("group (a disjunction of terms)", "tokenised property term dkip:status (needs =)");
        assertThat(violations("TYPE:\"dkip:itemDkip\" AND dkip:unitKode:\"YANKES\"")).containsExactly("tokenised property term dkip:unitKode (needs =)");
        assertThat(violations("rekam medis")).contains("no field term");
        assertThat(violations("TYPE:\"dkip:itemDkip\" AND =dkip:status:\"ditetapkan\"")).isEmpty();
    }

    @Test
    void everyQueryTheModuleBuildsIsTmdqAble() {
        List<String> queries = new ArrayList<>(List.of(
                ExemptionExpiryProcessor.dueQuery(),
                id.dkip.alfresco.archive.ProvisionalReviewDates.query(),
                ArsipkanActionExecuter.candidateQuery("YANKES"),
                ArsipkanActionExecuter.candidateQuery(null),
                AlfrescoRegister.unitQuery("GROUP_DKIP_PPID_YANKES")));
        for (String q : queries) {
            assertThat(violations(q)).as(q).isEmpty();
        }
    }

    @Test
    void everySearchInTheSourcesIsTransactionalAndItsQueryBuilderIsChecked() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> searching = new ArrayList<>();
        int callers = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (src.contains("TransactionalSearch.page(") || src.contains("TransactionalSearch.all(")) {
                    callers++;
                }
                if (!src.contains("SearchService")) {
                    continue;
                }
                boolean queries = src.contains(".query(");
                if (!queries) {
                    continue;
                }
                searching.add(f.getFileName().toString());
                if (Pattern.compile("\\.query\\([^;]*LANGUAGE_").matcher(src).find()) {
                    problems.add(f + ": query(store, language, text) leaves the consistency to the server; use SearchParameters");
                }
                if (!src.contains("QueryConsistency.TRANSACTIONAL)")) {
                    problems.add(f + ": no setQueryConsistency(QueryConsistency.TRANSACTIONAL)");
                }
                if (src.contains("TRANSACTIONAL_IF_POSSIBLE") || src.contains("QueryConsistency.EVENTUAL")) {
                    problems.add(f + ": a consistency that may fall back to the index");
                }
                // literal query fragments must follow the same rules
                Matcher lit = LITERAL.matcher(src);
                while (lit.find()) {
                    String text = lit.group();
                    if (text.contains(":[") || text.contains(":(") || text.contains(" TO ") || text.contains(" OR ")) {
                        problems.add(f + ": query text not TMDQ-able: " + text);
                    }
                }
            }
        }
        // one place searches, and the module's searches go through it
        assertThat(searching).as("files that call SearchService.query").containsExactly("TransactionalSearch.java");
        assertThat(callers).as("files that search through TransactionalSearch").isGreaterThanOrEqualTo(4);
        assertThat(problems).isEmpty();
    }
}
