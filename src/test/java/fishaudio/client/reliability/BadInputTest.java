package fishaudio.client.reliability;

import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.generated.VoiceDesignResponse;

import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.repeat;
import static fishaudio.client.reliability.Fixtures.voice;
import static fishaudio.client.reliability.Fixtures.wav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.Visibility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Suite 1: every bound of every request, one step outside (rejected before a byte is sent, with
 * a message that names the field and the bound) and one step inside (sent, and answered).
 */
class BadInputTest {
  private static final Tally TALLY = new Tally("bad-input");

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------------------ voice design

  /** Made before the cases: mkfifo's process starts a JDK reaper thread the leak check would count. */
  private static Path fifo;

  @BeforeAll
  static void makeFifo() throws Exception {
    fifo = Files.createTempDirectory("bad-input-fifo").resolve("voice.wav");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    fifo.toFile().deleteOnExit();
    fifo.getParent().toFile().deleteOnExit();
  }

  @TestFactory
  Stream<DynamicTest> voiceDesignOutsideABoundIsRejectedBeforeSending() {
    return Stream.of(
        rejectsDesign("instruction null", b -> b.instruction(null), "instruction", "is required"),
        rejectsDesign("instruction length 0", b -> b.instruction(""), "instruction", "at least 1 characters, was 0"),
        rejectsDesign("instruction length 2001", b -> b.instruction(repeat("a", 2001)),
            "instruction", "at most 2000 characters, was 2001"),
        // JSON Schema counts code points: 2001 emoji are 4002 UTF-16 units.
        rejectsDesign("instruction 2001 code points outside the BMP", b -> b.instruction(repeat("\uD83D\uDC1F", 2001)),
            "instruction", "at most 2000 characters, was 2001"),
        rejectsDesign("reference_text length 301", b -> b.referenceText(repeat("r", 301)),
            "reference_text", "at most 300 characters, was 301"),
        rejectsDesign("n 0", b -> b.n(0), "n", "at least 1, was 0"),
        rejectsDesign("n 5", b -> b.n(5), "n", "at most 4, was 5"),
        rejectsDesign("n -1", b -> b.n(-1), "n", "at least 1, was -1"),
        rejectsDesign("speed 3.01", b -> b.speed(3.01), "speed", "at most 3, was 3.01"),
        rejectsDesign("speed NaN", b -> b.speed(Double.NaN), "speed", "finite"),
        rejectsDesign("speed +Infinity", b -> b.speed(Double.POSITIVE_INFINITY), "speed", "finite"),
        rejectsDesign("num_step 0", b -> b.numStep(0), "num_step", "at least 1, was 0"),
        rejectsDesign("num_step 129", b -> b.numStep(129), "num_step", "at most 128, was 129"),
        rejectsDesign("guidance_scale -0.01", b -> b.guidanceScale(-0.01), "guidance_scale", "at least 0, was -0.01"),
        rejectsDesign("guidance_scale -1", b -> b.guidanceScale(-1.0), "guidance_scale", "at least 0, was -1"),
        rejectsDesign("guidance_scale -Infinity", b -> b.guidanceScale(Double.NEGATIVE_INFINITY),
            "guidance_scale", "finite"),
        rejectsDesign("instruct_guidance_scale -0.5", b -> b.instructGuidanceScale(-0.5),
            "instruct_guidance_scale", "at least 0, was -0.5"),
        Harness.test(TALLY, "voice design: request null", h -> {
          InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceDesign().designVoice(null));
          assertEquals("request", e.field());
          assertTrue(e.getMessage().contains("request is required"), e.getMessage());
          assertEquals(0, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "voice design async: n 5", h -> {
          VoiceDesignRequest request = design().toBuilder().n(5).build();
          InvalidRequestException e = invalidSyncOrAsync(() -> h.client().voiceDesign().designVoiceAsync(request).get());
          assertNamed(e, "n", "at most 4, was 5");
          assertEquals(0, h.server.getRequestCount());
        }));
  }

  @TestFactory
  Stream<DynamicTest> voiceDesignJustInsideABoundIsSent() {
    return Stream.of(
        acceptsDesign("instruction length 1", b -> b.instruction("a"), "\"instruction\":\"a\""),
        acceptsDesign("instruction length 2000", b -> b.instruction(repeat("a", 2000)), repeat("a", 2000) + "\""),
        acceptsDesign("instruction 2000 code points outside the BMP", b -> b.instruction(repeat("\uD83D\uDC1F", 2000)),
            "\"instruction\":\"\uD83D\uDC1F"),
        acceptsDesign("reference_text length 300", b -> b.referenceText(repeat("r", 300)), repeat("r", 300) + "\""),
        acceptsDesign("n 1", b -> b.n(1), "\"n\":1"),
        acceptsDesign("n 4", b -> b.n(4), "\"n\":4"),
        acceptsDesign("speed 3", b -> b.speed(3.0), "\"speed\":3.0"),
        acceptsDesign("num_step 1", b -> b.numStep(1), "\"num_step\":1"),
        acceptsDesign("num_step 128", b -> b.numStep(128), "\"num_step\":128"),
        acceptsDesign("guidance_scale 0", b -> b.guidanceScale(0.0), "\"guidance_scale\":0.0"),
        acceptsDesign("instruct_guidance_scale 0", b -> b.instructGuidanceScale(0.0), "\"instruct_guidance_scale\":0.0"));
  }

  private static DynamicTest rejectsDesign(
      String name, UnaryOperator<VoiceDesignRequest.Builder> change, String field, String bound) {
    return Harness.test(TALLY, "voice design: " + name, h -> {
      h.server.enqueue(Fixtures.designOk());
      VoiceDesignRequest request = change.apply(design().toBuilder()).build();
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> h.client().voiceDesign().designVoice(request));
      assertNamed(e, field, bound);
      assertEquals(0, h.server.getRequestCount(), "a byte went out");
    });
  }

