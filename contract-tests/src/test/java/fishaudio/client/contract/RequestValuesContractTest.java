package fishaudio.client.contract;


import fishaudio.client.internal.codec.Multipart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.UpdateModelRequest;
import fishaudio.client.generated.VoiceDesignRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every value the client can produce, generated from the request schemas of the spec under test
 * (not listed here): each value of every request enum, every optional field, and each bound at
 * its last value inside, goes through the public client to Prism once. A spec that no longer
 * accepts something the client sends fails the test named {@code field=value}.
 *
 * <p>Each request starts from the operation's smallest valid request and sets one field through
 * the generated builder, found by reflection from the field's JSON name ({@code train_mode} is
 * {@code trainMode(...)}). Multipart bodies are also judged part by part by {@link MultipartRules}.
 *
 * <p>Every multipart operation of the spec must have a driver below; one without fails, so an
 * operation added to the spec (the update form, say) cannot go untested. A driver whose operation
 * the spec under test lacks is skipped, saying so.
 */
@PrismContract
class RequestValuesContractTest {
  private final Prism prism;

  RequestValuesContractTest(Prism prism) {
    this.prism = prism;
  }

  /** How the public client sends one operation: its smallest valid request, and the call. */
  private static final class Driver {
    final Supplier<Object> base;
    final BiConsumer<FishAudio, Object> send;

    Driver(Supplier<Object> base, BiConsumer<FishAudio, Object> send) {
      this.base = base;
      this.send = send;
    }
  }

  private static Map<String, Driver> drivers() {
    Map<String, Driver> drivers = new LinkedHashMap<>();
    drivers.put("createModel", new Driver(
        () -> CreateModelRequest.builder()
            .type(CreateModelContractTest.request().type())
            .title("Narrator")
            .trainMode(CreateModelContractTest.request().trainMode())
            .voices(Collections.singletonList(voice(0)))
            // The spec's default visibility (public) needs a cover image; private needs none.
            .visibility(CreateModelContractTest.request().visibility()),
        (client, builder) -> client.voiceCloning().createModel((CreateModelRequest) build(builder))));
    drivers.put("updateModel", new Driver(
        // An update must set some field; the title is the one every case keeps.
        () -> UpdateModelRequest.builder().title("Narrator"),
        (client, builder) -> client.voiceCloning().updateModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", (UpdateModelRequest) build(builder))));
    drivers.put("transcribe", new Driver(
        () -> fishaudio.client.generated.TranscribeRequest.builder().audio(voice(0)),
        (client, builder) -> client.speechRecognition().transcribe((fishaudio.client.generated.TranscribeRequest) build(builder))));
    drivers.put("designVoice", new Driver(
        () -> VoiceDesignRequest.builder().instruction("Warm narrator"),
        (client, builder) -> client.voiceDesign().designVoice((VoiceDesignRequest) build(builder))));
    return drivers;
  }

  @TestFactory
  List<DynamicNode> everyRequestValue() {
    Spec spec = Spec.get();
    Map<String, Driver> drivers = drivers();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Spec.FormOperation form : spec.formOperations()) {
      if (!drivers.containsKey(form.operationId)) {
        nodes.add(DynamicTest.dynamicTest(form.operationId + ": no driver", () -> {
          throw new AssertionError("The spec has the multipart operation " + form + ", which no driver of "
              + "RequestValuesContractTest sends: add one, so its parts are judged by the spec.");
        }));
      }
    }
    for (Map.Entry<String, Driver> d : drivers.entrySet()) {
      String operationId = d.getKey();
      if (!spec.hasOperation(operationId)) {
        nodes.add(DynamicTest.dynamicTest(operationId + ": not in the spec", () ->
            Assumptions.abort("The spec under test has no operation " + operationId + ", so the client's driver for it is skipped")));
        continue;
      }
      nodes.add(DynamicContainer.dynamicContainer(operationId, cases(spec, operationId, d.getValue())));
    }
    return nodes;
  }

  private List<DynamicTest> cases(Spec spec, String operationId, Driver driver) {
    Map<String, Object> schema = spec.requestSchema(operationId);
    boolean form = spec.formOperations().stream().anyMatch(f -> f.operationId.equals(operationId));
    List<String> required = Spec.required(schema);
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("required fields only", () -> send(spec, operationId, form, driver, "required fields only", b -> { })));
    for (Map.Entry<String, Map<String, Object>> p : spec.properties(schema).entrySet()) {
      String field = p.getKey();
      Map<String, Object> values = values(spec, p.getValue(), required.contains(field));
      // The values the compiled client can produce (its enum constants), not only those the spec lists.
      for (String known : clientEnumValues(driver.base.get(), field)) {
        values.putIfAbsent(known, known);
      }
      for (Map.Entry<String, Object> value : values.entrySet()) {
        String name = field + "=" + value.getKey();
        tests.add(DynamicTest.dynamicTest(name, () -> send(spec, operationId, form, driver, name, builder -> {
          set(builder, field, value.getValue());
          pairUp(spec, schema, builder, field, value.getValue());
        })));
      }
    }
    return tests;
  }

