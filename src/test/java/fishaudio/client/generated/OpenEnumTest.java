package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The open enumerations: spec values map to constants, other values are kept as sent. */
class OpenEnumTest {

  private final Moshi moshi = new Moshi.Builder().build();
  private final JsonAdapter<ModelEntity> modelAdapter = moshi.adapter(ModelEntity.class);

  /** One row per generated enum: its {@code of}, {@code values()}, the spec's list, a getter. */
  static Stream<Arguments> enums() {
    return Stream.of(
        row("ModelState", ModelState::of, ModelState.values(),
            List.of("created", "training", "trained", "failed"), v -> ((ModelState) v).value(),
            v -> ((ModelState) v).isKnown()),
        row("Visibility", Visibility::of, Visibility.values(),
            List.of("public", "unlist", "private"), v -> ((Visibility) v).value(),
            v -> ((Visibility) v).isKnown()),
        row("ModelType", ModelType::of, ModelType.values(),
            List.of("svc", "tts"), v -> ((ModelType) v).value(), v -> ((ModelType) v).isKnown()),
        row("TrainMode", TrainMode::of, TrainMode.values(),
            List.of("fast", "full"), v -> ((TrainMode) v).value(), v -> ((TrainMode) v).isKnown()),
        row("CreateModelType", CreateModelType::of, CreateModelType.values(),
            List.of("tts"), v -> ((CreateModelType) v).value(),
            v -> ((CreateModelType) v).isKnown()),
        row("CreateModelTrainMode", CreateModelTrainMode::of, CreateModelTrainMode.values(),
            List.of("fast"), v -> ((CreateModelTrainMode) v).value(),
            v -> ((CreateModelTrainMode) v).isKnown()));
  }

  private static Arguments row(String name, Function<String, Object> of, List<?> values,
      List<String> spec, Function<Object, String> value, Function<Object, Boolean> known) {
    return Arguments.of(Named.of(name, of), values, spec, value, known);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void valuesListsExactlyTheSpecValuesInSpecOrder(Function<String, Object> of, List<?> values,
      List<String> spec, Function<Object, String> value, Function<Object, Boolean> known) {
    assertEquals(spec, values.stream().map(value).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void knownValuesMapToTheirConstantsByIdentity(Function<String, Object> of, List<?> values,
      List<String> spec, Function<Object, String> value, Function<Object, Boolean> known) {
    for (Object constant : values) {
      assertSame(constant, of.apply(value.apply(constant)));
      assertTrue(known.apply(constant));
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void unknownValueIsKeptAndReportedAsUnknown(Function<String, Object> of, List<?> values,
      List<String> spec, Function<Object, String> value, Function<Object, Boolean> known) {
    Object unknown = of.apply("added-later");

    assertEquals("added-later", value.apply(unknown));
    assertFalse(known.apply(unknown));
    assertFalse(values.contains(unknown));
  }

  @Test
  void unknownEnumValueIsKeptNotRejected() {
    ModelState queued = ModelState.of("queued");

    assertEquals("queued", queued.value());
    assertFalse(queued.isKnown());
    assertEquals("queued", queued.toString());
  }

  @Test
  void unknownValuesAreEqualByValue() {
    ModelState a = ModelState.of("queued");
    ModelState b = ModelState.of("queued");

    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, ModelState.of("paused"));
    assertNotEquals(a, Visibility.of("queued"));
  }

  @Test
  void valuesAreCaseSensitive() {
    ModelState upper = ModelState.of("TRAINED");

    assertNotEquals(ModelState.TRAINED, upper);
    assertFalse(upper.isKnown());
    assertEquals("TRAINED", upper.value());
  }

  @Test
  void ofRejectsNull() {
    assertThrows(NullPointerException.class, () -> ModelState.of(null));
    assertThrows(NullPointerException.class, () -> Visibility.of(null));
  }

  @Test
  void valuesListIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class,
        () -> ModelState.values().add(ModelState.of("queued")));
    assertThrows(UnsupportedOperationException.class, () -> Visibility.values().clear());
    assertEquals(4, ModelState.values().size());
  }

  @Test
  void unknownStateInJsonSurvivesARoundTrip() throws IOException {
    String json = ModelJsonTest.TRAINED_JSON
        .replace("\"state\": \"trained\"", "\"state\": \"queued\"")
        .replace("\"type\": \"tts\"", "\"type\": \"voice-clone\"")
        .replace("\"visibility\": \"private\"", "\"visibility\": \"team\"")
        .replace("\"train_mode\": \"fast\"", "\"train_mode\": \"turbo\"");

    ModelEntity model = modelAdapter.fromJson(json);

    assertEquals(ModelState.of("queued"), model.state());
    assertFalse(model.state().isKnown());
    assertEquals("voice-clone", model.type().value());
    assertFalse(model.visibility().isKnown());
    assertEquals("turbo", model.trainMode().value());

    Map<String, Object> written = moshi.<Map<String, Object>>adapter(
        Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(modelAdapter.toJson(model));
    assertEquals("queued", written.get("state"));
    assertEquals("voice-clone", written.get("type"));
    assertEquals("team", written.get("visibility"));
    assertEquals("turbo", written.get("train_mode"));
  }

  @Test
  void knownStateInJsonIsTheConstant() throws IOException {
    ModelEntity model = modelAdapter.fromJson(ModelJsonTest.TRAINED_JSON);

    assertSame(ModelState.TRAINED, model.state());
    assertSame(ModelType.TTS, model.type());
    assertSame(Visibility.PRIVATE, model.visibility());
    assertSame(TrainMode.FAST, model.trainMode());
  }

  @Test
  void enumAdapterWritesAndReadsTheBareString() throws IOException {
    JsonAdapter<Visibility> adapter = moshi.adapter(Visibility.class);

    assertEquals("\"unlist\"", adapter.toJson(Visibility.UNLIST));
    assertEquals("\"secret\"", adapter.toJson(Visibility.of("secret")));
    assertSame(Visibility.PUBLIC, adapter.fromJson("\"public\""));
    assertEquals(Visibility.of("secret"), adapter.fromJson("\"secret\""));
  }

  @Test
  void enumAdapterIsNullSafe() throws IOException {
    JsonAdapter<ModelState> adapter = moshi.adapter(ModelState.class);

    assertNull(adapter.fromJson("null"));
    assertEquals("null", adapter.toJson(null));
  }

  @Test
  void enumAdapterRejectsAnObject() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.adapter(ModelState.class).fromJson("{\"value\":\"trained\"}"));

    assertTrue(e.getMessage().contains("Expected a string"), e.getMessage());
  }
}