  private static DynamicTest acceptsDesign(
      String name, UnaryOperator<VoiceDesignRequest.Builder> change, String onTheWire) {
    return Harness.test(TALLY, "voice design: " + name, h -> {
      h.server.enqueue(Fixtures.designOk());
      VoiceDesignResponse result = h.client().voiceDesign().designVoice(change.apply(design().toBuilder()).build());
      assertEquals(1, result.candidates().size());
      assertEquals(1, h.server.getRequestCount());
      String body = h.server.takeRequest().getBody().readUtf8();
      assertTrue(body.contains(onTheWire), () -> "expected " + onTheWire + " in " + abbreviate(body));
    });
  }

  // ------------------------------------------------------------------------------ create model

  @TestFactory
  Stream<DynamicTest> createModelOutsideABoundIsRejectedBeforeSending() {
    return Stream.of(
        rejectsModel("type null", b -> b.type(null), "type", "is required"),
        rejectsModel("type unknown", b -> b.type(CreateModelType.of("sing")), "type", "must be one of"),
        rejectsModel("title null", b -> b.title(null), "title", "is required"),
        rejectsModel("title empty", b -> b.title(""), "title", "at least 1 characters, was 0"),
        rejectsModel("train_mode null", b -> b.trainMode(null), "train_mode", "is required"),
        rejectsModel("train_mode unknown", b -> b.trainMode(CreateModelTrainMode.of("slow")), "train_mode", "must be one of"),
        rejectsModel("visibility unknown", b -> b.visibility(Visibility.of("friends")), "visibility", "must be one of"),
        rejectsModel("voices null", b -> b.voices(null), "voices", "is required"),
        rejectsModel("voices empty", b -> b.voices(Collections.emptyList()), "voices", "at least 1 item(s), was 0"),
        rejectsModel("voices 21", b -> b.voices(voices(21)), "voices", "at most 20 item(s), was 21"),
        rejectsModel("texts 2 for 1 voice", b -> b.texts(Arrays.asList("one", "two")),
            "texts", "at most as many items as voices (1), was 2"),
        rejectsModel("texts 21 for 20 voices", b -> b.voices(voices(20)).texts(texts(21)),
            "texts", "at most 20 item(s), was 21"),
        rejectsModel("public without cover image", b -> b.visibility(Visibility.PUBLIC),
            "cover_image", "required when visibility is public"),
        // Unset visibility means the spec's default, public: still needs a cover.
        rejectsModel("visibility unset (public by default) without cover image", b -> b.visibility(null),
            "cover_image", "required when visibility is public"),
        rejectsModel("voices holds a null", b -> b.voices(Arrays.asList((RequestBody) null)), "voices", "null items, found one at index 0"),
        rejectsModel("voice from empty byte[]", b -> b.voices(Arrays.asList(Upload.of(new byte[0], "a.wav", "audio/wav"))),
            "voices[0]", "is empty (0 bytes)"),
        rejectsModel("voice from a stream of length 0",
            b -> b.voices(Arrays.asList(Upload.of(new ByteArrayInputStream(new byte[0]), "a.wav", "audio/wav", 0))),
            "voices[0]", "is empty (0 bytes)"),
        Harness.test(TALLY, "create model: texts holds a null", h -> {
          h.server.enqueue(Fixtures.modelOk());
          CreateModelRequest request = model().voices(voices(3)).texts(Arrays.asList("one", null, "three")).build();
          try {
            h.client().voiceCloning().createModel(request);
          } catch (InvalidRequestException e) {
            assertNamed(e, "texts", "null");
            assertEquals(0, h.server.getRequestCount(), "a byte went out");
            return;
          }
          // The text of voice i is part i: a dropped null shifts every later text onto the wrong voice.
          String body = h.server.takeRequest().getBody().readString(StandardCharsets.ISO_8859_1);
          throw new AssertionError("a texts list holding a null was sent, not rejected: " + count(body, "name=\"texts\"")
              + " texts parts went out for 3 voices, so 'three' now labels voice 2");
        }),
        Harness.test(TALLY, "create model: request null", h -> {
          InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(null));
          assertEquals("request", e.field());
          assertEquals(0, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "create model async: voices 21", h -> {
          CreateModelRequest request = model().voices(voices(21)).build();
          InvalidRequestException e = invalidSyncOrAsync(() -> h.client().voiceCloning().createModelAsync(request).get());
          assertNamed(e, "voices", "at most 20 item(s), was 21");
          assertEquals(0, h.server.getRequestCount());
        }));
  }

  @TestFactory
  Stream<DynamicTest> createModelVoiceFilesAreCheckedBeforeSending() {
    return Stream.of(
        rejectsFile("voice path missing", dir -> dir.resolve("missing.wav"), "voices[0]", "no such file"),
        rejectsFile("voice path is a directory", dir -> Files.createDirectory(dir.resolve("folder.wav")),
            "voices[0]", "is a directory"),
        rejectsFile("voice file of zero bytes", dir -> Files.write(dir.resolve("empty.wav"), new byte[0]),
            "voices[0]", "is empty (0 bytes)"),
        Harness.test(TALLY, "create model: second voice missing names voices[1]", h -> {
          Path good = Files.write(h.dir.resolve("good.wav"), wav(16));
          CreateModelRequest request =
              model().voices(Arrays.asList(Upload.of(good), Upload.of(h.dir.resolve("gone.wav")))).build();
          InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(request));
          assertNamed(e, "voices[1]", "no such file");
          assertEquals(0, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "create model: cover image path missing", h -> {
          CreateModelRequest request = model().visibility(Visibility.PUBLIC)
              .coverImage(Upload.of(h.dir.resolve("cover.png"))).build();
          InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(request));
          assertNamed(e, "cover_image", "no such file");
          assertEquals(0, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "create model: voice path is a FIFO, which would block the upload", h -> {
          CreateModelRequest request = model().voices(Arrays.asList(Upload.of(fifo))).build();
          InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(request));
          assertNamed(e, "voices[0]", "is not a regular file");
          assertEquals(0, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "create model: voice file unreadable (chmod 000)", h -> {
          Path locked = Files.write(h.dir.resolve("locked.wav"), wav(16));
          Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
          if (Files.isReadable(locked)) {
            // Root reads any file whatever its mode, so the client is right to send it.
            throw new Tally.NotApplicable("running as " + System.getProperty("user.name")
                + ": the OS does not enforce chmod 000 (Files.isReadable is true), so there is no unreadable file to reject");
          }
          CreateModelRequest request = model().voices(Arrays.asList(Upload.of(locked))).build();
          InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(request));
          assertNamed(e, "voices[0]", "is not readable");
          assertEquals(0, h.server.getRequestCount());
        }));
  }

  @TestFactory
  Stream<DynamicTest> createModelJustInsideABoundIsSent() {
    return Stream.of(
        acceptsModel("1 voice", b -> b, 1, 0),
        acceptsModel("20 voices", b -> b.voices(voices(20)), 20, 0),
        acceptsModel("2 texts for 2 voices", b -> b.voices(voices(2)).texts(texts(2)), 2, 2),
        acceptsModel("20 texts for 20 voices", b -> b.voices(voices(20)).texts(texts(20)), 20, 20),
        acceptsModel("1 text for 2 voices", b -> b.voices(voices(2)).texts(texts(1)), 2, 1),
        acceptsModel("public with a cover image",
            b -> b.visibility(Visibility.PUBLIC).coverImage(Upload.of(new byte[] {1, 2, 3}, "cover.png", "image/png")), 1, 0),
        Harness.test(TALLY, "create model: voice from a readable file on disk", h -> {
          Path file = Files.write(h.dir.resolve("voice.wav"), wav(4096));
          h.server.enqueue(Fixtures.modelOk());
          ModelEntity model = h.client().voiceCloning().createModel(model().voices(Arrays.asList(Upload.of(file))).build());
          assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
          RecordedRequest sent = h.server.takeRequest();
          assertTrue(sent.getBodySize() > Files.size(file), "the whole file was not sent");
          assertTrue(sent.getBody().readUtf8().contains("filename=\"voice.wav\""));
        }));
  }

  private static DynamicTest rejectsModel(
      String name, UnaryOperator<CreateModelRequest.Builder> change, String field, String bound) {
    return Harness.test(TALLY, "create model: " + name, h -> {
      h.server.enqueue(Fixtures.modelOk());
      CreateModelRequest request = change.apply(model()).build();
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(request));
      assertNamed(e, field, bound);
      assertEquals(0, h.server.getRequestCount(), "a byte went out");
    });
  }

  private interface PathMaker {
    Path make(Path dir) throws Exception;
  }

  private static DynamicTest rejectsFile(String name, PathMaker path, String field, String problem) {
    return Harness.test(TALLY, "create model: " + name, h -> {
      h.server.enqueue(Fixtures.modelOk());
      CreateModelRequest request = model().voices(Arrays.asList(Upload.of(path.make(h.dir)))).build();
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> h.client().voiceCloning().createModel(request));
      assertNamed(e, field, problem);
      assertEquals(0, h.server.getRequestCount(), "a byte went out");
    });
  }

  private static DynamicTest acceptsModel(
      String name, UnaryOperator<CreateModelRequest.Builder> change, int voiceParts, int textParts) {
    return Harness.test(TALLY, "create model: " + name, h -> {
      h.server.enqueue(Fixtures.modelOk());
      ModelEntity model = h.client().voiceCloning().createModel(change.apply(model()).build());
      assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
      assertEquals(1, h.server.getRequestCount());
      String body = h.server.takeRequest().getBody().readString(StandardCharsets.ISO_8859_1);
      assertEquals(voiceParts, count(body, "name=\"voices\""), "voices parts on the wire");
      assertEquals(textParts, count(body, "name=\"texts\""), "texts parts on the wire");
    });
  }

  // ------------------------------------------------------------------------------ configuration

  @TestFactory
  Stream<DynamicTest> badConfigurationFailsAtBuild() {
    return Stream.of(
        rejectsConfig("no API key", b -> b.apiKey(null), "No API key", "FISH_API_KEY"),
        rejectsConfig("blank API key", b -> b.apiKey("   "), "No API key", "FISH_API_KEY"),
        rejectsConfig("malformed base URL", b -> b.baseUrl("not a url"), "baseUrl is not a valid", "not a url"),
        rejectsConfig("base URL with an unsupported scheme", b -> b.baseUrl("ftp://example.com/"),
            "baseUrl is not a valid", "ftp://example.com/"),
        rejectsConfig("plain http to a public host", b -> b.baseUrl("http://api.fish.audio/"),
            "plain text", "allowInsecureHttp"),
        rejectsConfig("plain http to a private address", b -> b.baseUrl("http://10.1.2.3:8080/"),
            "non-loopback", "allowInsecureHttp"),
        rejectsConfig("plain http to a name that only starts with localhost", b -> b.baseUrl("http://localhost.evil.example/"),
            "non-loopback", "localhost.evil.example"),
        rejectsConfig("maxRetries -1", b -> b.maxRetries(-1), "maxRetries", "at least 0, was -1"),
        rejectsConfig("maxRetries negative", b -> b.maxRetries(-1), "maxRetries", "at least 0"));
  }

  @TestFactory
  Stream<DynamicTest> goodConfigurationBuildsAndSends() {
    return Stream.of(
        Harness.test(TALLY, "config: http to 127.0.0.1 is sent", h -> {
          h.server.enqueue(Fixtures.designOk());
          h.client().voiceDesign().designVoice(design());
          assertEquals(1, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "config: http to localhost is sent", h -> {
          h.server.enqueue(Fixtures.designOk());
          h.client(b -> b.baseUrl("http://localhost:" + h.server.getPort() + "/")).voiceDesign().designVoice(design());
          assertEquals(1, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "config: base URL without trailing slash keeps its path", h -> {
          h.server.enqueue(Fixtures.designOk());
          h.client(b -> b.baseUrl(h.server.url("/proxy").toString())).voiceDesign().designVoice(design());
          assertEquals("/proxy/v1/voice-design", h.server.takeRequest().getPath());
        }),
        Harness.test(TALLY, "config: https to a public host builds", h -> {
          FishAudio client = h.client(b -> b.baseUrl("https://api.fish.audio"));
          assertEquals("https://api.fish.audio/", client.baseUrl().toString());
          assertEquals(0, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "config: plain http to a public host with allowInsecureHttp builds", h -> {
          FishAudio client = h.client(b -> b.baseUrl("http://api.example.com/").allowInsecureHttp(true));
          assertEquals("http://api.example.com/", client.baseUrl().toString());
        }),
        Harness.test(TALLY, "config: http to [::1] builds", h -> {
          FishAudio client = h.client(b -> b.baseUrl("http://[::1]:4010/"));
          assertEquals("http://[::1]:4010/", client.baseUrl().toString());
        }),
        Harness.test(TALLY, "config: maxRetries 0 builds and sends once", h -> {
          h.server.enqueue(Fixtures.designOk());
          h.client(b -> b.maxRetries(0)).voiceDesign().designVoice(design());
          assertEquals(1, h.server.getRequestCount());
        }));
  }

  private static DynamicTest rejectsConfig(
      String name, Consumer<FishAudio.Builder> change, String what, String detail) {
    return Harness.test(TALLY, "config: " + name, h -> {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> h.client(change));
      assertTrue(e.getMessage().contains(what) && e.getMessage().contains(detail),
          () -> "expected '" + what + "' and '" + detail + "' in: " + e.getMessage());
      assertEquals(0, h.server.getRequestCount());
    });
  }

  // ------------------------------------------------------------------------------ helpers

  private interface Call {
    Object call() throws Exception;
  }

  /** Validation may fail at the call or through the future; either way it must be typed. */
  private static InvalidRequestException invalidSyncOrAsync(Call call) throws Exception {
    try {
      call.call();
    } catch (InvalidRequestException e) {
      return e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InvalidRequestException) {
        return (InvalidRequestException) e.getCause();
      }
      throw e;
    }
    throw new AssertionError("no InvalidRequestException");
  }

  private static void assertNamed(InvalidRequestException e, String field, String bound) {
    assertTrue(e.field().startsWith(field), () -> "field " + e.field() + ", expected " + field);
    assertTrue(e.getMessage().contains(field), () -> "message does not name " + field + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(bound), () -> "message does not state '" + bound + "': " + e.getMessage());
  }

  private static List<RequestBody> voices(int count) {
    List<RequestBody> voices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      voices.add(voice("voice-" + i + ".wav"));
    }
    return voices;
  }

  private static List<String> texts(int count) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      texts.add("text " + i);
    }
    return texts;
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