  /** Keeps the request valid around one changed field: a pair list as long as its partner, a field required when. */
  @SuppressWarnings("unchecked")
  private static void pairUp(Spec spec, Map<String, Object> schema, Object builder, String field, Object value) {
    for (Map.Entry<String, Map<String, Object>> p : spec.properties(schema).entrySet()) {
      Map<String, Object> property = p.getValue();
      if (p.getKey().equals(field) && property.get("x-max-items-of") != null && value instanceof List) {
        String partner = String.valueOf(property.get("x-max-items-of"));
        List<Object> partnerValues = new ArrayList<>();
        for (int i = 0; i < ((List<?>) value).size(); i++) {
          partnerValues.add(binary(spec.flatten(spec.properties(schema).get(partner).get("items"))) ? voice(i) : "item " + i);
        }
        set(builder, partner, partnerValues);
      }
      Map<String, Object> when = (Map<String, Object>) property.get("x-required-when");
      if (when != null && when.get("property").equals(field) && String.valueOf(when.get("equals")).equals(String.valueOf(value))) {
        set(builder, p.getKey(), sample(spec, property));
      }
    }
  }

  private interface Change {
    void apply(Object builder) throws Exception;
  }

  private void send(Spec spec, String operationId, boolean form, Driver driver, String name, Change change) throws Exception {
    Wire wire = new Wire().prefer("code=" + successCode(spec, operationId));
    Object builder = driver.base.get();
    change.apply(builder);
    try {
      driver.send.accept(Clients.fishAudio(prism, wire), builder);
      wire.assertNoRequestViolations();
      assertTrue(wire.last().status < 300, wire.last().toString());
      if (form) {
        Wire.Exchange sent = wire.last();
        MediaType type = sent.requestContentType;
        MultipartRules.assertConforms(spec, spec.formOperation(operationId),
            MultipartParts.parse(sent.requestBytes(), type.parameter("boundary")));
      }
    } catch (Exception | AssertionError e) {
      throw new AssertionError(operationId + " " + name + ": the spec under test does not accept what the client sends: "
          + wire.explain(e).getMessage(), e);
    }
  }

  private static String successCode(Spec spec, String operationId) {
    return spec.declaredStatuses(operationId).stream().filter(s -> s.startsWith("2")).findFirst().orElse("200");
  }

  /** The values to send for one property, by the name they appear under in the test's name. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(Spec spec, Map<String, Object> property, boolean required) {
    Map<String, Object> values = new LinkedHashMap<>();
    Object type = property.get("type");
    if (property.get("enum") != null) {
      for (Object v : (List<Object>) property.get("enum")) {
        values.put(String.valueOf(v), String.valueOf(v));
      }
      return values;
    }
    if ("boolean".equals(type)) {
      values.put("true", true);
      values.put("false", false);
    } else if ("integer".equals(type) || "number".equals(type)) {
      boolean integer = "integer".equals(type);
      Number min = bound(property, "minimum", "exclusiveMinimum", integer, 1);
      Number max = bound(property, "maximum", "exclusiveMaximum", integer, -1);
      if (min != null) {
        values.put(String.valueOf(min), min);
      }
      if (max != null) {
        values.put(String.valueOf(max), max);
      }
      if (values.isEmpty()) {
        values.put(integer ? "7" : "0.5", integer ? (Object) 7 : (Object) 0.5);
      }
    } else if ("array".equals(type)) {
      Map<String, Object> item = spec.flatten(property.get("items"));
      int min = property.get("minItems") instanceof Number ? ((Number) property.get("minItems")).intValue() : 1;
      values.put(min + " items", list(item, Math.max(min, 1)));
      if (property.get("maxItems") instanceof Number) {
        int max = ((Number) property.get("maxItems")).intValue();
        values.put(max + " items", list(item, max));
      }
    } else if (binary(property)) {
      values.put("a file", voiceOrImage(0, "cover.png"));
    } else if ("string".equals(type)) {
      int min = property.get("minLength") instanceof Number ? ((Number) property.get("minLength")).intValue() : -1;
      int max = property.get("maxLength") instanceof Number ? ((Number) property.get("maxLength")).intValue() : -1;
      if (min > 0) {
        values.put(min + " characters", chars(min));
      }
      if (max > 0) {
        values.put(max + " characters", chars(max));
      }
      if (values.isEmpty()) {
        values.put("a string", "en");
      }
    }
    if (required) {
      // A required field is sent by every case; only its bounds and enum values need cases of their own.
      values.remove("a string");
      values.remove("a file");
    }
    return values;
  }

  private static Object sample(Spec spec, Map<String, Object> property) {
    return values(spec, property, false).values().iterator().next();
  }

  /** The last value inside a bound: the bound itself, or one step in from an exclusive one. */
  private static Number bound(Map<String, Object> property, String inclusive, String exclusive, boolean integer, int inward) {
    Object v = property.get(inclusive);
    Object x = property.get(exclusive);
    if (x instanceof Number) {
      double step = integer ? 1 : 0.01;
      double d = ((Number) x).doubleValue() + inward * step;
      return integer ? (Number) (int) d : (Number) d;
    }
    if (x instanceof Boolean && (Boolean) x && v instanceof Number) { // OpenAPI 3.0 form
      double d = ((Number) v).doubleValue() + inward * (integer ? 1 : 0.01);
      return integer ? (Number) (int) d : (Number) d;
    }
    if (v instanceof Number) {
      return integer ? (Number) ((Number) v).intValue() : (Number) ((Number) v).doubleValue();
    }
    return null;
  }

