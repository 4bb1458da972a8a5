package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.json.AnalysisJson;

/**
 * A small validator of responses against this server's OpenAPI document: types (including
 * nullable type lists), required properties, declared properties, array items, enums and $refs.
 */
final class OpenApiValidator {
    private final JsonNode doc;

    OpenApiValidator() {
        this.doc = Api.parse(SitrepServer.resource("openapi.json"));
    }

    JsonNode doc() {
        return doc;
    }

    /** The schema of a response; fails when the document does not describe it. */
    JsonNode responseSchema(String path, String method, int status, String contentType) {
        JsonNode s = doc.path("paths").path(path).path(method).path("responses").path(String.valueOf(status))
                .path("content").path(contentType).path("schema");
        if (s.isMissingNode()) {
            throw new AssertionError("openapi.json describes no " + contentType + " response " + status + " for " + method + " " + path);
        }
        return s;
    }

    /** The problems of a body against the response schema (empty when valid). */
    List<String> validate(String path, String method, int status, String contentType, String body) {
        List<String> errors = new ArrayList<>();
        validate(Api.parse(body), responseSchema(path, method, status, contentType), "$", errors);
        return errors;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("external $ref " + ref);
            }
            JsonNode n = doc;
            for (String part : ref.substring(2).split("/")) {
                n = n.path(part);
            }
            schema = n;
        }
        return schema;
    }

    private void validate(JsonNode value, JsonNode schema, String where, List<String> errors) {
        schema = resolve(schema);
        if (errors.size() > 50) {
            return;
        }
        JsonNode type = schema.path("type");
        if (!type.isMissingNode()) {
            boolean ok = false;
            for (JsonNode t : type.isArray() ? type : AnalysisJson.mapper().createArrayNode().add(type)) {
                ok |= is(value, t.asText());
            }
            if (!ok) {
                errors.add(where + ": expected " + type + ", got " + value.getNodeType());
                return;
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                errors.add(where + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    errors.add(where + ": required property '" + r.asText() + "' missing");
                }
            }
            schema.path("properties").properties().forEach(p -> {
                if (value.has(p.getKey())) {
                    validate(value.get(p.getKey()), p.getValue(), where + "." + p.getKey(), errors);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(value.get(i), schema.get("items"), where + "[" + i + "]", errors);
            }
        }
    }

    private static boolean is(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
