package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.squareup.moshi.JsonAdapter;
import fishaudio.client.errors.FishAudioApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Assertions;

/** Compares what the client produced with what an example of the spec says. */
final class ExampleAssertions {
  private static final JsonAdapter<Object> ANY = Wire.MOSHI.adapter(Object.class);

  private ExampleAssertions() {}

  /** A declared error status became its typed exception, with the status and a message from the server. */
  static void assertTypedError(Spec.DeclaredResponse declared, FishAudioApiException e) {
    assertSame(Clients.exceptionFor(declared.code()), e.getClass(), e.toString());
    assertEquals(declared.code(), e.status());
    Assertions.assertFalse(e.serverMessage() == null || e.serverMessage().isEmpty(), "no server message in " + e);
    Assertions.assertTrue(e.getMessage().contains("HTTP " + declared.code()), e.getMessage());
  }

  /** An error example became the documented exception, carrying the example's status, message and reason. */
  static void assertErrorMatches(Spec.ResponseExample example, FishAudioApiException e) {
    assertSame(Clients.exceptionFor(example.code()), e.getClass(), e.toString());
    assertEquals(example.code(), e.status());
    List<?> violations = violationsOf(example.value);
    if (violations != null) {
      // A validation shape: the first violation names the field and is the message.
      Map<?, ?> first = (Map<?, ?>) violations.get(0);
      String field = fieldPath((List<?>) first.get("loc"));
      assertEquals(violations.size(), e.violations().size(), "violations of " + example);
      assertEquals(field, e.violations().get(0).field(), "first violation's field of " + example);
      assertEquals(first.get("msg"), e.violations().get(0).message(), "first violation's message of " + example);
      assertEquals(field + ": " + first.get("msg"), e.serverMessage(), "message of " + example);
    } else if (example.value instanceof Map) {
      Map<String, Object> body = example.object();
      // The spec agrees with itself: an ErrorResponse repeats its HTTP status.
      assertEquals(example.code(), ((Number) body.get("status")).intValue(), "status field of " + example);
      assertEquals(body.get("message"), e.serverMessage(), "message of " + example);
      assertEquals(body.get("reason"), e.reason(), "reason of " + example);
    } else {
      assertEquals(String.valueOf(example.value).trim(), e.serverMessage(), "plain-text message of " + example);
      assertEquals(null, e.reason());
    }
  }

  /** The violation list of a FastAPI-style ({@code detail}) or bare-array body; null for other shapes. */
  private static List<?> violationsOf(Object value) {
    if (value instanceof Map && ((Map<?, ?>) value).get("detail") instanceof List) {
      return (List<?>) ((Map<?, ?>) value).get("detail");
    }
    return value instanceof List && !((List<?>) value).isEmpty() ? (List<?>) value : null;
  }

  /** A violation's {@code loc} as the client names the field: no leading {@code body}, indexes in brackets. */
  private static String fieldPath(List<?> loc) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < loc.size(); i++) {
      Object part = loc.get(i);
      if (i == 0 && "body".equals(part) && loc.size() > 1) {
        continue;
      }
      if (part instanceof Number) {
        path.append('[').append(((Number) part).intValue()).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(part);
      }
    }
    return path.toString();
  }

  /**
   * Reads a request example into the generated model and writes it back: the model must keep
   * every field the example shows, with its value. A field the spec has and the model lacks (for
   * example after a rename in the spec) fails here, by name.
   */
  static <T> T roundTrip(Spec.RequestExample example, Class<T> type) throws IOException {
    JsonAdapter<T> adapter = Wire.MOSHI.adapter(type);
    T model = adapter.fromJson(ANY.toJson(example.value));
    Object back = ANY.fromJson(adapter.toJson(model));
    assertJsonEquals(example.value, back, type.getSimpleName() + " round trip of " + example);
    return model;
  }

  /** A model as the JSON value its generated adapter writes. */
  static <T> Object toJsonValue(T model, Class<T> type) {
    try {
      return ANY.fromJson(Wire.MOSHI.adapter(type).toJson(model));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void assertJsonEquals(Object expected, byte[] actualJson, String what) throws IOException {
    assertJsonEquals(expected, ANY.fromJson(new String(actualJson, StandardCharsets.UTF_8)), what);
  }

  @SuppressWarnings("unchecked")
  static void assertJsonEquals(Object expected, Object actual, String what) {
    Object want = normalize(expected);
    Object got = normalize(actual);
    if (want instanceof Map && got instanceof Map) {
      TreeSet<String> missing = new TreeSet<>(((Map<String, ?>) want).keySet());
      missing.removeAll(((Map<String, ?>) got).keySet());
      TreeSet<String> extra = new TreeSet<>(((Map<String, ?>) got).keySet());
      extra.removeAll(((Map<String, ?>) want).keySet());
      if (!missing.isEmpty() || !extra.isEmpty()) {
        Assertions.fail(what + ": fields lost " + missing + ", fields added " + extra);
      }
    }
    assertEquals(want, got, what);
  }

  /** JSON numbers compare by value; maps by key and value. */
  @SuppressWarnings("unchecked")
  private static Object normalize(Object value) {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> {
        if (v != null) {
          out.put(k, normalize(v));
        }
      });
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object v : (List<Object>) value) {
        out.add(normalize(v));
      }
      return out;
    }
    return value;
  }
}
