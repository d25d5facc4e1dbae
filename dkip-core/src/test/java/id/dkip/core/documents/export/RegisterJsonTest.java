package id.dkip.core.documents.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.register.EntryStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RegisterJsonTest {

    private static RegisterDocument read(String json) throws IOException {
        return RegisterJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static RegisterJsonException error(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(RegisterJsonException.class);
        return (RegisterJsonException) t;
    }

    @Test
    void readsABareArrayAndEnumsInAnyCase() throws IOException {
        RegisterDocument r = read("[{\"id\": \"a\", \"information\": \"x\", \"status\": \"ditetapkan\", "
                + "\"securityLevel\": \"rahasia\", \"grounds\": [\"17h2\"]}]");
        assertThat(r.entries()).hasSize(1);
        assertThat(r.entries().get(0).status()).isEqualTo(EntryStatus.DITETAPKAN);
        assertThat(r.meeting()).isNull();
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        RegisterJsonException e = error(() -> read("{\n  \"entries\": [\n    {\"id\": \"a\",, }\n  ]\n}"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isGreaterThan(10);
        assertThat(e.getMessage()).startsWith("line 3, column ").contains("not valid JSON");
    }

    @Test
    void badDateNamesThePathAndTheExpectedForm() {
        RegisterJsonException e = error(() -> read("{\"entries\": [\n{\"id\": \"a\"},\n{\"id\": \"b\", \"skDate\": \"13-04-2021\"}\n]}"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.path()).isEqualTo("entries[1].skDate");
        assertThat(e.getMessage()).contains("\"13-04-2021\"", "yyyy-MM-dd");
    }

    @Test
    void unknownFieldIsReportedWithTheKnownOnes() {
        RegisterJsonException e = error(() -> read("{\"entries\": [{\"id\": \"a\", \"informasi\": \"x\"}]}"));
        assertThat(e.path()).isEqualTo("entries[0].informasi");
        assertThat(e.getMessage()).contains("unknown field \"informasi\"", "information");
    }

    @Test
    void wrongEnumAndWrongKind() {
        RegisterJsonException level = error(() -> read("[{\"securityLevel\": \"RAHASIA_NEGARA\"}]"));
        assertThat(level.path()).isEqualTo("[0].securityLevel");
        assertThat(level.getMessage()).contains("RAHASIA_NEGARA", "SANGAT_RAHASIA");
        RegisterJsonException grounds = error(() -> read("[{\"grounds\": {\"a\": 1}}]"));
        assertThat(grounds.path()).isEqualTo("[0].grounds");
        assertThat(grounds.getMessage()).contains("expected");
    }

    @Test
    void missingAttendeeNameAndBadTime() {
        RegisterJsonException name = error(() -> read("{\"meeting\": {\"date\": \"2021-04-28\", "
                + "\"attendees\": [{\"present\": true}]}, \"entries\": []}"));
        assertThat(name.path()).isEqualTo("meeting.attendees[0]");
        assertThat(name.getMessage()).contains("name");
        RegisterJsonException time = error(() -> read("{\"meeting\": {\"date\": \"2021-04-28\", \"startTime\": \"10.00\"}}"));
        assertThat(time.path()).isEqualTo("meeting.startTime");
        assertThat(time.getMessage()).contains("HH:mm");
    }

    @Test
    void duplicateIdsAndDecisionsForUnknownEntries() {
        assertThat(error(() -> read("[{\"id\": \"a\"}, {\"id\": \"a\"}]")).getMessage())
                .contains("duplicate entry id \"a\"", "entries[1].id");
        assertThat(error(() -> read("{\"meeting\": {\"date\": \"2021-04-28\", \"decisions\": {\"zz\": "
                + "{\"outcome\": \"DITERIMA\"}}}, \"entries\": [{\"id\": \"a\"}]}")).getMessage())
                .contains("\"zz\"", "meeting.decisions.zz");
    }

    @Test
    void emptyAndWrongTopLevel() {
        assertThat(error(() -> read("")).getMessage()).contains("empty");
        assertThat(error(() -> read("\"register\"")).getMessage()).contains("expected a JSON object");
        assertThat(error(() -> read("[] []")).getMessage()).isNotBlank();
    }
}
