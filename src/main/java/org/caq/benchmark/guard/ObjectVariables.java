package org.caq.benchmark.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a request to the engine's REST API, a variable that would become a Java object in the engine: one typed
 * {@code Object} (its class named by the caller and deserialized when read), one sent without a type whose value is a
 * JSON object or array (stored as a serialized Java map or list), or a binary upload naming a class to deserialize
 * into. Arrays and objects from forms arrive typed {@code Json} (Spin) and are not Java objects.
 */
final class ObjectVariables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PART_NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*;\\s*name=\"([^\"]*)\"");

    private ObjectVariables() {
    }

    /** The name of the first such variable in a JSON body ("" when it has none), or nothing. */
    static Optional<String> inJson(byte[] body, String pathName) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return root == null ? Optional.empty() : find(root, pathName);
    }

    private static Optional<String> find(JsonNode node, String name) {
        if (node.isObject() && isObjectVariable(node)) {
            return Optional.of(name);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Optional<String> found = find(field.getValue(), field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> found = find(element, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isObjectVariable(JsonNode node) {
        JsonNode type = node.get("type");
        if (type != null && type.isTextual() && type.asText().equalsIgnoreCase("object")) {
            return true;
        }
        JsonNode value = node.get("value");
        return (type == null || type.isNull()) && value != null && value.isContainerNode();
    }

    /** Whether a multipart upload of a variable names a class ({@code type}) or the type {@code Object}. */
    static boolean inMultipart(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Matcher part = PART_NAME.matcher(text);
        while (part.find()) {
            String name = part.group(1);
            if (name.equals("type")) {
                return true;
            }
            if (name.equals("valueType")) {
                int start = text.indexOf("\r\n\r\n", part.end());
                int end = start < 0 ? -1 : text.indexOf("\r\n--", start + 4);
                if (start >= 0 && end > start && text.substring(start + 4, end).strip().equalsIgnoreCase("object")) {
                    return true;
                }
            }
        }
        return false;
    }
}
