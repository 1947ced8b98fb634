package fishaudio.client.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.ByteString;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The live session's protocol as {@code openapi/fish-audio-live.asyncapi.yaml} states it, for checking
 * frames on the wire: a decoded MessagePack frame (maps, lists, strings, longs, doubles, booleans, null,
 * and {@link ByteString} for bin) is valid when it matches exactly one message of its direction. The
 * payload schemas are resolved through their {@code $ref}s into {@code fish-audio.yaml}.
 *
 * <p>A validator of its own for the subset of JSON Schema (in its OpenAPI 3.0 dialect) the documents
 * use; a keyword outside that subset is reported as a violation, never skipped, so the subset cannot
 * silently shrink what is checked. {@code format: binary} matches bin only, and bin matches nothing else.
 */
public final class LiveProtocol {
  public static final Path DOCUMENT = Paths.get("openapi", "fish-audio-live.asyncapi.yaml");
  private static final String OPENAPI_3_0 = "application/vnd.oai.openapi;version=3.0.0";
  private static final Set<String> ANNOTATIONS = new HashSet<>(Arrays.asList(
      "description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly"));

  /** A schema where it sits: a document and the node in it, for resolving relative references. */
  private static final class Located {
    final Path file;
    final Object node;

    Located(Path file, Object node) {
      this.file = file;
      this.node = node;
    }
  }

  private final Map<Path, Object> files = new HashMap<>();
  private final Map<String, Located> clientMessages;
  private final Map<String, Located> serverMessages;

  private LiveProtocol(Path document) {
    Map<String, Object> root = map(load(document));
    // The document describes the server: what it receives, the client sends.
    this.clientMessages = messages(document, root, "receive");
    this.serverMessages = messages(document, root, "send");
  }

  /** The project's AsyncAPI document, read from the working directory (the project's root in tests). */
  public static LiveProtocol load() {
    return new LiveProtocol(DOCUMENT);
  }

  /** The names of the messages a client sends, in the document's order. */
  public Set<String> clientMessages() {
    return clientMessages.keySet();
  }

  /** The names of the messages the server sends, in the document's order. */
  public Set<String> serverMessages() {
    return serverMessages.keySet();
  }

  /** Why {@code frame} is no message a client sends; empty when it is exactly one. */
  public List<String> checkClientFrame(Object frame) {
    return check(clientMessages, frame);
  }

  /** Why {@code frame} is no message the server sends; empty when it is exactly one. */
  public List<String> checkServerFrame(Object frame) {
    return check(serverMessages, frame);
  }

  /** Why {@code frame} does not match the named message's payload; empty when it does. */
  public List<String> checkMessage(String name, Object frame) {
    Located payload = clientMessages.containsKey(name) ? clientMessages.get(name) : serverMessages.get(name);
    if (payload == null) {
      throw new IllegalArgumentException("no message " + name + " in " + DOCUMENT);
    }
    List<String> errors = new ArrayList<>();
    validate(payload, frame, "$", errors);
    return errors;
  }

  private List<String> check(Map<String, Located> messages, Object frame) {
    List<String> matched = new ArrayList<>();
    List<String> why = new ArrayList<>();
    for (Map.Entry<String, Located> message : messages.entrySet()) {
      List<String> errors = new ArrayList<>();
      validate(message.getValue(), frame, "$", errors);
      if (errors.isEmpty()) {
        matched.add(message.getKey());
      } else {
        why.add(message.getKey() + ": " + String.join("; ", errors));
      }
    }
    if (matched.size() == 1) {
      return new ArrayList<>();
    }
    List<String> result = new ArrayList<>();
    result.add(matched.isEmpty()
        ? "matches none of " + messages.keySet() + ": " + describe(frame)
        : "matches several messages " + matched + ": " + describe(frame));
    result.addAll(why);
    return result;
  }

  // ---- The document ----

  private Map<String, Located> messages(Path document, Map<String, Object> root, String action) {
    Map<String, Located> messages = new LinkedHashMap<>();
    for (Object operation : map(root.get("operations")).values()) {
      Map<String, Object> op = map(operation);
      if (!action.equals(op.get("action"))) {
        continue;
      }
      for (Object reference : (List<?>) op.get("messages")) {
        Located message = resolve(new Located(document, reference));
        Map<String, Object> body = map(message.node);
        Map<String, Object> payload = map(body.get("payload"));
        if (!OPENAPI_3_0.equals(payload.get("schemaFormat"))) {
          throw new IllegalStateException("message " + body.get("name") + ": payload schemaFormat "
              + payload.get("schemaFormat") + ", this validator reads " + OPENAPI_3_0);
        }
        messages.put(String.valueOf(body.get("name")), new Located(message.file, payload.get("schema")));
      }
    }
    if (messages.isEmpty()) {
      throw new IllegalStateException("no " + action + " operation with messages in " + document);
    }
    return messages;
  }

