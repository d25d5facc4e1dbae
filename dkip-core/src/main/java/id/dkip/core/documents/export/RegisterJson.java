package id.dkip.core.documents.export;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.register.DkipEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes a register as JSON: an object {@code {"meeting": ..., "decree": ..., "entries": [...]}} (meeting
 * and decree optional) or a bare array of entries. Entries have the shape of {@link DkipEntry} (field names as its
 * components; dates ISO {@code yyyy-MM-dd}, times {@code HH:mm}; enums by name, any case). Unknown fields are
 * errors, so a misspelt field is reported rather than silently dropped. Errors are {@link RegisterJsonException}s
 * with line, column and JSON path.
 */
public final class RegisterJson {
    /** Largest register file read (bytes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Most entries in one register: a province's DKIP has a few thousand. */
    public static final int MAX_ENTRIES = 20_000;
    /** Longest string value (characters): a long legal-basis cell is ~50,000. */
    public static final int MAX_STRING_CHARS = 200_000;
    /** Deepest nesting of arrays and objects (a register is 4 levels deep). */
    public static final int MAX_DEPTH = 32;

    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING_CHARS).maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_BYTES)
                            .build())
                    .build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private RegisterJson() {
    }

    /** The mapper used for registers (records by their components, ISO dates); shared, do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a register file; one over {@link #MAX_BYTES} is refused before it is parsed. */
    public static RegisterDocument read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new RegisterJsonException("the file has " + size + " bytes, more than the " + MAX_BYTES + " allowed",
                    0, 0, "", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static RegisterDocument read(InputStream in) throws IOException {
        RegisterDocument doc;
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new RegisterJsonException("the file is empty; expected a JSON object with \"entries\" or an "
                        + "array of entries", 0, 0, "", null);
            }
            if (first == JsonToken.START_ARRAY) {
                List<DkipEntry> entries = MAPPER.readValue(p, new TypeReference<List<DkipEntry>>() { });
                doc = RegisterDocument.of(entries);
            } else if (first == JsonToken.START_OBJECT) {
                doc = MAPPER.readValue(p, RegisterDocument.class);
            } else {
                JsonLocation l = p.currentTokenLocation();
                throw new RegisterJsonException("expected a JSON object with \"entries\" or an array of entries, "
                        + "found " + first.asString(), l.getLineNr(), l.getColumnNr(), "", null);
            }
        } catch (RegisterJsonException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
        checkIds(doc);
        return doc;
    }

    /** Writes the whole register (the shape {@link #read} reads). */
    public static void write(RegisterDocument register, OutputStream out) throws IOException {
        MAPPER.writeValue(out, register);
    }

    /**
     * Streams entries as {@code {"entries": [...]}} one at a time, so a large register is never held in memory
     * as JSON.
     */
    public static void writeEntries(Iterator<DkipEntry> entries, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("entries");
            while (entries.hasNext()) {
                MAPPER.writeValue(g, entries.next());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void checkIds(RegisterDocument doc) throws RegisterJsonException {
        if (doc.entries().size() > MAX_ENTRIES) {
            throw new RegisterJsonException(doc.entries().size() + " entries, more than the " + MAX_ENTRIES + " allowed",
                    0, 0, "entries", null);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < doc.entries().size(); i++) {
            DkipEntry e = doc.entries().get(i);
            if (e == null) {
                throw new RegisterJsonException("an entry is null", 0, 0, "entries[" + i + "]", null);
            }
            if (e.id() != null && !seen.add(e.id())) {
                throw new RegisterJsonException("duplicate entry id \"" + e.id() + "\"", 0, 0,
                        "entries[" + i + "].id", null);
            }
        }
        if (doc.meeting() != null) {
            for (String id : doc.meeting().decisions().keySet()) {
                if (!seen.contains(id)) {
                    throw new RegisterJsonException("a decision refers to entry id \"" + id
                            + "\", which is not in \"entries\"", 0, 0, "meeting.decisions." + id, null);
                }
            }
        }
    }

    private static RegisterJsonException translate(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        int line = l == null ? 0 : l.getLineNr();
        int column = l == null ? 0 : l.getColumnNr();
        String path = "";
        String message = e.getOriginalMessage();
        if (e instanceof JsonMappingException m) {
            path = path(m.getPath());
        }
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            JsonParseException syntax = e instanceof JsonParseException pe ? pe : (JsonParseException) e.getCause();
            message = "not valid JSON: " + syntax.getOriginalMessage();
        } else if (e instanceof JsonMappingException) {
            if (e instanceof UnrecognizedPropertyException u) {
                message = "unknown field \"" + u.getPropertyName() + "\"; known fields: "
                        + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                        .collect(Collectors.joining(", "));
            } else if (e instanceof InvalidFormatException f) {
                message = "cannot read " + quote(f.getValue()) + " as " + describe(f.getTargetType());
            } else if (e instanceof ValueInstantiationException v) {
                message = "invalid value: " + (v.getCause() != null ? v.getCause().getMessage() : message)
                        + " is required";
            } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                message = "wrong kind of value, expected " + describe(mi.getTargetType());
            }
        } else {
            message = "not valid JSON: " + message;
        }
        return new RegisterJsonException(message, line, column, path, e);
    }

    private static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd, e.g. 2021-04-13)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:mm, e.g. 10:00)";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String quote(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