  private static boolean binary(Map<String, Object> schema) {
    return "binary".equals(schema.get("format"));
  }

  private static List<Object> list(Map<String, Object> item, int size) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(binary(item) ? voice(i) : "item " + i);
    }
    return out;
  }

  private static Upload voice(int i) {
    return voiceOrImage(i, "take-" + (i + 1) + ".wav");
  }

  private static Upload voiceOrImage(int i, String name) {
    byte[] bytes = name.endsWith(".wav") ? Wav.build(44100, new byte[64 + i])
        : ("\u0089PNG\r\n\u001a\n" + name).getBytes(StandardCharsets.ISO_8859_1);
    return Upload.of(bytes, name, Upload.contentTypeFor(name));
  }

  private static String chars(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append((char) ('a' + i % 26));
    }
    return s.toString();
  }

  /** Calls the builder setter for a JSON field name, converting the value to the setter's parameter type. */
  private static void set(Object builder, String jsonName, Object value) {
    String setter = camel(jsonName);
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(setter) && m.getParameterCount() == 1) {
        try {
          m.invoke(builder, convert(value, m.getGenericParameterTypes()[0]));
          return;
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError("Cannot set " + jsonName + "=" + value + " through " + m + ": " + e, e);
        }
      }
    }
    throw new AssertionError("The spec's request field " + jsonName + " has no builder setter " + setter
        + "(...) in " + builder.getClass().getName() + ": the client cannot send it");
  }

  private static Object convert(Object value, Type type) {
    Class<?> raw = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    if (value instanceof List) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (Object v : (List<?>) value) {
        out.add(convert(v, item));
      }
      return out;
    }
    if (value instanceof RequestBody || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      Number n = (Number) value;
      if (raw == Integer.class) {
        return n.intValue();
      }
      if (raw == Long.class) {
        return n.longValue();
      }
      if (raw == Double.class) {
        return n.doubleValue();
      }
      if (raw == Float.class) {
        return n.floatValue();
      }
      return n;
    }
    if (raw == String.class) {
      return value;
    }
    try {
      return raw.getMethod("of", String.class).invoke(null, value); // a generated (open) enum
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot turn " + value + " into " + type, e);
    }
  }

  /** The {@code value()} of each constant of the generated enum a builder setter takes; empty for other types. */
  private static List<String> clientEnumValues(Object builder, String jsonName) {
    List<String> out = new ArrayList<>();
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(camel(jsonName)) && m.getParameterCount() == 1) {
        Class<?> type = m.getParameterTypes()[0];
        if (!isGeneratedEnum(type)) {
          continue;
        }
        for (java.lang.reflect.Field f : type.getFields()) {
          if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
            try {
              out.add(String.valueOf(type.getMethod("value").invoke(f.get(null))));
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean isGeneratedEnum(Class<?> type) {
    try {
      return type.getMethod("of", String.class) != null && type.getMethod("value") != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object build(Object builder) {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String camel(String jsonName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : jsonName.toCharArray()) {
      if (c == '_') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }
}
