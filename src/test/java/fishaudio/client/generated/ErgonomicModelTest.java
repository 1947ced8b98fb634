package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the templates add for everyday use: plain setters, spec defaults, one-value enums, nullness, multipart layout. */
class ErgonomicModelTest {

  private final Moshi moshi = new Moshi.Builder().build();

  @Test
  void numericSettersTakePlainNumbers() {
    VoiceDesignRequest request = VoiceDesignRequest.builder().instruction("Narrator")
        .speed(1).guidanceScale(2).n(2).build();

    assertEquals(Double.valueOf(1.0), request.speed());
    assertEquals(Double.valueOf(2.0), request.guidanceScale());
    assertEquals(Integer.valueOf(2), request.n());
  }

  @Test
  void boxedNullMeansNotSent() {
    VoiceDesignRequest request = VoiceDesignRequest.builder().instruction("Narrator").speed(1.5).speed(null).build();

    assertNull(request.speed());
    assertFalse(moshi.adapter(VoiceDesignRequest.class).toJson(request).contains("speed"));
  }

  @Test
  void everyDefaultHasAnOrDefaultAccessor() {
    VoiceDesignRequest request = VoiceDesignRequest.builder().instruction("Narrator").build();
    CreateModelRequest form = CreateModelRequest.builder().build();

    assertEquals(1.0, request.speedOrDefault());
    assertEquals(2.0, request.guidanceScaleOrDefault());
    assertEquals(0.0, request.instructGuidanceScaleOrDefault());
    assertEquals(2, request.nOrDefault());
    assertEquals(32, request.numStepOrDefault());
    assertEquals(Visibility.PUBLIC, form.visibilityOrDefault());
    assertFalse(form.enhanceAudioQualityOrDefault());
    assertEquals(0.5, request.toBuilder().speed(0.5).build().speedOrDefault());
  }

  @Test
  void anEnumWithOneValueIsPrefilledAndStillSent() throws IOException {
    CreateModelRequest form = CreateModelRequest.builder().title("Narrator").build();

    assertEquals(CreateModelType.TTS, form.type());
    assertEquals(CreateModelTrainMode.FAST, form.trainMode());
    // An enum with several values is not prefilled; visibility is set only because the spec marks it
    // x-always-send (its seed default differs from the live service's), so the default is sent.
    assertEquals(Visibility.PUBLIC, CreateModelRequest.builder().build().visibility());
    String wire = utf8(form.toMultipart(new NamedParts()));
    assertTrue(wire.contains("name=\"type\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\ntts"), wire);
    assertTrue(wire.contains("name=\"train_mode\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nfast"), wire);
  }

  @Test
  void toMultipartLaysOutPartsInSpecOrderWithRepeatedNames() {
    RequestBody a = RequestBody.create(new byte[] {1}, MediaType.get("audio/wav"));
    RequestBody b = RequestBody.create(new byte[] {2}, MediaType.get("audio/wav"));
    RequestBody cover = RequestBody.create(new byte[] {3}, MediaType.get("image/png"));
    CreateModelRequest form = CreateModelRequest.builder().title("Narrator").voices(Arrays.asList(a, b))
        .visibility(Visibility.UNLIST).description("A voice").coverImage(cover)
        .texts(Arrays.asList("one", "two")).tags(Arrays.asList("x", "y")).enhanceAudioQuality(true).build();
    NamedParts files = new NamedParts();

    MultipartBody body = form.toMultipart(files);

    List<String> names = new ArrayList<>();
    for (MultipartBody.Part part : body.parts()) {
      String disposition = part.headers().get("Content-Disposition");
      names.add(disposition.replaceAll("^form-data; name=\"([^\"]*)\".*$", "$1"));
    }
    assertEquals(Arrays.asList("type", "title", "train_mode", "voices", "voices", "visibility", "description",
        "cover_image", "texts", "texts", "tags", "tags", "enhance_audio_quality"), names);
    assertEquals(Arrays.asList("voices#0", "voices#1", "cover_image"), files.calls);
    assertEquals(MultipartBody.FORM, body.type());
  }

  @Test
  void unsetFieldsSendNoPartButAlwaysSentDefaultsDo() {
    MultipartBody body = CreateModelRequest.builder().title("Narrator").build().toMultipart(new NamedParts());

    List<String> names = new ArrayList<>();
    for (MultipartBody.Part part : body.parts()) {
      names.add(part.headers().get("Content-Disposition").replaceAll("^form-data; name=\"([^\"]*)\".*$", "$1"));
    }
    // type and train_mode are prefilled; visibility and enhance_audio_quality are x-always-send.
    assertEquals(Arrays.asList("type", "title", "train_mode", "visibility", "enhance_audio_quality"), names);
  }

  @Test
  void optionalAccessorsAreNullableAndRequiredOnesAreNot() throws NoSuchMethodException {
    assertTrue(VoiceDesignCandidate.class.getPackage().isAnnotationPresent(NullMarked.class));
    assertTrue(nullable(VoiceDesignRequest.class.getMethod("speed")));
    assertTrue(nullable(VoiceDesignCandidate.class.getMethod("text")));
    assertTrue(nullable(CreateModelRequest.class.getMethod("texts")));
    assertFalse(nullable(VoiceDesignRequest.class.getMethod("instruction")));
    assertFalse(nullable(VoiceDesignCandidate.class.getMethod("audio")));
    assertFalse(nullable(VoiceDesignRequest.class.getMethod("speedOrDefault")));
    assertTrue(VoiceDesignRequest.Builder.class.getMethod("speed", Double.class)
        .getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class));
  }

  private static boolean nullable(Method method) {
    return method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class);
  }

  private static String utf8(MultipartBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }

  /** Records which file parts were asked for; names each file after its field. */
  private static final class NamedParts implements FileParts {
    final List<String> calls = new ArrayList<>();

    @Override
    public MultipartBody.Part file(String name, RequestBody body) {
      calls.add(name);
      return MultipartBody.Part.createFormData(name, name, body);
    }

    @Override
    public MultipartBody.Part file(String name, int index, RequestBody body) {
      calls.add(name + "#" + index);
      return MultipartBody.Part.createFormData(name, name + index, body);
    }
  }
}
