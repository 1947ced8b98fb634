package fishaudio.client.contract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The spec under test (system property {@code contract.spec}, the same file Prism mocks), read
 * with SnakeYAML so that the tests enumerate what the spec declares (response codes, media types,
 * named examples) instead of repeating it. A code or example added to the spec is tested without
 * touching the tests.
 */
final class Spec {
  private static Spec instance;

  private final Map<String, Object> root;
  private final Path file;

  /** One response example: {@code paths.<path>.post.responses.<status>.content.<mediaType>.examples.<name>}. */
  static final class ResponseExample {
    final String operationId;
    final String status;
    final String mediaType;
    final String name;
    final Object value;

    ResponseExample(String operationId, String status, String mediaType, String name, Object value) {
      this.operationId = operationId;
      this.status = status;
      this.mediaType = mediaType;
      this.name = name;
      this.value = value;
    }

    /** The status to ask Prism for: {@code default} becomes 500. */
    int code() {
      return Spec.code(status);
    }

    /** The {@code Prefer} header that serves exactly this example. */
    String prefer() {
      return "code=" + code() + ", example=" + name;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) value;
    }

    @Override
    public String toString() {
      return operationId + " " + status + " " + mediaType + " example=" + name;
    }
  }

  /** One declared response: a status and one of its media types (null when it declares no content). */
  static final class DeclaredResponse {
    final String operationId;
    final String status;
    final String mediaType;

    DeclaredResponse(String operationId, String status, String mediaType) {
      this.operationId = operationId;
      this.status = status;
      this.mediaType = mediaType;
    }

    int code() {
      return Spec.code(status);
    }

    @Override
    public String toString() {
      return operationId + " " + status + (mediaType == null ? " (Prefer code=" + code() + ", no content)"
          : " (Prefer code=" + code() + ", Accept " + mediaType + ")");
    }
  }

  /** One operation of the spec: its id, HTTP method and path template. */
  static final class Operation {
    final String operationId;
    final String method;
    final String path;
    private final Pattern pattern;
    private final int parameters;

    Operation(String operationId, String method, String path) {
      this.operationId = operationId;
      this.method = method.toUpperCase(Locale.ROOT);
      this.path = path;
      StringBuilder regex = new StringBuilder();
      int count = 0;
      Matcher m = PATH_PARAMETER.matcher(path);
      int at = 0;
      while (m.find()) {
        regex.append(Pattern.quote(path.substring(at, m.start()))).append("[^/]+");
        at = m.end();
        count++;
      }
      regex.append(Pattern.quote(path.substring(at)));
      this.pattern = Pattern.compile(regex.toString());
      this.parameters = count;
    }

    /** Whether a request with this method and (encoded) path is a call of this operation. */
    boolean matches(String method, String encodedPath) {
      return this.method.equalsIgnoreCase(method) && pattern.matcher(encodedPath).matches();
    }

    @Override
    public String toString() {
      return operationId + " (" + method + " " + path + ")";
    }
  }

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^/}]+}");
  private static final Set<String> METHODS = new HashSet<>(
      Arrays.asList("get", "put", "post", "delete", "options", "head", "patch", "trace"));

  private List<Operation> operations;

  /** Every operation of the spec, in document order. */
  synchronized List<Operation> operations() {
    if (operations == null) {
      operations = Collections.unmodifiableList(readOperations());
    }
    return operations;
  }

  private List<Operation> readOperations() {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, Object> path : map(root.get("paths")).entrySet()) {
      for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
        if (METHODS.contains(op.getKey()) && op.getValue() instanceof Map) {
          out.add(new Operation(String.valueOf(map(op.getValue()).get("operationId")), op.getKey(), path.getKey()));
        }
      }
    }
    return out;
  }

  /**
   * The operation a request calls, or null: among the templates that match, the one with the
   * fewest parameters ({@code /model/search} before {@code /model/{id}}), as routers do.
   */
  Operation operationFor(String method, String encodedPath) {
    Operation best = null;
    for (Operation op : operations()) {
      if (op.matches(method, encodedPath) && (best == null || op.parameters < best.parameters)) {
        best = op;
      }
    }
    return best;
  }

  /**
   * Every response an operation declares: each status with each of its media types, and a status
   * that declares no content once, with a null media type.
   */
  List<DeclaredResponse> everyResponse(String operationId) {
    List<DeclaredResponse> out = new ArrayList<>();
    for (Map.Entry<String, Object> r : map(operation(operationId).get("responses")).entrySet()) {
      Map<String, Object> content = map(map(resolve(r.getValue())).get("content"));
      if (content.isEmpty()) {
        out.add(new DeclaredResponse(operationId, String.valueOf(r.getKey()), null));
      }
      for (String mediaType : content.keySet()) {
        out.add(new DeclaredResponse(operationId, String.valueOf(r.getKey()), mediaType));
      }
    }
    return out;
  }

  /**
   * The schema of one declared response as the spec writes it: {@code $ref}s of the response
   * followed, the schema itself not (so its component name stays visible); empty when none.
   */
  Map<String, Object> responseSchema(String operationId, String status, String mediaType) {
    Map<String, Object> response = map(resolve(map(operation(operationId).get("responses")).get(status)));
    return map(map(map(response.get("content")).get(mediaType)).get("schema"));
  }

  /**
   * The shapes a schema allows, each named by its component: {@code ErrorResponse} for a
   * {@code $ref}, {@code ValidationErrorItem[]} for an array of one, and the members of a
   * {@code oneOf} or {@code anyOf}; empty for an inline schema with no component.
   */
  List<String> componentShapes(Map<String, Object> schema) {
    List<String> out = new ArrayList<>();
    if (schema.containsKey("$ref")) {
      String ref = String.valueOf(schema.get("$ref"));
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      Map<String, Object> target = schema(name);
      if (target.containsKey("oneOf") || target.containsKey("anyOf") || "array".equals(target.get("type"))) {
        out.addAll(componentShapes(target));
      } else {
        out.add(name);
      }
      return out;
    }
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (schema.get(key) instanceof List) {
        for (Object member : (List<?>) schema.get(key)) {
          out.addAll(componentShapes(map(member)));
        }
      }
    }
    if ("array".equals(schema.get("type"))) {
      for (String item : componentShapes(map(schema.get("items")))) {
        out.add(item + "[]");
      }
    }
    return out;
  }

  /**
   * Whether the spec declares, as a property, the last name of a Moshi path ({@code $.a[0].b})
   * inside {@code schema}: following properties, array items, {@code $ref}, {@code allOf},
   * {@code oneOf} and {@code anyOf}. A name that only {@code additionalProperties} allows is not declared.
   */
  boolean declares(Map<String, Object> schema, String path) {
    List<Object> steps = KnownFields.steps(path);
    return steps != null && !steps.isEmpty() && declares(schema, steps, 0);
  }

  private boolean declares(Object schemaNode, List<Object> steps, int depth) {
    if (depth > 64) {
      return false;
    }
    Map<String, Object> node = flatten(schemaNode);
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (node.get(key) instanceof List) {
        for (Object member : (List<?>) node.get(key)) {
          if (declares(member, steps, depth + 1)) {
            return true;
          }
        }
      }
    }
    Object step = steps.get(0);
    List<Object> rest = steps.subList(1, steps.size());
    if (step instanceof Integer) {
      return !rest.isEmpty() && node.containsKey("items") && declares(node.get("items"), rest, depth + 1);
    }
    Map<String, Object> properties = map(node.get("properties"));
    if (rest.isEmpty()) {
      return properties.containsKey(step);
    }
    if (properties.containsKey(step)) {
      return declares(properties.get(step), rest, depth + 1);
    }
    return node.get("additionalProperties") instanceof Map && declares(node.get("additionalProperties"), rest, depth + 1);
  }

  /** One named request example of an operation. */
  static final class RequestExample {
    final String operationId;
    final String mediaType;
    final String name;
    final Map<String, Object> value;

    RequestExample(String operationId, String mediaType, String name, Map<String, Object> value) {
      this.operationId = operationId;
      this.mediaType = mediaType;
      this.name = name;
      this.value = value;
    }

    @Override
    public String toString() {
      return operationId + " request example=" + name;
    }
  }

  private Spec(Map<String, Object> root, Path file) {
    this.root = root;
    this.file = file;
  }

  /** The file this spec was read from. */
  Path path() {
    return file;
  }

  static synchronized Spec get() {
    if (instance == null) {
      String file = System.getProperty("contract.spec");
      if (file == null) {
        throw new IllegalStateException("System property contract.spec is not set; run through Maven (scripts/test)");
      }
      instance = load(Paths.get(file));
    }
    return instance;
  }

  static Spec load(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(reader);
      return new Spec(root, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the spec " + file, e);
    }
  }

  static int code(String status) {
    return "default".equals(status) ? 500 : Integer.parseInt(status);
  }

  List<ResponseExample> responseExamples(String operationId) {
    List<ResponseExample> out = new ArrayList<>();
    forEachResponse(operationId, (status, mediaType, content) -> {
      for (Map.Entry<String, Object> e : map(content.get("examples")).entrySet()) {
        out.add(new ResponseExample(operationId, status, mediaType, e.getKey(), map(resolve(e.getValue())).get("value")));
      }
    });
    return out;
  }

  List<DeclaredResponse> declaredResponses(String operationId) {
    List<DeclaredResponse> out = new ArrayList<>();
    forEachResponse(operationId, (status, mediaType, content) -> out.add(new DeclaredResponse(operationId, status, mediaType)));
    return out;
  }

  List<RequestExample> requestExamples(String operationId) {
    List<RequestExample> out = new ArrayList<>();
    Map<String, Object> body = map(resolve(operation(operationId).get("requestBody")));
    for (Map.Entry<String, Object> media : map(body.get("content")).entrySet()) {
      for (Map.Entry<String, Object> e : map(map(media.getValue()).get("examples")).entrySet()) {
        out.add(new RequestExample(operationId, media.getKey(), e.getKey(), map(map(resolve(e.getValue())).get("value"))));
      }
    }
    return out;
  }

  /** A component schema, e.g. {@code schema("VoiceDesignRequest")}. */
  Map<String, Object> schema(String name) {
    return map(map(map(root.get("components")).get("schemas")).get(name));
  }

  /** One operation whose request body the spec declares as {@code multipart/form-data}. */
  static final class FormOperation {
    final String operationId;
    final String method;
    final String path;
    /** The form's schema, {@code $ref}s followed and {@code allOf} merged. */
    final Map<String, Object> schema;

    FormOperation(String operationId, String method, String path, Map<String, Object> schema) {
      this.operationId = operationId;
      this.method = method;
      this.path = path;
      this.schema = schema;
    }

    @Override
    public String toString() {
      return operationId + " (" + method.toUpperCase(java.util.Locale.ROOT) + " " + path + ")";
    }
  }

  /** Every operation of the spec with a {@code multipart/form-data} request body, in document order. */
  List<FormOperation> formOperations() {
    List<FormOperation> out = new ArrayList<>();
    for (Map.Entry<String, Object> path : map(root.get("paths")).entrySet()) {
      for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
        Map<String, Object> operation = map(op.getValue());
        Map<String, Object> content = map(map(resolve(operation.get("requestBody"))).get("content"));
        if (content.containsKey("multipart/form-data")) {
          out.add(new FormOperation(String.valueOf(operation.get("operationId")), op.getKey(), path.getKey(),
              flatten(map(content.get("multipart/form-data")).get("schema"))));
        }
      }
    }
    return out;
  }

  /** The multipart operation with this id. */
  FormOperation formOperation(String operationId) {
    for (FormOperation op : formOperations()) {
      if (op.operationId.equals(operationId)) {
        return op;
      }
    }
    throw new IllegalArgumentException("The spec has no multipart operation " + operationId);
  }

  /** The request body schema of an operation (its first media type), flattened; empty when it has none. */
  Map<String, Object> requestSchema(String operationId) {
    Map<String, Object> content = map(map(resolve(operation(operationId).get("requestBody"))).get("content"));
    return content.isEmpty() ? Collections.emptyMap() : flatten(map(content.values().iterator().next()).get("schema"));
  }

  /** True when the spec has an operation with this id. */
  boolean hasOperation(String operationId) {
    try {
      operation(operationId);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The HTTP statuses an operation declares ({@code default} kept as the word). */
  List<String> declaredStatuses(String operationId) {
    List<String> out = new ArrayList<>();
    for (Object status : map(operation(operationId).get("responses")).keySet()) {
      out.add(String.valueOf(status));
    }
    return out;
  }

  /** A schema with its {@code $ref}s followed and its {@code allOf} members merged into one map (own keys win). */
  Map<String, Object> flatten(Object schema) {
    Map<String, Object> node = map(resolve(schema));
    if (!node.containsKey("allOf")) {
      return node;
    }
    Map<String, Object> merged = new java.util.LinkedHashMap<>();
    for (Object member : (List<?>) node.get("allOf")) {
      merged.putAll(flatten(member));
    }
    for (Map.Entry<String, Object> e : node.entrySet()) {
      if (!e.getKey().equals("allOf")) {
        merged.put(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  /** The properties of a flattened object schema, each flattened too, in document order. */
  Map<String, Map<String, Object>> properties(Map<String, Object> objectSchema) {
    Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map(objectSchema.get("properties")).entrySet()) {
      out.put(e.getKey(), flatten(e.getValue()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<String> required(Map<String, Object> objectSchema) {
    Object required = objectSchema.get("required");
    return required instanceof List ? (List<String>) required : Collections.<String>emptyList();
  }

  private interface ResponseVisitor {
    void visit(String status, String mediaType, Map<String, Object> content);
  }

  private void forEachResponse(String operationId, ResponseVisitor visitor) {
    Map<String, Object> responses = map(operation(operationId).get("responses"));
    for (Map.Entry<String, Object> r : responses.entrySet()) {
      Map<String, Object> response = map(resolve(r.getValue()));
      for (Map.Entry<String, Object> c : map(response.get("content")).entrySet()) {
        visitor.visit(String.valueOf(r.getKey()), c.getKey(), map(c.getValue()));
      }
    }
  }

  private Map<String, Object> operation(String operationId) {
    for (Object pathItem : map(root.get("paths")).values()) {
      for (Object op : map(pathItem).values()) {
        if (op instanceof Map && operationId.equals(map(op).get("operationId"))) {
          return map(op);
        }
      }
    }
    throw new IllegalArgumentException("The spec has no operation " + operationId);
  }

  /** Follows a local {@code $ref} such as {@code #/components/responses/Unauthorized}. */
  private Object resolve(Object node) {
    Object current = node;
    for (int hops = 0; current instanceof Map && map(current).containsKey("$ref"); hops++) {
      if (hops > 20) {
        throw new IllegalStateException("$ref cycle at " + node);
      }
      String ref = String.valueOf(map(current).get("$ref"));
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("Only local $refs are supported: " + ref);
      }
      Object target = root;
      for (String segment : ref.substring(2).split("/")) {
        target = map(target).get(segment.replace("~1", "/").replace("~0", "~"));
      }
      current = target;
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node instanceof Map ? (Map<String, Object>) node : Collections.emptyMap();
  }
}
