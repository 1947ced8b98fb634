package fishaudio.client;

import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.created;
import static fishaudio.client.ClientFixture.modelRequest;
import static fishaudio.client.ClientFixture.named;
import static fishaudio.client.ClientFixture.names;
import static fishaudio.client.ClientFixture.parts;
import static fishaudio.client.ClientFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.ClientFixture.FormPart;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import fishaudio.client.generated.Visibility;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Create-model on the wire: one multipart part per field and per file, in the spec's form. */
@Timeout(30)
class CreateModelMultipartTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @TempDir
  Path dir;

  @Test
  void sendsEveryFieldAsItsOwnPartInOrder() throws Exception {
    Path take1 = write(dir.resolve("take-1.wav"), bytes(1, 3000));
    Path take2 = write(dir.resolve("take-2.mp3"), bytes(2, 2000));
    fixture.server.enqueue(created());

    ModelEntity model = fixture.client().voiceCloning().createModel(CreateModelRequest.builder()
        .type(CreateModelType.TTS)
        .title("Studio narrator")
        .trainMode(CreateModelTrainMode.FAST)
        .voices(List.of(Upload.of(take1), Upload.of(take2)))
        .visibility(Visibility.PRIVATE)
        .description("A warm, confident studio narrator.")
        .texts(List.of("Welcome to Fish Audio.", "Thanks for listening."))
        .tags(List.of("narration", "warm"))
        .enhanceAudioQuality(false)
        .build());

    RecordedRequest sent = fixture.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals("/proxy/v4beta/model", sent.getPath());
    assertTrue(sent.getHeader("Content-Type").startsWith("multipart/form-data; boundary="), sent.getHeader("Content-Type"));
    List<FormPart> parts = parts(sent);
    assertEquals(List.of("type", "title", "train_mode", "voices", "voices", "visibility", "description",
        "texts", "texts", "tags", "tags", "enhance_audio_quality"), names(parts));
    assertEquals(List.of("tts", "Studio narrator", "fast"), texts(parts.subList(0, 3)));
    assertEquals(List.of("private", "A warm, confident studio narrator.", "Welcome to Fish Audio.",
        "Thanks for listening.", "narration", "warm", "false"), texts(parts.subList(5, 12)));
    for (FormPart part : parts) {
      if (!part.name().equals("voices")) {
        assertNull(part.filename(), part.name() + " is a text field, not a file");
        assertEquals("text/plain; charset=UTF-8", part.contentType(), part.name());
      }
    }
    assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
    assertEquals(ModelState.TRAINED, model.state());
    assertEquals(OffsetDateTime.parse("2026-11-21T12:00:00Z"), model.createdAt());
    assertEquals("studio", model.author().nickname());
  }

  @Test
  void arraysGoAsRepeatedPartsWithoutBracketSuffix() throws Exception {
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(
            Upload.of(bytes(1, 10), "a.wav", "audio/wav"), Upload.of(bytes(2, 10), "b.wav", "audio/wav"))
        .texts(List.of("one", "two")).tags(List.of("x", "y", "z")).build());

    List<FormPart> parts = parts(fixture.takeRequest());
    for (FormPart part : parts) {
      assertFalse(part.name().contains("["), part.name());
    }
    assertEquals(2, named(parts, "voices").size());
    assertEquals(2, named(parts, "texts").size());
    assertEquals(3, named(parts, "tags").size());
  }

  @Test
  void voicePartsCarryFilenameContentTypeFromExtensionAndExactBytes() throws Exception {
    List<String> files = List.of("one.wav", "two.mp3", "three.ogg", "four.flac", "five.m4a", "SIX.WAV");
    List<String> types = List.of("audio/wav", "audio/mpeg", "audio/ogg", "audio/flac", "audio/mp4", "audio/wav");
    RequestBody[] voices = new RequestBody[files.size()];
    for (int i = 0; i < files.size(); i++) {
      voices[i] = Upload.of(write(dir.resolve(files.get(i)), bytes(i, 1000 + 517 * i)));
    }
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(voices).build());

    List<FormPart> sent = named(parts(fixture.takeRequest()), "voices");
    assertEquals(files.size(), sent.size());
    for (int i = 0; i < files.size(); i++) {
      assertEquals(files.get(i), sent.get(i).filename());
      assertEquals(types.get(i), sent.get(i).contentType(), files.get(i));
      assertEquals(ByteString.of(bytes(i, 1000 + 517 * i)), sent.get(i).body(), files.get(i));
    }
  }

  @Test
  void byteArrayAndStreamUploadsUseTheirExplicitFilenameAndContentType() throws Exception {
    byte[] inMemory = bytes(11, 4096);
    byte[] streamed = bytes(12, 5000);
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(
        Upload.of(inMemory, "take.bin", "audio/x-wav"),
        Upload.of(new ByteArrayInputStream(streamed), "mic.raw", "audio/L16", streamed.length)).build());

    List<FormPart> voices = named(parts(fixture.takeRequest()), "voices");
    assertEquals(List.of("take.bin", "mic.raw"), List.of(voices.get(0).filename(), voices.get(1).filename()));
    assertEquals(List.of("audio/x-wav", "audio/L16"), List.of(voices.get(0).contentType(), voices.get(1).contentType()));
    assertEquals(ByteString.of(inMemory), voices.get(0).body());
    assertEquals(ByteString.of(streamed), voices.get(1).body());
  }

  @Test
  void textOfVoiceIIsTextPartI() throws Exception {
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(
            Upload.of(bytes(1, 10), "a.wav", "audio/wav"),
            Upload.of(bytes(2, 10), "b.wav", "audio/wav"),
            Upload.of(bytes(3, 10), "c.wav", "audio/wav"))
        .texts(List.of("text of a", "text of b", "text of c")).build());

    List<FormPart> parts = parts(fixture.takeRequest());
    List<FormPart> voices = named(parts, "voices");
    List<FormPart> texts = named(parts, "texts");
    assertEquals(3, texts.size());
    for (int i = 0; i < 3; i++) {
      assertEquals("text of " + voices.get(i).filename().charAt(0), texts.get(i).text());
    }
  }

  @Test
  void enhanceAudioQualityGoesAsTrue() throws Exception {
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(
        modelRequest(Upload.of(bytes(1, 10), "a.wav", "audio/wav")).enhanceAudioQuality(true).build());

    List<FormPart> enhance = named(parts(fixture.takeRequest()), "enhance_audio_quality");
    assertEquals(List.of("true"), texts(enhance));
  }

  @Test
  void unsetOptionalFieldsAreNotSentExceptThoseWhoseLiveDefaultDiffers() throws Exception {
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(Upload.of(bytes(1, 10), "a.wav", "audio/wav")).build());

    // enhance_audio_quality is x-always-send: the live default (true) is not the spec's (false).
    assertEquals(List.of("type", "title", "train_mode", "voices", "visibility", "enhance_audio_quality"),
        names(parts(fixture.takeRequest())));
  }

  @Test
  void unsetVisibilityAndEnhanceGoAsTheSpecsDefaultsSoTheServerAppliesWhatOrDefaultReports() throws Exception {
    fixture.server.enqueue(created());
    CreateModelRequest request = CreateModelRequest.builder()
        .type(CreateModelType.TTS).title("t").trainMode(CreateModelTrainMode.FAST)
        .voices(List.of(Upload.of(bytes(1, 10), "a.wav", "audio/wav")))
        .coverImage(Upload.of(bytes(2, 10), "c.png", "image/png"))
        .build();

    fixture.client().voiceCloning().createModel(request);

    List<FormPart> sent = parts(fixture.takeRequest());
    assertEquals(List.of(request.visibilityOrDefault().value()), texts(named(sent, "visibility")));
    assertEquals(List.of(String.valueOf(request.enhanceAudioQualityOrDefault())),
        texts(named(sent, "enhance_audio_quality")));
    assertEquals(List.of(), named(sent, "generate_sample"));
  }

  @Test
  void publicModelSendsItsCoverImageAsAFilePart() throws Exception {
    byte[] png = bytes(21, 777);
    Path cover = write(dir.resolve("cover.png"), png);
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(Upload.of(bytes(1, 10), "a.wav", "audio/wav"))
        .visibility(Visibility.PUBLIC).coverImage(Upload.of(cover)).build());

    List<FormPart> parts = parts(fixture.takeRequest());
    assertEquals(List.of("type", "title", "train_mode", "voices", "visibility", "cover_image", "enhance_audio_quality"),
        names(parts));
    assertEquals("public", parts.get(4).text());
    FormPart sent = parts.get(5);
    assertEquals("cover.png", sent.filename());
    assertEquals("image/png", sent.contentType());
    assertEquals(ByteString.of(png), sent.body());
  }

  @Test
  void plainRequestBodyVoiceGetsAFilenameAndKeepsItsType() throws Exception {
    byte[] audio = bytes(31, 64);
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(RequestBody.create(audio, MediaType.get("audio/wav"))).build());

    FormPart voice = named(parts(fixture.takeRequest()), "voices").get(0);
    assertEquals("voices-1", voice.filename());
    assertEquals("audio/wav", voice.contentType());
    assertEquals(ByteString.of(audio), voice.body());
  }

  private static List<String> texts(List<FormPart> parts) {
    return parts.stream().map(FormPart::text).collect(Collectors.toList());
  }
}
