package fishaudio.client.workflow;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What the generator reads: the spec, with what each operation's media types mean for a Java call
 * spelt out as vendor extensions the templates switch on, and the few schema constructs the
 * generator cannot type rewritten into ones it can. Nothing here is written per operation: the
 * rules read only media types and schema shapes. A construct no rule covers stops generation with
 * a message that names the operation (or schema) and the construct, so nothing compiles that would
 * fail at the first call.
 *
 * <p>Per operation it sets:
 * <ul>
 *   <li>the request kind: {@code x-request-json}, {@code x-request-multipart}, or
 *       {@code x-request-msgpack} (an operation that takes {@code application/msgpack} beside JSON: the
 *       body goes as MessagePack when it carries bytes, as JSON otherwise);
 *   <li>the response kind of its success status: {@code x-response-json}, {@code x-response-none},
 *       {@code x-response-binary} (with {@code x-accept}, the media types it may send) or
 *       {@code x-response-events} (server-sent events, with {@code x-event-type}, the model of each
 *       event's data);
 *   <li>{@code x-has-query} when it takes query parameters, and {@code x-short-form} when some of its
 *       arguments may be left out (optional headers, path parameters with a default, a query with no
 *       required parameter), for the shorter overload.
 * </ul>
 *
 * <p>Schema rewrites: {@code oneOf}/{@code anyOf} of a string and an array of strings becomes a list
 * marked {@code x-one-or-many} (sent as a single string when it has one item); an inline enum of a property is hoisted
 * into {@code components/schemas} as {@code <Schema><Property>}; {@code format: binary} inside a
 * JSON-shaped body (through {@code $ref}, array items and {@code allOf}) becomes {@code format: byte}
 * marked {@code x-binary} (bytes, sent as MessagePack binary); the model of a multipart form is
 * marked {@code x-multipart}, so it lays itself out as parts. A construct in a schema is reported
 * with the operations that reach it. Run by Maven in {@code generate-sources}, before the
 * generator; arguments: the spec, the file to write. ClientSpecTest holds a small spec per refusal.
 * A schema marked {@code x-msgpack} (a message that only ever travels as MessagePack, such as the
 * live session's WebSocket frames) gets the same bytes rule without any operation reaching it.
 */
public final class ClientSpec {
  private static final List<String> METHODS = Arrays.asList("get", "put", "post", "delete", "patch", "head", "options");

  /** Thrown with a message that names where the spec says what the templates cannot express. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String where, String construct) {
      super("generation stopped: " + where + ": " + construct);
    }
  }

  private final Map<String, Object> root;
  private final Map<String, Object> schemas;
  /** Per tag, the hand-written interface its service implements ({@code x-java-implements} on the tag). */
  private Map<String, Object> mixins;

  private ClientSpec(Map<String, Object> root) {
    this.root = root;
    this.schemas = map(map(root, "components"), "schemas");
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ClientSpec <spec> <output>");
    }
    try {
      write(Paths.get(args[0]), Paths.get(args[1]));
    } catch (Unsupported e) {
      System.err.println("client-spec: " + e.getMessage());
      System.exit(1);
    }
    System.out.println("client-spec: " + args[1]);
  }

  /** Reads {@code spec}, normalizes it and writes what the generator reads to {@code out}. */
  static void write(Path spec, Path out) throws IOException {
    Map<String, Object> root;
    try (Reader in = Files.newBufferedReader(spec, StandardCharsets.UTF_8)) {
      root = new Yaml(new LoaderOptions()).load(in);
    }
    normalize(root);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(1000);
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      new Yaml(options).dump(root, writer);
    }
  }

  /** Rewrites {@code spec} in place; throws {@link Unsupported} naming what cannot be expressed. */
  static void normalize(Map<String, Object> spec) {
    new ClientSpec(spec).run();
  }

  /** Signatures JsonFields.requireMediaType can check. */
  private static final List<String> CHECKED_MEDIA_TYPES = Arrays.asList("audio/wav");

  private void run() {
    Map<String, Object> mixins = new LinkedHashMap<>();
    if (root.containsKey("tags")) {
      for (Object tag : list(root, "tags")) {
        Map<String, Object> t = asMap(tag);
        if (t.containsKey("x-java-implements")) {
          mixins.put(String.valueOf(t.get("name")), t.get("x-java-implements"));
        }
      }
    }
    this.mixins = mixins;
    Map<String, List<String>> users = users();
    for (String name : new ArrayList<>(schemas.keySet())) {
      // A construct in a schema is reported with the operations that send or read it.
      List<String> by = users.getOrDefault(name, new ArrayList<>());
      rewriteSchema((by.isEmpty() ? "" : String.join(" and ", by) + ", ") + "schema " + name, name, map(schemas, name));
    }
    for (String name : new ArrayList<>(schemas.keySet())) {
      if (Boolean.TRUE.equals(map(schemas, name).get("x-msgpack"))) {
        // A MessagePack message (a WebSocket frame): its binary fields are bytes, as in a msgpack body.
        markBinary(map(schemas, name), new ArrayList<>());
      }
    }
    Map<String, Object> paths = map(root, "paths");
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      Map<String, Object> item = asMap(path.getValue());
      List<Object> shared = item.containsKey("parameters") ? list(item, "parameters") : new ArrayList<>();
      for (String method : METHODS) {
        if (item.containsKey(method)) {
          operation(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), asMap(item.get(method)), shared);
        }
      }
      item.remove("parameters");
    }
  }

  /** Per schema, the operations ({@code id (METHOD path)}) whose parameters, body or responses reach it. */
  private Map<String, List<String>> users() {
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (Map.Entry<String, Object> path : map(root, "paths").entrySet()) {
      Map<String, Object> item = asMap(path.getValue());
      for (String method : METHODS) {
        if (item.containsKey(method)) {
          Map<String, Object> operation = asMap(item.get(method));
          String where = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
          Object id = operation.get("operationId");
          String name = id instanceof String ? id + " (" + where + ")" : where;
          List<String> reached = new ArrayList<>();
          reach(item.get("parameters"), reached);
          reach(operation, reached);
          for (String schema : reached) {
            users.computeIfAbsent(schema, k -> new ArrayList<>()).add(name);
          }
        }
      }
    }
    return users;
  }

  /** Adds to {@code reached} every schema a {@code $ref} under {@code node} leads to, through components. */
  private void reach(Object node, List<String> reached) {
    if (node instanceof List) {
      for (Object item : (List<?>) node) {
        reach(item, reached);
      }
    } else if (node instanceof Map) {
      Map<String, Object> map = asMap(node);
      Object ref = map.get("$ref");
      if (ref instanceof String && ((String) ref).startsWith("#/components/")) {
        String target = (String) ref;
        if (target.startsWith("#/components/schemas/")) {
          String name = refName(map);
          if (reached.contains(name)) {
            return;
          }
          reached.add(name);
        }
        reach(resolve(map), reached);
        return;
      }
      for (Object value : map.values()) {
        reach(value, reached);
      }
    }
  }

  // ---- Operations ----

  private void operation(String where, Map<String, Object> operation, List<Object> shared) {
    Object id = operation.get("operationId");
    if (!(id instanceof String)) {
      throw new Unsupported(where, "no operationId, which names its Java method");
    }
    where = id + " (" + where + ")";
    Object tags = operation.get("tags");
    if (!(tags instanceof List) || ((List<?>) tags).size() != 1) {
      throw new Unsupported(where, "needs exactly one tag, which names its service");
    }
    Map<String, Object> ext = new LinkedHashMap<>();
    Object mixin = mixins.get(String.valueOf(((List<?>) tags).get(0)));
    if (mixin != null) {
      // The class is rendered once per tag; the template reads it from the tag's first operation.
      ext.put("x-service-implements", mixin);
    }
    parameters(where, operation, shared, ext);
    requestBody(where, operation, ext);
    nonEmpty(where, operation, ext);
    response(where, operation, ext);
    echoes(where, operation, ext);
    operation.putAll(ext);
  }

  /**
   * Query parameters, and the separators the templates put between arguments: the templates list
   * path parameters, header parameters, the body, then the query (the query's parameters one by one
   * in the Retrofit interface, as one value in the service), and a shorter form that leaves out what
   * has a default or is optional. Mustache cannot tell where a comma goes across those groups, so
   * each parameter carries {@code x-sep} (a comma before it), {@code x-short-keep} and
   * {@code x-short-sep}; the operation carries the same for its body and its query value.
   */
  private void parameters(String where, Map<String, Object> operation, List<Object> shared, Map<String, Object> ext) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (Object p : shared) {
      all.add(copyParameter(p));
    }
    if (operation.containsKey("parameters")) {
      for (Object p : list(operation, "parameters")) {
        all.add(copyParameter(p));
      }
    }
    List<Map<String, Object>> path = new ArrayList<>();
    List<Map<String, Object>> header = new ArrayList<>();
    List<Map<String, Object>> query = new ArrayList<>();
    for (Map<String, Object> parameter : all) {
      String in = String.valueOf(parameter.get("in"));
      String name = String.valueOf(parameter.get("name"));
      String at = where + " parameter " + name;
      Map<String, Object> schema = parameter.containsKey("schema") ? asMap(parameter.get("schema")) : new LinkedHashMap<>();
      parameterSchema(at, schema);
      if ("path".equals(in)) {
        pathSchema(at, schema);
      }
      if (schema.containsKey("enum")) {
        parameter.put("schema", hoistEnum(at, pascal(String.valueOf(operation.get("operationId"))) + pascal(name), schema));
      }
      if (schema.containsKey("default") && !"query".equals(in)) {
        parameter.put("x-default-literal", javaLiteral(at, schema, schema.get("default")));
      }
      switch (in) {
        case "path":
          path.add(parameter);
          parameter.put("x-short-keep", !schema.containsKey("default"));
          break;
        case "header":
          header.add(parameter);
          parameter.put("x-short-keep", Boolean.TRUE.equals(parameter.get("required")) && !schema.containsKey("default"));
          break;
        case "query":
          query.add(parameter);
          break;
        default:
          throw new Unsupported(at, "a parameter in " + in + ", which the client does not send");
      }
    }
    boolean hasBody = operation.containsKey("requestBody");
    boolean queryRequired = false;
    for (Map<String, Object> parameter : query) {
      queryRequired |= Boolean.TRUE.equals(parameter.get("required"));
    }
    // The full list: path, header, body, query.
    int full = 0;
    int kept = 0;
    for (Map<String, Object> parameter : concat(path, header)) {
      parameter.put("x-sep", full++ > 0);
      if (Boolean.TRUE.equals(parameter.get("x-short-keep"))) {
        parameter.put("x-short-sep", kept++ > 0);
      }
    }
    boolean shortForm = kept < full;
    if (hasBody) {
      ext.put("x-has-body", true);
      ext.put("x-body-sep", full++ > 0);
      ext.put("x-body-short-sep", kept++ > 0);
    }
    int apiPosition = full;
    for (Map<String, Object> parameter : query) {
      parameter.put("x-sep", apiPosition++ > 0);
    }
    if (!query.isEmpty()) {
      ext.put("x-has-query", true);
      ext.put("x-query-sep", full > 0);
      if (queryRequired) {
        ext.put("x-query-short-keep", true);
        ext.put("x-query-short-sep", kept > 0);
      } else {
        shortForm = true;
      }
    }
    if (shortForm) {
      ext.put("x-short-form", true);
    }
    List<Object> rewritten = new ArrayList<>(concat(path, header));
    rewritten.addAll(query);
    // Shared parameters are folded into the operation, each with the separators of its place here.
    operation.put("parameters", rewritten);
  }

  /** The Java literal of a parameter's default, for the shorter overload that sends it. */
  private String javaLiteral(String at, Map<String, Object> schema, Object value) {
    Map<String, Object> type = resolve(schema);
    if (type.containsKey("allOf")) {
      type = resolve(asMap(list(type, "allOf").get(0)));
    }
    if (value instanceof String && ("string".equals(type.get("type")) || type.get("type") == null)) {
      String text = (String) value;
      if (text.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '\\' || c > 0x7e)) {
        throw new Unsupported(at, "a default that is not plain printable ASCII");
      }
      return "\"" + text + "\"";
    }
    if (value instanceof Integer && "integer".equals(type.get("type"))) {
      return value.toString();
    }
    throw new Unsupported(at, "a default of type " + type.get("type") + " on a path or header parameter");
  }

  private Map<String, Object> copyParameter(Object parameter) {
    return new LinkedHashMap<>(resolve(asMap(parameter)));
  }

  private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
    List<Map<String, Object>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** {@code x-echoes: {field, parameter}}: a JSON answer's top-level field must equal a path parameter. */
  private void echoes(String where, Map<String, Object> operation, Map<String, Object> ext) {
    if (!operation.containsKey("x-echoes")) {
      return;
    }
    Map<String, Object> echoes = asMap(operation.get("x-echoes"));
    Object parameter = echoes.get("parameter");
    boolean inPath = false;
    for (Object p : list(operation, "parameters")) {
      Map<String, Object> param = asMap(p);
      inPath |= "path".equals(param.get("in")) && String.valueOf(param.get("name")).equals(parameter);
    }
    if (!inPath || !Boolean.TRUE.equals(ext.get("x-response-json"))) {
      throw new Unsupported(where, "x-echoes needs a path parameter " + parameter + " and a JSON answer");
    }
  }

  /**
   * {@code x-nonempty} on an operation: string fields of its body that it refuses empty, though their
   * schema allows it because another message shares the schema (a live session's start carries a
   * {@code TtsRequest} whose text is empty; {@code POST /v1/tts} refuses that). The templates check each
   * after the body's own {@code validate()}; {@code x-nonempty-fields} gives each field's Java accessor.
   */
  private void nonEmpty(String where, Map<String, Object> operation, Map<String, Object> ext) {
    if (!operation.containsKey("x-nonempty")) {
      return;
    }
    Object bodyType = ext.get("x-body-type");
    if (bodyType == null) {
      throw new Unsupported(where, "x-nonempty without a request body");
    }
    Map<String, Object> body = map(schemas, String.valueOf(bodyType));
    Map<String, Object> properties = body.containsKey("properties") ? map(body, "properties") : new LinkedHashMap<>();
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Object name : list(operation, "x-nonempty")) {
      Object property = properties.get(String.valueOf(name));
      if (property == null || !"string".equals(resolve(asMap(property)).get("type"))) {
        throw new Unsupported(where, "x-nonempty names " + name + ", which is no string property of " + bodyType);
      }
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", String.valueOf(name));
      field.put("getter", camel(String.valueOf(name)));
      fields.add(field);
    }
    ext.put("x-nonempty-fields", fields);
  }

  /** The generator's Java name of a property: {@code reference_id} is {@code referenceId}. */
  private static String camel(String name) {
    String pascal = pascal(name);
    return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /**
   * The templates take a path parameter as a {@code String} and check its length and pattern: a
   * path parameter of another type, or with an enum, would be sent unchecked.
   */
  private void pathSchema(String at, Map<String, Object> schema) {
    Map<String, Object> type = resolve(schema);
    if (type.containsKey("allOf")) {
      type = resolve(asMap(list(type, "allOf").get(0)));
    }
    if (!"string".equals(type.get("type"))) {
      throw new Unsupported(at, "a path parameter of type " + type.get("type") + ": the client takes path parameters "
          + "as strings, whose length and pattern it checks");
    }
    if (type.containsKey("enum")) {
      throw new Unsupported(at, "an enum path parameter: the client takes path parameters as strings, and would "
          + "not check the enum");
    }
  }

  private void parameterSchema(String at, Map<String, Object> schema) {
    if (schema.containsKey("allOf") && list(schema, "allOf").size() == 1 && asMap(list(schema, "allOf").get(0)).containsKey("$ref")) {
      return; // A reference with a default beside it, as OpenAPI 3.0 writes one.
    }
    for (String composed : Arrays.asList("oneOf", "anyOf", "allOf", "not")) {
      if (schema.containsKey(composed)) {
        throw new Unsupported(at, composed + " in a parameter's schema");
      }
    }
    String type = String.valueOf(schema.get("type"));
    if ("object".equals(type)) {
      throw new Unsupported(at, "an object-typed parameter");
    }
    if ("array".equals(type)) {
      Map<String, Object> items = resolve(asMap(schema.get("items")));
      if (!"string".equals(items.get("type")) && !"integer".equals(items.get("type"))) {
        throw new Unsupported(at, "an array parameter of " + items.get("type"));
      }
    }
  }

  private void requestBody(String where, Map<String, Object> operation, Map<String, Object> ext) {
    if (!operation.containsKey("requestBody")) {
      return;
    }
    Map<String, Object> content = map(resolve(asMap(operation.get("requestBody"))), "content");
    boolean json = false;
    boolean multipart = false;
    boolean msgpack = false;
    for (String type : content.keySet()) {
      String mediaType = type.toLowerCase(Locale.ROOT);
      if (mediaType.equals("application/json")) {
        json = true;
      } else if (mediaType.equals("multipart/form-data")) {
        multipart = true;
      } else if (mediaType.equals("application/msgpack") || mediaType.equals("application/x-msgpack")) {
        msgpack = true;
      } else {
        throw new Unsupported(where, "request media type " + type + ": the client sends JSON, multipart/form-data "
            + "or application/msgpack");
      }
    }
    if (multipart) {
      // Only multipart carries streamed files; the other kinds the operation may take are not needed.
      ext.put("x-request-multipart", true);
      Map<String, Object> formSchema = asMap(asMap(content.get("multipart/form-data")).get("schema"));
      if (!formSchema.containsKey("$ref")) {
        throw new Unsupported(where, "an inline multipart form schema: give it a name under components/schemas, "
            + "which names its Java model");
      }
      ext.put("x-body-type", refName(formSchema));
      // The form's model lays itself out as parts (toMultipart): it is one because a call sends it so.
      map(schemas, refName(formSchema)).put("x-multipart", true);
      if (json || msgpack) {
        // The generator would pick the first media type; the body is the multipart form.
        Map<String, Object> form = asMap(content.get("multipart/form-data"));
        content.clear();
        content.put("multipart/form-data", form);
      }
      return;
    }
    String shape = json ? "application/json" : "application/msgpack";
    Map<String, Object> schema = asMap(asMap(content.get(shape)).get("schema"));
    if (!schema.containsKey("$ref")) {
      throw new Unsupported(where, "an inline request body schema: give it a name under components/schemas, "
          + "which names its Java model");
    }
    typed(where + " request body", schema, new ArrayList<>());
    ext.put("x-body-type", refName(schema));
    String binaryAt = binaryPath(schema, new ArrayList<>());
    if (msgpack) {
      ext.put("x-request-msgpack", true);
      markBinary(schema, new ArrayList<>());
    } else if (binaryAt != null) {
      throw new Unsupported(where, "binary data (" + binaryAt + ") inside a JSON body, which JSON cannot carry: "
          + "declare application/msgpack beside application/json");
    } else {
      ext.put("x-request-json", true);
    }
    // Retrofit sends one body; the templates read the JSON-shaped schema.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schema", schema);
    Object examples = asMap(content.get(shape)).get("examples");
    if (examples != null) {
      body.put("examples", examples);
    }
    content.clear();
    content.put("application/json", body);
  }

  /** The first {@code format: binary} (or {@code x-binary}) property reachable from {@code schema}, as a path. */
  private String binaryPath(Map<String, Object> schema, List<String> seen) {
    if (schema.containsKey("$ref")) {
      String name = refName(schema);
      if (seen.contains(name)) {
        return null;
      }
      seen.add(name);
      String inner = binaryPath(map(schemas, name), seen);
      return inner == null ? null : name + "." + inner;
    }
    if ("binary".equals(schema.get("format")) || Boolean.TRUE.equals(schema.get("x-binary"))) {
      return "";
    }
    if (schema.containsKey("allOf")) {
      // nullable beside a $ref, as OpenAPI 3.0 writes it.
      for (Object part : list(schema, "allOf")) {
        String inner = binaryPath(asMap(part), seen);
        if (inner != null) {
          return inner;
        }
      }
    }
    if (schema.containsKey("items")) {
      String inner = binaryPath(asMap(schema.get("items")), seen);
      return inner == null ? null : "[]" + inner;
    }
    if (schema.containsKey("properties")) {
      for (Map.Entry<String, Object> property : map(schema, "properties").entrySet()) {
        String inner = binaryPath(asMap(property.getValue()), seen);
        if (inner != null) {
          return property.getKey() + (inner.isEmpty() || inner.startsWith("[") ? inner : "." + inner);
        }
      }
    }
    return null;
  }

  private void response(String where, Map<String, Object> operation, Map<String, Object> ext) {
    Map<String, Object> responses = map(operation, "responses");
    String success = null;
    for (String code : responses.keySet()) {
      if (code.startsWith("2") && (success == null || code.compareTo(success) < 0)) {
        success = code;
      }
    }
    if (success == null) {
      throw new Unsupported(where, "no 2xx response, so no success type");
    }
    for (String code : responses.keySet()) {
      if (code.startsWith("2") && !code.equals(success)) {
        throw new Unsupported(where, "two success statuses (" + success + ", " + code + ") with one Java return type");
      }
    }
    Map<String, Object> response = resolve(asMap(responses.get(success)));
    Map<String, Object> content = response.containsKey("content") ? map(response, "content") : new LinkedHashMap<>();
    if (content.isEmpty()) {
      ext.put("x-response-none", true);
      return;
    }
    String kind = null;
    List<String> binaryTypes = new ArrayList<>();
    for (Map.Entry<String, Object> entry : content.entrySet()) {
      String mediaType = entry.getKey().toLowerCase(Locale.ROOT);
      String this_;
      if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
        this_ = "json";
      } else if (mediaType.equals("text/event-stream")) {
        this_ = "events";
      } else if (mediaType.startsWith("audio/") || mediaType.equals("application/octet-stream")) {
        this_ = "binary";
        binaryTypes.add(entry.getKey());
      } else {
        throw new Unsupported(where, "response " + success + " media type " + entry.getKey() + ": the client reads "
            + "JSON, server-sent events (text/event-stream) and binary (audio/*, application/octet-stream)");
      }
      if (kind != null && !kind.equals(this_)) {
        throw new Unsupported(where, "response " + success + " mixes " + kind + " and " + this_ + " media types");
      }
      kind = this_;
    }
    switch (kind) {
      case "json": {
        Map<String, Object> schema = asMap(asMap(content.values().iterator().next()).get("schema"));
        if (!schema.containsKey("$ref")) {
          throw new Unsupported(where, "an inline response schema: give it a name under components/schemas, "
              + "which names its Java model");
        }
        typed(where + " response " + success, schema, new ArrayList<>());
        ext.put("x-response-json", true);
        break;
      }
      case "events": {
        Map<String, Object> media = asMap(content.get("text/event-stream"));
        Map<String, Object> schema = media.containsKey("schema") ? asMap(media.get("schema")) : new LinkedHashMap<>();
        if (!schema.containsKey("$ref")) {
          throw new Unsupported(where, "server-sent events whose data schema is not a $ref: name the event's "
              + "schema under components/schemas, which names its Java model");
        }
        typed(where + " events", schema, new ArrayList<>());
        ext.put("x-response-events", true);
        ext.put("x-event-type", refName(schema));
        // The generator would type the call as the event model; the templates type it as a stream.
        content.clear();
        break;
      }
      default:
        ext.put("x-response-binary", true);
        ext.put("x-accept", String.join(", ", binaryTypes));
        // The generator would map a binary schema to the upload type; the templates stream the body.
        content.clear();
    }
  }

  /** A schema a call sends or returns, and every schema it reaches, must be one the templates type. */
  private void typed(String where, Map<String, Object> schema, List<String> seen) {
    if (schema.containsKey("$ref")) {
      String name = refName(schema);
      if (!seen.contains(name)) {
        seen.add(name);
        typed(where + " (" + name + ")", map(schemas, name), seen);
      }
      return;
    }
    if (schema.containsKey("allOf") && list(schema, "allOf").size() == 1) {
      typed(where, asMap(list(schema, "allOf").get(0)), seen);
      return;
    }
    for (String composed : Arrays.asList("oneOf", "anyOf", "allOf", "not")) {
      if (schema.containsKey(composed)) {
        throw new Unsupported(where, composed + " as a whole schema (a model must be an object with properties)");
      }
    }
    if (schema.containsKey("items")) {
      typed(where, asMap(schema.get("items")), seen);
    }
    if (schema.containsKey("properties")) {
      for (Object property : map(schema, "properties").values()) {
        typed(where, asMap(property), seen);
      }
    }
  }

  // ---- Schemas ----

  private void rewriteSchema(String where, String owner, Map<String, Object> schema) {
    // A composed schema at the top is typed only where a call reads or sends it: see typed().
    if (!schema.containsKey("properties")) {
      return;
    }
    Map<String, Object> properties = map(schema, "properties");
    for (Map.Entry<String, Object> entry : properties.entrySet()) {
      String at = where + " property " + entry.getKey();
      Map<String, Object> property = asMap(entry.getValue());
      entry.setValue(rewriteProperty(at, owner, entry.getKey(), property));
    }
  }

  private Map<String, Object> rewriteProperty(String at, String owner, String name, Map<String, Object> property) {
    if (property.containsKey("x-media-type") && !CHECKED_MEDIA_TYPES.contains(property.get("x-media-type"))) {
      throw new Unsupported(at, "x-media-type " + property.get("x-media-type") + ": the client checks the signature of "
          + CHECKED_MEDIA_TYPES + " only");
    }
    for (String composed : Arrays.asList("oneOf", "anyOf")) {
      if (property.containsKey(composed)) {
        List<Object> options = new ArrayList<>(list(property, composed));
        options.removeIf(option -> "null".equals(asMap(option).get("type")));
        if (options.size() == 2 && isOneOrMany(asMap(options.get(0)), asMap(options.get(1)))) {
          Map<String, Object> rewritten = new LinkedHashMap<>(property);
          rewritten.remove(composed);
          rewritten.put("type", "array");
          rewritten.put("items", asMap(options.get(0)));
          rewritten.put("x-one-or-many", true);
          return rewritten;
        }
        throw new Unsupported(at, composed + " other than of a string and an array of strings");
      }
    }
    if (property.containsKey("not")) {
      throw new Unsupported(at, "not");
    }
    if ("string".equals(property.get("type")) && "decimal".equals(property.get("format"))) {
      // A decimal number sent as text: the templates read it as a BigDecimal, losing no digit.
      property.put("x-decimal", true);
    }
    if (property.containsKey("allOf")) {
      List<Object> parts = list(property, "allOf");
      if (parts.size() != 1 || !asMap(parts.get(0)).containsKey("$ref")) {
        throw new Unsupported(at, "allOf other than of one $ref");
      }
      // allOf of one $ref is how OpenAPI 3.0 puts a default, a description or nullable beside a
      // reference; the generator types it as the reference.
      return property;
    }
    if (property.containsKey("enum")) {
      return hoistEnum(at, owner + pascal(name), property);
    }
    if ("array".equals(property.get("type")) && property.containsKey("items")) {
      Map<String, Object> items = asMap(property.get("items"));
      if (items.containsKey("enum")) {
        property.put("items", hoistEnum(at + " items", owner + pascal(name), items));
      } else if (items.containsKey("oneOf") || items.containsKey("anyOf") || items.containsKey("allOf")) {
        throw new Unsupported(at, "a composed schema as array items");
      } else if ("object".equals(items.get("type")) && items.containsKey("properties")) {
        throw new Unsupported(at, "an inline object as array items: name it under components/schemas");
      }
    }
    if ("object".equals(property.get("type")) && property.containsKey("properties")) {
      throw new Unsupported(at, "an inline object: name it under components/schemas");
    }
    return property;
  }

  private static boolean isOneOrMany(Map<String, Object> one, Map<String, Object> many) {
    return "string".equals(one.get("type")) && !one.containsKey("enum")
        && "array".equals(many.get("type")) && many.containsKey("items")
        && "string".equals(asMap(many.get("items")).get("type"));
  }

  /** An inline enum becomes a named schema, as the templates type enums only by name. */
  private Map<String, Object> hoistEnum(String at, String name, Map<String, Object> property) {
    Map<String, Object> hoisted = new LinkedHashMap<>();
    for (String key : Arrays.asList("type", "enum", "description", "title")) {
      if (property.containsKey(key)) {
        hoisted.put(key, property.get(key));
      }
    }
    Object type = hoisted.get("type");
    if (!"string".equals(type) && !"integer".equals(type)) {
      throw new Unsupported(at, "an enum of type " + type + "; the client has string and integer enums");
    }
    Object existing = schemas.get(name);
    if (existing != null && !hoisted.equals(existing)) {
      throw new Unsupported(at, "its inline enum would be named " + name + ", which another schema already is");
    }
    schemas.put(name, hoisted);
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("$ref", "#/components/schemas/" + name);
    Map<String, Object> rewritten = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : property.entrySet()) {
      if (!hoisted.containsKey(entry.getKey())) {
        rewritten.put(entry.getKey(), entry.getValue());
      }
    }
    if (rewritten.isEmpty()) {
      return reference;
    }
    // OpenAPI 3.0 ignores what stands beside a $ref; beside an allOf of it, the generator reads a
    // default (for the "or default" accessor) and nullable.
    rewritten.put("allOf", new ArrayList<>(Arrays.asList(reference)));
    if (property.containsKey("description")) {
      rewritten.put("description", property.get("description"));
    }
    return rewritten;
  }

  /**
   * Marks every binary property reachable from a MessagePack-capable body as bytes ({@code format:
   * byte}, {@code x-binary}): the model holds them in memory, and MessagePack sends them as binary.
   */
  private void markBinary(Map<String, Object> schema, List<String> seen) {
    if (schema.containsKey("$ref")) {
      String name = refName(schema);
      if (!seen.contains(name)) {
        seen.add(name);
        markBinary(map(schemas, name), seen);
      }
      return;
    }
    if ("binary".equals(schema.get("format")) && "string".equals(schema.get("type"))) {
      schema.put("format", "byte");
      schema.put("x-binary", true);
    }
    if (schema.containsKey("allOf")) {
      for (Object part : list(schema, "allOf")) {
        markBinary(asMap(part), seen);
      }
    }
    if (schema.containsKey("items")) {
      markBinary(asMap(schema.get("items")), seen);
    }
    if (schema.containsKey("properties")) {
      for (Object property : map(schema, "properties").values()) {
        markBinary(asMap(property), seen);
      }
    }
  }

  // ---- Helpers ----

  private Map<String, Object> resolve(Map<String, Object> node) {
    Object ref = node.get("$ref");
    if (!(ref instanceof String)) {
      return node;
    }
    String[] parts = ((String) ref).substring(2).split("/");
    Map<String, Object> target = root;
    for (String part : parts) {
      target = map(target, part);
    }
    return target;
  }

  private static String refName(Map<String, Object> schema) {
    String ref = String.valueOf(schema.get("$ref"));
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[_\\-\\s]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object node) {
    if (!(node instanceof Map)) {
      throw new IllegalStateException("expected a mapping, was " + node);
    }
    return (Map<String, Object>) node;
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return asMap(parent.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> parent, String key) {
    return (List<Object>) parent.get(key);
  }
}
