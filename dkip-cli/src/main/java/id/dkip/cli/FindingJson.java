package id.dkip.cli;

import id.dkip.core.extraction.PersonalDataFinding;
import id.dkip.core.extraction.RowProblem;
import id.dkip.core.extraction.RowReport;
import id.dkip.core.legal.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes the commands print for findings, row problems and personal-data findings, in one place. */
final class FindingJson {
    private FindingJson() {
    }

    static Map<String, Object> finding(Finding f, Integer entryNumber, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("severity", f.severity().name());
        m.put("field", f.field());
        if (entryNumber != null) {
            m.put("entry", entryNumber);
        }
        if (f.entryId() != null) {
            m.put("entryId", f.entryId());
        }
        m.put("message", f.message(locale));
        return m;
    }

    static Map<String, Object> rowProblems(RowReport row, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", row.sourceRow());
        m.put("problems", row.problems().stream().map(p -> problem(p, locale)).toList());
        return m;
    }

    private static Map<String, Object> problem(RowProblem p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        if (p.column() != null) {
            m.put("column", p.column());
        }
        m.put("message", p.message(locale));
        return m;
    }

    static Map<String, Object> personalData(PersonalDataFinding f, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().name());
        if (f.page() != null) {
            m.put("page", f.page());
        }
        m.put("paragraph", f.paragraph());
        m.put("excerpt", f.maskedExcerpt());
        m.put("confidence", Math.round(f.confidence() * 100) / 100.0);
        m.put("suggestedGround", f.suggestedGround());
        m.put("summary", f.summary(locale));
        return m;
    }

    static List<Map<String, Object>> rows(List<RowReport> rows, Locale locale) {
        return rows.stream().map(r -> rowProblems(r, locale)).toList();
    }
}
