package fishaudio.client.contract;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import fishaudio.client.generated.Services;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventStream;
import fishaudio.client.internal.codec.ServerSentEvents;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * What the compiled client knows of a response body, and the fields a body carries beyond it.
 *
 * <p>The knowledge is the compiled client's, never the spec's: a success body is read with the
 * type the generated service method returns ({@code designVoice} returns {@code VoiceDesignResponse},
 * {@code textToSpeechWithTimestamps} an {@code EventStream<TtsTimestampEvent>}, each event's data
 * read as a {@code TtsTimestampEvent}); an error body with the generated model of each shape its
 * declared schema allows ({@code ErrorResponse}, {@code ValidationErrorDetail},
 * {@code ValidationErrorItem[]}), the one that knows the most of the body. Each is read by its
 * generated Moshi adapter with {@link JsonAdapter#failOnUnknown()}: where the adapter would skip a
 * name it does not know (its {@code JsonReader.Options} miss it), Moshi throws naming the path
 * instead. The field is then taken out and the body read again, so every unknown field is listed.
 *
 * <p>So a spec that renames an optional response field (which the client would silently read as
 * null) fails: Prism sends the new name, and no compiled adapter knows it.
 */
final class KnownFields {
  private static final JsonAdapter<Object> ANY = Wire.MOSHI.adapter(Object.class);
  private static final Pattern UNKNOWN = Pattern.compile("Cannot skip unexpected \\w+ at (\\$.*)");
  private static final int MAX_UNKNOWN = 50;
  private static final String GENERATED = Services.class.getPackage().getName();
  private static final Map<String, Type> SUCCESS_TYPES = new ConcurrentHashMap<>();
  private static final Type NO_JSON = Void.class;

  private KnownFields() {}

  /**
   * The fields of {@code body} that the compiled client does not know, each as a JSON path with
   * the model that does not know it; empty when the body is not JSON, or the client reads none of it.
   *
   * <p>{@code invented}: the body is one Prism made up ({@code Prefer: dynamic=true}). Prism then
   * adds properties of random names wherever a schema allows additional properties (it does not
   * say {@code additionalProperties: false}), which the client rightly skips, as it will skip what
   * the live service adds. In such a body only a field that the spec declares by name and the
   * compiled client does not know counts: a renamed field. Every field of an example counts.
   */
  static List<String> unknownIn(Spec spec, String operationId, int status, String contentType, String body, boolean invented) {
    String mediaType = baseType(contentType);
    if (mediaType == null || body.trim().isEmpty()) {
      return Collections.emptyList();
    }
    Map<String, Object> schema = invented ? declaredSchema(spec, operationId, status, mediaType) : null;
    if (schema != null && !mediaType.equals("text/event-stream")) {
      body = declaredPart(spec, schema, body);
    }
    if (status >= 200 && status < 300) {
      Type type = successType(operationId);
      if (type == NO_JSON) {
        return Collections.emptyList();
      }
      if (mediaType.equals("text/event-stream")) {
        return type instanceof EventsOf ? unknownInEvents(spec, schema, ((EventsOf) type).event, body) : Collections.emptyList();
      }
      return isJson(mediaType) && !(type instanceof EventsOf)
          ? describe(declaredOnly(spec, schema, unknown(type, body)), type) : Collections.emptyList();
    }
    if (!isJson(mediaType)) {
      return Collections.emptyList();
    }
    return unknownInError(spec, schema, operationId, status, mediaType, body);
  }

  /** The schema the spec declares for a response, or null when it declares none for this status and media type. */
  private static Map<String, Object> declaredSchema(Spec spec, String operationId, int status, String mediaType) {
    String declaredStatus = declaredStatus(spec, operationId, status);
    for (Spec.DeclaredResponse r : spec.everyResponse(operationId)) {
      if (r.status.equals(declaredStatus) && r.mediaType != null && mediaTypeMatches(r.mediaType, mediaType)) {
        return spec.responseSchema(operationId, declaredStatus, r.mediaType);
      }
    }
    return null;
  }

  private static String declaredStatus(Spec spec, String operationId, int status) {
    return spec.declaredStatuses(operationId).contains(String.valueOf(status)) ? String.valueOf(status) : "default";
  }

  /**
   * {@code body} without the fields the spec does not declare (Prism's fillers), so that reading
   * it costs one pass instead of one per filler; the body itself when it is not JSON.
   */
  private static String declaredPart(Spec spec, Map<String, Object> schema, String body) {
    try {
      Object tree = ANY.fromJson(body);
      prune(spec, schema, tree, "$");
      return ANY.toJson(tree);
    } catch (IOException | RuntimeException e) {
      return body;
    }
  }

  @SuppressWarnings("unchecked")
  private static void prune(Spec spec, Map<String, Object> schema, Object node, String path) {
    if (node instanceof Map) {
      java.util.Iterator<Map.Entry<String, Object>> entries = ((Map<String, Object>) node).entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<String, Object> entry = entries.next();
        String child = path + "." + entry.getKey();
        if (!spec.declares(schema, child)) {
          entries.remove();
        } else {
          prune(spec, schema, entry.getValue(), child);
        }
      }
    } else if (node instanceof List) {
      List<Object> items = (List<Object>) node;
      for (int i = 0; i < items.size(); i++) {
        prune(spec, schema, items.get(i), path + "[" + i + "]");
      }
    }
  }

  /** All of {@code paths} for an example ({@code schema} null); for an invented body, those the spec declares. */
  private static List<String> declaredOnly(Spec spec, Map<String, Object> schema, List<String> paths) {
    if (schema == null) {
      return paths;
    }
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      if (spec.declares(schema, path)) {
        out.add(path);
      }
    }
    return out;
  }

  /** The type the generated service method named {@code operationId} decodes a success body to. */
  static Type successType(String operationId) {
    return SUCCESS_TYPES.computeIfAbsent(operationId, KnownFields::findSuccessType);
  }

  private static Type findSuccessType(String operationId) {
    for (Method accessor : Services.class.getMethods()) {
      if (accessor.getDeclaringClass() != Services.class || accessor.getParameterCount() != 0) {
        continue;
      }
      for (Method method : accessor.getReturnType().getMethods()) {
        if (method.getName().equals(operationId) && Modifier.isPublic(method.getModifiers())) {
          Type returned = method.getGenericReturnType();
          Class<?> raw = Types.getRawType(returned);
          if (raw == EventStream.class) {
            return new EventsOf(((ParameterizedType) returned).getActualTypeArguments()[0]);
          }
          if (raw == BinaryResponse.class || raw == void.class || raw == Void.class) {
            return NO_JSON;
          }
          return returned;
        }
      }
    }
    // No compiled call for this operation: nothing of its answers is known. The coverage check
    // names the operation; here its bodies are simply not read.
    return NO_JSON;
  }

  /** The event type of an operation that answers with server-sent events. */
  private static final class EventsOf implements Type {
    final Type event;

    EventsOf(Type event) {
      this.event = event;
    }

    @Override
    public String getTypeName() {
      return "events of " + event.getTypeName();
    }
  }

  private static List<String> unknownInEvents(Spec spec, Map<String, Object> schema, Type event, String body) {
    List<String> out = new ArrayList<>();
    try (ServerSentEvents events = new ServerSentEvents(new Buffer().writeUtf8(body), 64L * 1024 * 1024)) {
      int index = 0;
      for (ServerSentEvents.Event e = events.next(); e != null; e = events.next(), index++) {
        for (String path : describe(declaredOnly(spec, schema, unknown(event, e.data())), event)) {
          out.add("event " + index + " " + path);
        }
      }
    } catch (IOException e) {
      // A stream the parser refuses is the decoding tests' business, not a field question.
    }
    return out;
  }

  private static List<String> unknownInError(Spec spec, Map<String, Object> schema, String operationId, int status,
      String mediaType, String body) {
    String declaredStatus = declaredStatus(spec, operationId, status);
    String declaredType = null;
    for (Spec.DeclaredResponse r : spec.everyResponse(operationId)) {
      if (r.status.equals(declaredStatus) && r.mediaType != null && mediaTypeMatches(r.mediaType, mediaType)) {
        declaredType = r.mediaType;
      }
    }
    if (declaredType == null) {
      return Collections.emptyList();
    }
    List<String> shapes = spec.componentShapes(spec.responseSchema(operationId, declaredStatus, declaredType));
    String trimmed = body.trim();
    List<String> best = null;
    for (String shape : shapes) {
      boolean list = shape.endsWith("[]");
      if (list != trimmed.startsWith("[")) {
        continue;
      }
      String component = list ? shape.substring(0, shape.length() - 2) : shape;
      Class<?> model = compiledModel(component);
      if (model == null) {
        return Collections.singletonList("$ (the compiled client has no model for the spec's " + component + ")");
      }
      Type type = list ? Types.newParameterizedType(List.class, model) : model;
      List<String> unknown = describe(declaredOnly(spec, schema, unknown(type, body)), type);
      if (best == null || unknown.size() < best.size()) {
        best = unknown;
      }
    }
    return best == null ? Collections.emptyList() : best;
  }

  private static Class<?> compiledModel(String component) {
    try {
      return Class.forName(GENERATED + "." + component);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** The JSON paths of {@code json} that the generated adapter of {@code type} would skip. */
  static List<String> unknown(Type type, String json) {
    JsonAdapter<Object> adapter = Wire.MOSHI.<Object>adapter(type).failOnUnknown();
    List<String> found = new ArrayList<>();
    String text = json;
    Object tree = null;
    while (found.size() < MAX_UNKNOWN) {
      try {
        adapter.fromJson(text);
        return found;
      } catch (JsonDataException e) {
        Matcher m = UNKNOWN.matcher(String.valueOf(e.getMessage()));
        if (!m.matches()) {
          // Any other decoding failure is for the tests that decode; only names matter here.
          return found;
        }
        String path = m.group(1);
        found.add(path);
        try {
          if (tree == null) {
            tree = ANY.fromJson(json);
          }
        } catch (IOException | RuntimeException notJson) {
          return found;
        }
        if (!remove(tree, path)) {
          return found;
        }
        text = ANY.toJson(tree);
      } catch (IOException | RuntimeException e) {
        return found;
      }
    }
    return found;
  }

  private static List<String> describe(List<String> paths, Type type) {
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      out.add(path + " (no compiled model under " + simpleName(type) + " knows it)");
    }
    return out;
  }

  private static String simpleName(Type type) {
    return type.getTypeName().replace(GENERATED + ".", "").replace("java.util.", "");
  }

  /** The steps of a Moshi path: {@code $.candidates[0].text} is {@code candidates, 0, text}; null when it is not one. */
  static List<Object> steps(String path) {
    if (!path.startsWith("$")) {
      return null;
    }
    List<Object> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          return null;
        }
        try {
          steps.add(Integer.parseInt(path.substring(i + 1, end)));
        } catch (NumberFormatException e) {
          return null;
        }
        i = end + 1;
      } else if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(path.substring(i + 1, end));
        i = end;
      } else {
        return null;
      }
    }
    return steps;
  }

  /** Removes the value at a Moshi path such as {@code $.candidates[0].text}; false when it is not there. */
  @SuppressWarnings("unchecked")
  static boolean remove(Object tree, String path) {
    List<Object> steps = steps(path);
    if (steps == null || steps.isEmpty()) {
      return false;
    }
    Object node = tree;
    for (Object step : steps.subList(0, steps.size() - 1)) {
      if (step instanceof Integer && node instanceof List && (Integer) step < ((List<?>) node).size()) {
        node = ((List<?>) node).get((Integer) step);
      } else if (step instanceof String && node instanceof Map) {
        node = ((Map<?, ?>) node).get(step);
      } else {
        return false;
      }
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof String && node instanceof Map && ((Map<String, Object>) node).containsKey(last)) {
      ((Map<String, Object>) node).remove(last);
      return true;
    }
    return false;
  }

  /** {@code application/json} of {@code application/json; charset=utf-8}, lower case; null for none. */
  static String baseType(String contentType) {
    if (contentType == null || contentType.trim().isEmpty()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether a response's media type is one the spec declares: equal, or inside a wildcard such as {@code audio/*}. */
  static boolean mediaTypeMatches(String declared, String actual) {
    String want = baseType(declared);
    String got = baseType(actual);
    if (want == null || got == null) {
      return false;
    }
    if (want.equals("*/*") || want.equals(got)) {
      return true;
    }
    return want.endsWith("/*") && got.startsWith(want.substring(0, want.length() - 1));
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || (mediaType.endsWith("+json") && !mediaType.endsWith("problem+json"));
  }
}
