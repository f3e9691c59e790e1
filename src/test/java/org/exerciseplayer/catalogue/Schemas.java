package org.exerciseplayer.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the catalogue and routine schema tests share: loading a schema file, checking it, and reading errors. */
public final class Schemas {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_EXAMPLE = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private Schemas() {
    }

    /** The draft 2020-12 schema in {@code file}; references to files beside it resolve. */
    public static JsonSchema load(Path file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(file.toUri(), JSON.readTree(file.toFile()));
    }

    /** What the draft 2020-12 meta-schema finds wrong with the schema in {@code file}; empty when valid. */
    public static String metaSchemaProblems(Path file) throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return describe(metaSchema.validate(JSON.readTree(file.toFile())));
    }

    /** The JSON examples of a guide in Markdown, as written between ```json fences. */
    public static List<String> examples(Path guide) throws IOException {
        return JSON_EXAMPLE.matcher(Files.readString(guide)).results()
                .map(match -> match.group(1).strip()).toList();
    }

    /** Validation errors one a line, sorted, for assertions that show them all. */
    public static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n"));
    }
}
