package fishaudio.client.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Compares our spec with a provider's OpenAPI document (3.0 or 3.1, JSON or YAML): operations only on
 * one side, then, for each operation both have, parameter by parameter and body field by body field; and
 * checks every difference against the reviewed list in {@code openapi/upstream-differences.yaml}. Run by
 * {@code scripts/upstream-diff}.
 *
 * <p>Exit 0 when the differences found are exactly the ones listed; 1 otherwise, new ones first.
 */
public final class UpstreamDiff {
  /** The schema keywords compared for each field, after nullability is pulled out of 3.0 and 3.1 forms. */
  private static final List<String> ATTRIBUTES = Arrays.asList(
      "type", "format", "nullable", "required", "default", "enum", "minimum", "maximum", "exclusiveMinimum",
      "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "alsoOneItem");

  private static final List<String> METHODS =
      Arrays.asList("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private UpstreamDiff() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && "--readme-table".equals(args[0])) {
      System.out.print(readmeTable(new String(
          Files.readAllBytes(Paths.get("openapi/upstream-differences.yaml")), StandardCharsets.UTF_8)));
      return;
    }
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: scripts/upstream-diff PATH_OR_URL [OUR_SPEC [KNOWN_DIFFERENCES]]");
      System.exit(2);
    }
    Path ours = Paths.get(args.length > 1 ? args[1] : "openapi/fish-audio.yaml");
    Path known = Paths.get(args.length > 2 ? args[2] : "openapi/upstream-differences.yaml");
    String theirs = read(args[0]);
    System.exit(run(new String(Files.readAllBytes(ours), StandardCharsets.UTF_8), theirs,
        new String(Files.readAllBytes(known), StandardCharsets.UTF_8), System.out));
  }

  /** Compares, prints the report to {@code out}, and returns the exit code. */
  static int run(String ourSpec, String theirSpec, String knownDifferences, PrintStream out) {
    Map<String, Difference> found = compare(load(ourSpec), load(theirSpec));
    Map<String, Difference> listed = known(load(knownDifferences));
    List<Difference> unlisted = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Difference difference : found.values()) {
      Difference entry = listed.get(difference.key);
      if (entry == null) {
        unlisted.add(difference);
      } else if (!entry.here.equals(difference.here) || !entry.there.equals(difference.there)) {
        changed.add(difference + "   (listed as here " + entry.here + ", there " + entry.there + ")");
      }
    }
    List<String> gone = new ArrayList<>();
    for (String key : listed.keySet()) {
      if (!found.containsKey(key)) {
        gone.add(key);
      }
    }
    for (Difference difference : unlisted) {
      out.println("NEW      " + difference);
    }
    for (String line : changed) {
      out.println("CHANGED  " + line);
    }
    for (String key : gone) {
      out.println("GONE     " + key + "   (listed, but no longer differs)");
    }
    Map<String, Integer> kinds = new TreeMap<>();
    for (Difference difference : found.values()) {
      if (listed.containsKey(difference.key)) {
        out.println("known    " + difference + "   -- " + listed.get(difference.key).reason);
      }
      kinds.merge(difference.what, 1, Integer::sum);
    }
    out.println("by kind: " + kinds.toString().replaceAll("[{}]", "").replace("=", " "));
    boolean clean = unlisted.isEmpty() && changed.isEmpty() && gone.isEmpty();
    out.println(found.size() + " differences, " + unlisted.size() + " new, " + changed.size() + " changed, "
        + gone.size() + " no longer found" + (clean ? "" : "; update openapi/upstream-differences.yaml or the spec"));
    return clean ? 0 : 1;
  }

  /** Every difference between the two documents, keyed and in a stable order. */
  static Map<String, Difference> compare(Map<String, Object> ours, Map<String, Object> theirs) {
    Map<String, Difference> found = new TreeMap<>();
    Map<String, Operation> ourOperations = operations(ours);
    Map<String, Operation> theirOperations = operations(theirs);
    for (String key : union(ourOperations.keySet(), theirOperations.keySet())) {
      Operation ourOperation = ourOperations.get(key);
      Operation theirOperation = theirOperations.get(key);
      if (ourOperation == null || theirOperation == null) {
        add(found, (ourOperation != null ? ourOperation : theirOperation).name, "operation",
            ourOperation != null ? "present" : "absent", theirOperation != null ? "present" : "absent");
        continue;
      }
      String operation = ourOperation.name;
      compareParameters(found, operation, ours, theirs, ourOperation.parameters, theirOperation.parameters);
      compareBodies(found, operation + " request", ours, theirs,
          map(resolve(ours, ourOperation.definition.get("requestBody")).get("content")),
          map(resolve(theirs, theirOperation.definition.get("requestBody")).get("content")),
          list(ourOperation.definition.get("x-nonempty")));
      Map<String, Object> ourResponses = map(ourOperation.definition.get("responses"));
      Map<String, Object> theirResponses = map(theirOperation.definition.get("responses"));
      for (String status : union(ourResponses.keySet(), theirResponses.keySet())) {
        if (!ourResponses.containsKey(status) || !theirResponses.containsKey(status)) {
          add(found, operation + " response " + status, "status",
              ourResponses.containsKey(status) ? "declared" : "absent",
              theirResponses.containsKey(status) ? "declared" : "absent");
          continue;
        }
        compareBodies(found, operation + " response " + status, ours, theirs,
            map(resolve(ours, ourResponses.get(status)).get("content")),
            map(resolve(theirs, theirResponses.get(status)).get("content")), new ArrayList<>());
      }
    }
    return found;
  }

  /**
   * A document's operations, keyed by method and path with the path parameters' names left out, so that
   * {@code /model/{id}} and {@code /model/{model_id}} are one operation (the renamed parameter is then
   * reported as a parameter).
   */
  private static Map<String, Operation> operations(Map<String, Object> doc) {
    Map<String, Operation> operations = new TreeMap<>();
    for (Map.Entry<String, Object> path : map(doc.get("paths")).entrySet()) {
      Map<String, Object> item = resolve(doc, path.getValue());
      for (String method : METHODS) {
        Map<String, Object> definition = map(item.get(method));
        if (!definition.isEmpty()) {
          String template = path.getKey().replaceAll("\\{[^}/]*}", "{}");
          operations.put(method.toUpperCase() + " " + template,
              new Operation(method.toUpperCase() + " " + path.getKey(), definition, parameters(doc, item, definition)));
        }
      }
    }
    return operations;
  }

  /**
   * An operation's parameters, its path item's included (the operation's own win, as OpenAPI says), keyed
   * by name; header names in lower case, as HTTP compares them; a name used in two places as "name (in)".
   */
  private static Map<String, Map<String, Object>> parameters(Map<String, Object> doc, Map<String, Object> item,
      Map<String, Object> operation) {
    Map<List<String>, Map<String, Object>> byPlace = new LinkedHashMap<>(); // [name, in]
    Map<String, Integer> uses = new TreeMap<>();
    for (Object raw : concat(list(item.get("parameters")), list(operation.get("parameters")))) {
      Map<String, Object> parameter = resolve(doc, raw);
      String in = text(parameter.get("in"));
      String name = "header".equals(in) ? text(parameter.get("name")).toLowerCase() : text(parameter.get("name"));
      if (byPlace.put(Arrays.asList(name, in), parameter) == null) {
        uses.merge(name, 1, Integer::sum);
      }
    }
    Map<String, Map<String, Object>> byName = new TreeMap<>();
    for (Map.Entry<List<String>, Map<String, Object>> entry : byPlace.entrySet()) {
      String name = entry.getKey().get(0);
      byName.put(uses.get(name) > 1 ? name + " (" + entry.getKey().get(1) + ")" : name, entry.getValue());
    }
    return byName;
  }

  /**
   * Compares the parameters of an operation both sides have: presence, {@code in}, how it is serialised,
   * and its schema with the same attributes as a body field ({@code required} from the parameter).
   */
  private static void compareParameters(Map<String, Difference> found, String operation, Map<String, Object> ours,
      Map<String, Object> theirs, Map<String, Map<String, Object>> ourParameters,
      Map<String, Map<String, Object>> theirParameters) {
    for (String name : union(ourParameters.keySet(), theirParameters.keySet())) {
      String at = operation + " parameter " + name;
      Map<String, Object> ourParameter = ourParameters.get(name);
      Map<String, Object> theirParameter = theirParameters.get(name);
      if (ourParameter == null || theirParameter == null) {
        add(found, at, "parameter", ourParameter != null ? "present" : "absent",
            theirParameter != null ? "present" : "absent");
        continue;
      }
      addIfDiffers(found, at, "in", text(ourParameter.get("in")), text(theirParameter.get("in")));
      addIfDiffers(found, at, "style", style(ourParameter), style(theirParameter));
      Map<String, Map<String, String>> ourFields = new TreeMap<>();
      Map<String, Map<String, String>> theirFields = new TreeMap<>();
      flatten(ours, map(ourParameter.get("schema")), name, Boolean.TRUE.equals(ourParameter.get("required")),
          ourFields, new LinkedHashSet<>());
      flatten(theirs, map(theirParameter.get("schema")), name, Boolean.TRUE.equals(theirParameter.get("required")),
          theirFields, new LinkedHashSet<>());
      compareFields(found, operation + " parameter", ourFields, theirFields);
    }
  }

  /** How a parameter goes on the wire, OpenAPI's defaults filled in: "form, explode" for a plain query one. */
  private static String style(Map<String, Object> parameter) {
    Object in = parameter.get("in");
    String style = parameter.get("style") instanceof String ? (String) parameter.get("style")
        : "query".equals(in) || "cookie".equals(in) ? "form" : "simple";
    boolean explode = parameter.get("explode") instanceof Boolean ? (Boolean) parameter.get("explode")
        : "form".equals(style);
    return style + (explode ? ", explode" : "");
  }

  /** Compares each media type both declare, field by field; a media type only one side declares is listed. */
  /**
   * Compares two bodies media type by media type. {@code nonEmpty} is our operation's {@code x-nonempty}:
   * fields the client refuses empty for this operation alone, which count as {@code minLength: 1} here.
   */
  private static void compareBodies(Map<String, Difference> found, String where, Map<String, Object> ours,
      Map<String, Object> theirs, Map<String, Object> ourContent, Map<String, Object> theirContent, List<Object> nonEmpty) {
    for (String type : theirContent.keySet()) {
      if (!ourContent.containsKey(type)) {
        add(found, where + " " + type, "media type", "absent", "declared");
      }
    }
    for (String type : ourContent.keySet()) {
      if (!theirContent.containsKey(type)) {
        add(found, where + " " + type, "media type", "declared", "absent");
        continue;
      }
      Map<String, Map<String, String>> ourFields = new TreeMap<>();
      Map<String, Map<String, String>> theirFields = new TreeMap<>();
      flatten(ours, map(map(ourContent.get(type)).get("schema")), "", true, ourFields, new LinkedHashSet<>());
      flatten(theirs, map(map(theirContent.get(type)).get("schema")), "", true, theirFields, new LinkedHashSet<>());
      for (Object field : nonEmpty) {
        if (ourFields.containsKey(String.valueOf(field))) {
          ourFields.get(String.valueOf(field)).putIfAbsent("minLength", "1");
        }
      }
      compareFields(found, where, ourFields, theirFields);
    }
  }

  /** Compares two flattened schemas field by field: fields only on one side, then each attribute. */
  private static void compareFields(Map<String, Difference> found, String where,
      Map<String, Map<String, String>> ourFields, Map<String, Map<String, String>> theirFields) {
    for (String field : union(ourFields.keySet(), theirFields.keySet())) {
      if (parentMissing(field, ourFields) || parentMissing(field, theirFields)) {
        continue; // the parent is reported as only on one side; its children add nothing
      }
      String at = where + " " + (field.isEmpty() ? "(body)" : field);
      if (!theirFields.containsKey(field)) {
        add(found, at, "field", "present", "absent");
      } else if (!ourFields.containsKey(field)) {
        add(found, at, "field", "absent", "present");
      } else {
        for (String attribute : ATTRIBUTES) {
          addIfDiffers(found, at, attribute, ourFields.get(field).getOrDefault(attribute, "-"),
              theirFields.get(field).getOrDefault(attribute, "-"));
        }
      }
    }
  }

  private static boolean parentMissing(String field, Map<String, Map<String, String>> fields) {
    int cut = Math.max(field.lastIndexOf('.'), field.endsWith("[]") ? field.length() - 2 : -1);
    if (cut <= 0) {
      return false;
    }
    String parent = field.substring(0, cut);
    return !fields.containsKey(parent) || parentMissing(parent, fields);
  }

  /**
   * Walks a schema into one entry per field path ({@code voices[]}, {@code author.nickname}), each a
   * map of normalised attributes. The body itself is the empty path.
   */
  private static void flatten(Map<String, Object> doc, Map<String, Object> raw, String path, boolean required,
      Map<String, Map<String, String>> out, Set<Object> seen) {
    Map<String, Object> schema = normalise(doc, raw);
    Map<String, String> attributes = new TreeMap<>();
    for (String attribute : ATTRIBUTES) {
      Object value = schema.get(attribute);
      if (value != null && !"required".equals(attribute)) {
        attributes.put(attribute, text(value));
      }
    }
    if (!path.isEmpty()) {
      attributes.put("required", String.valueOf(required));
    }
    if ("false".equals(attributes.get("nullable"))) {
      attributes.remove("nullable");
    }
    out.put(path, attributes);
    if (!seen.add(raw) && raw.containsKey("$ref")) {
      return;
    }
    List<Object> requiredNames = list(schema.get("required"));
    for (Map.Entry<String, Object> property : map(schema.get("properties")).entrySet()) {
      String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
      flatten(doc, map(property.getValue()), child, requiredNames.contains(property.getKey()), out, seen);
    }
    if (schema.get("items") instanceof Map) {
      flatten(doc, map(schema.get("items")), path + "[]", true, out, seen);
    }
    seen.remove(raw);
  }

  /**
   * One schema in one form: {@code $ref} and {@code allOf} merged, 3.1 {@code type: [x, "null"]} and
   * {@code anyOf/oneOf} with a null branch turned into {@code nullable: true}, 3.0 boolean
   * {@code exclusiveMinimum} turned into the 3.1 number, and {@code null} dropped from enums.
   */
  private static Map<String, Object> normalise(Map<String, Object> doc, Map<String, Object> raw) {
    Map<String, Object> schema = new LinkedHashMap<>(resolve(doc, raw));
    for (Object part : list(schema.remove("allOf"))) {
      Map<String, Object> merged = normalise(doc, map(part));
      for (Map.Entry<String, Object> entry : merged.entrySet()) {
        schema.putIfAbsent(entry.getKey(), entry.getValue());
      }
    }
    Object type = schema.get("type");
    if (type instanceof List) {
      List<Object> types = new ArrayList<>(list(type));
      if (types.remove("null")) {
        schema.put("nullable", true);
      }
      schema.put("type", types.size() == 1 ? types.get(0) : types);
    }
    for (String keyword : Arrays.asList("anyOf", "oneOf")) {
      List<Object> alternatives = new ArrayList<>(list(schema.get(keyword)));
      boolean hadNull = alternatives.removeIf(a -> "null".equals(resolve(doc, map(a)).get("type")));
      if (hadNull) {
        schema.put("nullable", true);
      }
      Map<String, Object> array = onlyArray(doc, alternatives);
      if (array != null) {
        // "An array, or one item of it" (the provider's voices, texts, tags): compared as the array.
        schema.remove(keyword);
        for (Map.Entry<String, Object> entry : array.entrySet()) {
          schema.putIfAbsent(entry.getKey(), entry.getValue());
        }
        schema.put("alsoOneItem", true);
      } else if (hadNull && alternatives.size() == 1) {
        schema.remove(keyword);
        Map<String, Object> only = normalise(doc, map(alternatives.get(0)));
        for (Map.Entry<String, Object> entry : only.entrySet()) {
          schema.putIfAbsent(entry.getKey(), entry.getValue());
        }
      } else if (!alternatives.isEmpty()) {
        schema.putIfAbsent("type", keyword + " of " + alternatives.size());
      }
    }
    for (String bound : Arrays.asList("Minimum", "Maximum")) {
      Object exclusive = schema.get("exclusive" + bound);
      if (Boolean.TRUE.equals(exclusive)) {
        schema.put("exclusive" + bound, schema.remove(bound.toLowerCase()));
      } else if (Boolean.FALSE.equals(exclusive)) {
        schema.remove("exclusive" + bound);
      }
    }
    if (schema.containsKey("const") && !schema.containsKey("enum")) {
      schema.put("enum", Collections.singletonList(schema.remove("const")));
    }
    if (schema.get("enum") instanceof List) {
      List<Object> values = new ArrayList<>(list(schema.get("enum")));
      if (values.remove(null)) {
        schema.put("nullable", true);
      }
      schema.put("enum", new TreeSet<>(strings(values)));
    }
    // 3.1 describes a file as contentMediaType; 3.0 as format: binary.
    if (schema.containsKey("contentMediaType") && !schema.containsKey("format")) {
      schema.put("format", "binary");
    }
    return schema;
  }

  /** The one array among alternatives whose other members are each a single item of it, or null. */
  private static Map<String, Object> onlyArray(Map<String, Object> doc, List<Object> alternatives) {
    Map<String, Object> array = null;
    for (Object alternative : alternatives) {
      Map<String, Object> resolved = normalise(doc, map(alternative));
      if ("array".equals(resolved.get("type"))) {
        if (array != null) {
          return null;
        }
        array = resolved;
      }
    }
    if (array == null || alternatives.size() < 2) {
      return null;
    }
    Map<String, Object> item = normalise(doc, map(array.get("items")));
    for (Object alternative : alternatives) {
      Map<String, Object> resolved = normalise(doc, map(alternative));
      if (resolved != array && !"array".equals(resolved.get("type"))
          && !Objects.equals(resolved.get("type"), item.get("type"))) {
        return null;
      }
    }
    return array;
  }

  private static Map<String, Object> resolve(Map<String, Object> doc, Object node) {
    Map<String, Object> current = map(node);
    for (int hops = 0; current.get("$ref") instanceof String && hops < 32; hops++) {
      String ref = (String) current.get("$ref");
      Object target = doc;
      for (String part : ref.substring(ref.indexOf('#') + 2).split("/")) {
        target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
      }
      Map<String, Object> merged = new LinkedHashMap<>(map(target));
      for (Map.Entry<String, Object> entry : current.entrySet()) {
        if (!"$ref".equals(entry.getKey())) {
          merged.put(entry.getKey(), entry.getValue());
        }
      }
      current = merged;
    }
    return current;
  }

  /**
   * The README's table of the differences we keep, rendered from the reviewed list, so the two never
   * disagree (checked by UpstreamDifferencesReadmeTest; print it with {@code --readme-table}).
   */
  static String readmeTable(String knownDifferences) {
    StringBuilder table = new StringBuilder("| where | what | this spec | provider's document | why |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    Map<String, Object> file = load(knownDifferences);
    known(file); // refuses a difference listed twice
    for (Object item : list(file.get("differences"))) {
      Map<String, Object> entry = map(item);
      table.append("| `").append(String.join("`<br>`", places(entry))).append("` | ").append(text(entry.get("what")))
          .append(" | ").append(cell(text(entry.get("here")))).append(" | ").append(cell(text(entry.get("there"))))
          .append(" | ").append(text(entry.get("reason")).replace("|", "\\|")).append(" |\n");
    }
    return table.toString();
  }

  private static String cell(String value) {
    return "-".equals(value) ? "-" : "`" + value + "`";
  }

  /**
   * The reviewed list, one difference per place: an entry whose {@code at} is a list (the upstream
   * operations we do not adopt, one reason for a family) stands for the same difference at each place.
   * Each place is named, never a prefix, so an operation the provider adds under a known prefix is new.
   */
  private static Map<String, Difference> known(Map<String, Object> file) {
    Map<String, Difference> listed = new LinkedHashMap<>();
    for (Object item : list(file.get("differences"))) {
      Map<String, Object> entry = map(item);
      for (String at : places(entry)) {
        Difference difference = new Difference(at, text(entry.get("what")), text(entry.get("here")),
            text(entry.get("there")), text(entry.get("reason")));
        if (listed.put(difference.key, difference) != null) {
          throw new IllegalArgumentException("upstream-differences lists " + difference.key + " twice");
        }
      }
    }
    return listed;
  }

  private static List<String> places(Map<String, Object> entry) {
    Object at = entry.get("at");
    return at instanceof List ? strings(list(at)) : Collections.singletonList(text(at));
  }

  private static void add(Map<String, Difference> found, String at, String what, String here, String there) {
    Difference difference = new Difference(at, what, here, there, "");
    found.put(difference.key, difference);
  }

  private static void addIfDiffers(Map<String, Difference> found, String at, String what, String here,
      String there) {
    if (!here.equals(there)) {
      add(found, at, what, here, there);
    }
  }

  static Map<String, Object> load(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return map(new Yaml(options).load(text));
  }

  private static String read(String pathOrUrl) throws IOException {
    if (!pathOrUrl.startsWith("http://") && !pathOrUrl.startsWith("https://")) {
      return new String(Files.readAllBytes(Paths.get(pathOrUrl)), StandardCharsets.UTF_8);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    try {
      HttpResponse<InputStream> response = client.send(
          HttpRequest.newBuilder(URI.create(pathOrUrl)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IOException("GET " + pathOrUrl + ": HTTP " + response.statusCode());
      }
      try (InputStream body = response.body()) {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted fetching " + pathOrUrl, e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node instanceof Map ? (Map<String, Object>) node : Collections.<String, Object>emptyMap();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    return node instanceof List ? (List<Object>) node : Collections.emptyList();
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> strings(List<Object> values) {
    List<String> out = new ArrayList<>();
    for (Object value : values) {
      out.add(String.valueOf(value));
    }
    return out;
  }

  /** Numbers compare by value (3 and 3.0 agree); collections by their sorted text. */
  private static String text(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Number) {
      double number = ((Number) value).doubleValue();
      return number == Math.rint(number) && !Double.isInfinite(number)
          ? String.valueOf((long) number) : String.valueOf(number);
    }
    if (value instanceof Map || value instanceof List || value instanceof Set) {
      return String.valueOf(value);
    }
    String text = Objects.toString(value);
    return text.isEmpty() ? "\"\"" : text;
  }

  /** One operation of a document: its name as that document spells it, its definition, its parameters. */
  private static final class Operation {
    final String name;
    final Map<String, Object> definition;
    final Map<String, Map<String, Object>> parameters;

    Operation(String name, Map<String, Object> definition, Map<String, Map<String, Object>> parameters) {
      this.name = name;
      this.definition = definition;
      this.parameters = parameters;
    }
  }

  /** One difference: where, which attribute, our value and theirs. */
  static final class Difference {
    final String at;
    final String what;
    final String here;
    final String there;
    final String reason;
    final String key;

    Difference(String at, String what, String here, String there, String reason) {
      this.at = at;
      this.what = what;
      this.here = here;
      this.there = there;
      this.reason = reason;
      this.key = at + " | " + what;
    }

    @Override
    public String toString() {
      return at + ": " + what + " here " + here + ", there " + there;
    }
  }
}