  private Object load(Path file) {
    Path key = file.toAbsolutePath().normalize();
    return files.computeIfAbsent(key, path -> {
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        return new Yaml(new LoaderOptions()).load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Follows {@code $ref}s ({@code file#/pointer}, {@code #/pointer}) to the node they name. */
  private Located resolve(Located at) {
    Located current = at;
    for (int hops = 0; current.node instanceof Map && map(current.node).containsKey("$ref"); hops++) {
      if (hops > 32) {
        throw new IllegalStateException("a $ref cycle at " + at.file);
      }
      String ref = String.valueOf(map(current.node).get("$ref"));
      int hash = ref.indexOf('#');
      String filePart = hash < 0 ? ref : ref.substring(0, hash);
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      Path file = filePart.isEmpty() ? current.file : current.file.toAbsolutePath().getParent().resolve(filePart).normalize();
      Object node = load(file);
      for (String part : pointer.split("/")) {
        if (part.isEmpty()) {
          continue;
        }
        String name = part.replace("~1", "/").replace("~0", "~");
        node = map(node).get(name);
        if (node == null) {
          throw new IllegalStateException("unresolved $ref " + ref + " from " + current.file);
        }
      }
      current = new Located(file, node);
    }
    return current;
  }

  // ---- The JSON Schema subset ----

  private void validate(Located located, Object value, String path, List<String> errors) {
    Located at = resolve(located);
    Map<String, Object> schema = map(at.node);
    boolean nullable = Boolean.TRUE.equals(schema.get("nullable"));
    if (value == null) {
      if (!nullable && schema.containsKey("type")) {
        errors.add(path + " is null, which is not nullable");
      }
      // allOf, oneOf and the like still apply to null in OpenAPI 3.0 only through nullable.
      return;
    }
    for (Map.Entry<String, Object> keyword : schema.entrySet()) {
      String name = keyword.getKey();
      Object argument = keyword.getValue();
      if (name.startsWith("x-") || ANNOTATIONS.contains(name)) {
        continue;
      }
      switch (name) {
        case "nullable":
        case "properties": // properties, additionalProperties and required: checked together, below
        case "additionalProperties":
        case "required":
          break;
        case "type":
          checkType(String.valueOf(argument), schema, value, path, errors);
          break;
        case "format":
          checkFormat(String.valueOf(argument), value, path, errors);
          break;
        case "enum":
          if (!((List<?>) argument).stream().anyMatch(option -> same(option, value))) {
            errors.add(path + " is " + describe(value) + ", not one of " + argument);
          }
          break;
        case "items":
          if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
              validate(new Located(at.file, argument), list.get(i), path + "[" + i + "]", errors);
            }
          }
          break;
        case "minItems":
          if (value instanceof List && ((List<?>) value).size() < ((Number) argument).intValue()) {
            errors.add(path + " has fewer than " + argument + " items");
          }
          break;
        case "maxItems":
          if (value instanceof List && ((List<?>) value).size() > ((Number) argument).intValue()) {
            errors.add(path + " has more than " + argument + " items");
          }
          break;
        case "minLength":
          if (value instanceof String && ((String) value).codePointCount(0, ((String) value).length()) < ((Number) argument).intValue()) {
            errors.add(path + " is shorter than " + argument);
          }
          break;
        case "maxLength":
          if (value instanceof String && ((String) value).codePointCount(0, ((String) value).length()) > ((Number) argument).intValue()) {
            errors.add(path + " is longer than " + argument);
          }
          break;
        case "minimum":
        case "maximum":
          checkBound(name, schema, argument, value, path, errors);
          break;
        case "exclusiveMinimum":
        case "exclusiveMaximum":
          if (!(argument instanceof Boolean)) {
            errors.add(path + ": " + name + " as a number is JSON Schema 2019, not OpenAPI 3.0");
          }
          break;
        case "allOf":
          for (Object part : (List<?>) argument) {
            validate(new Located(at.file, part), value, path, errors);
          }
          break;
        case "oneOf":
        case "anyOf": {
          int matches = 0;
          List<String> why = new ArrayList<>();
          for (Object option : (List<?>) argument) {
            List<String> optionErrors = new ArrayList<>();
            validate(new Located(at.file, option), value, path, optionErrors);
            if (optionErrors.isEmpty()) {
              matches++;
            } else {
              why.addAll(optionErrors);
            }
          }
          if (matches == 0 || (name.equals("oneOf") && matches > 1)) {
            errors.add(path + " matches " + matches + " of the " + name + " options " + (matches == 0 ? why : ""));
          }
          break;
        }
        default:
          errors.add(path + ": the keyword " + name + " is outside the subset this validator checks");
      }
    }
    boolean objectKeywords = schema.containsKey("properties") || schema.containsKey("additionalProperties")
        || schema.containsKey("required");
    if (objectKeywords && value instanceof Map) {
      checkObject(at, schema, map(value), path, errors);
    }
  }

  private void checkObject(Located at, Map<String, Object> schema, Map<String, Object> value, String path,
      List<String> errors) {
    Map<String, Object> properties = schema.containsKey("properties") ? map(schema.get("properties")) : new HashMap<>();
    if (schema.containsKey("required")) {
      for (Object required : (List<?>) schema.get("required")) {
        if (!value.containsKey(String.valueOf(required))) {
          errors.add(path + " lacks the required " + required);
        }
      }
    }
    Object additional = schema.get("additionalProperties");
    for (Map.Entry<String, Object> entry : value.entrySet()) {
      String field = path + "." + entry.getKey();
      if (properties.containsKey(entry.getKey())) {
        validate(new Located(at.file, properties.get(entry.getKey())), entry.getValue(), field, errors);
      } else if (Boolean.FALSE.equals(additional)) {
        errors.add(field + " is not a property of this message");
      } else if (additional instanceof Map) {
        validate(new Located(at.file, additional), entry.getValue(), field, errors);
      }
    }
  }

  private static void checkType(String type, Map<String, Object> schema, Object value, String path, List<String> errors) {
    boolean ok;
    switch (type) {
      case "object":
        ok = value instanceof Map;
        break;
      case "array":
        ok = value instanceof List;
        break;
      case "string":
        // Bin is a string only where the schema says format: binary (checked there).
        ok = value instanceof String || (value instanceof ByteString && "binary".equals(schema.get("format")));
        break;
      case "boolean":
        ok = value instanceof Boolean;
        break;
      case "integer":
        ok = value instanceof Long || value instanceof Integer
            || (value instanceof Double && ((Double) value) == Math.rint((Double) value) && !((Double) value).isInfinite());
        break;
      case "number":
        ok = value instanceof Long || value instanceof Integer || value instanceof Double;
        break;
      default:
        errors.add(path + ": the type " + type + " is outside the subset this validator checks");
        return;
    }
    if (!ok) {
      errors.add(path + " is " + describe(value) + ", not of type " + type);
    }
  }

  private static void checkFormat(String format, Object value, String path, List<String> errors) {
    switch (format) {
      case "binary":
        if (!(value instanceof ByteString)) {
          errors.add(path + " is " + describe(value) + ", not MessagePack binary");
        }
        break;
      case "byte":
        if (!(value instanceof String)) {
          errors.add(path + " is " + describe(value) + ", not base64 text");
        }
        break;
      default:
        errors.add(path + ": the format " + format + " is outside the subset this validator checks");
    }
  }

  private static void checkBound(String name, Map<String, Object> schema, Object bound, Object value, String path,
      List<String> errors) {
    if (!(value instanceof Number)) {
      return;
    }
    BigDecimal number = new BigDecimal(value.toString());
    int compared = number.compareTo(new BigDecimal(bound.toString()));
    boolean exclusive = Boolean.TRUE.equals(schema.get(name.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum"));
    boolean ok = name.equals("minimum") ? (exclusive ? compared > 0 : compared >= 0) : (exclusive ? compared < 0 : compared <= 0);
    if (!ok) {
      errors.add(path + " is " + value + ", beyond the " + name + " " + bound + (exclusive ? " (exclusive)" : ""));
    }
  }

  /** JSON equality across the tree's number types: YAML reads 64 as an Integer, MessagePack as a Long. */
  private static boolean same(Object option, Object value) {
    if (option instanceof Number && value instanceof Number) {
      return new BigDecimal(option.toString()).compareTo(new BigDecimal(value.toString())) == 0;
    }
    return option != null && option.equals(value);
  }

  static String describe(Object value) {
    if (value instanceof ByteString) {
      return "<" + ((ByteString) value).size() + " bytes of bin>";
    }
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof Map) {
      StringBuilder text = new StringBuilder("{");
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        text.append(text.length() > 1 ? ", " : "").append(entry.getKey()).append(": ").append(describe(entry.getValue()));
      }
      return text.append('}').toString();
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    if (!(node instanceof Map)) {
      throw new IllegalStateException("expected a mapping, was " + node);
    }
    return (Map<String, Object>) node;
  }
}
