package fishaudio.client;

import fishaudio.client.errors.InvalidRequestException;

import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.created;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designed;
import static fishaudio.client.ClientFixture.modelRequest;
import static fishaudio.client.ClientFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** A request that breaks the spec, or names an unusable file, fails before any byte is sent. */
@Timeout(30)
class RequestValidationTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @TempDir
  Path dir;

  private FishAudio client;
  private Upload voice;

  @BeforeEach
  void setUp() throws Exception {
    client = fixture.client();
    voice = Upload.of(write(dir.resolve("take.wav"), bytes(1, 100)));
    // Would answer a request that slipped through, so the count below is what proves nothing was sent.
    fixture.server.enqueue(designed());
    fixture.server.enqueue(created());
  }

  @Test
  void moreThanFourCandidatesIsRejected() {
    assertRejectedBeforeSending("n", () -> client.voiceDesign().designVoice(designRequest().toBuilder().n(5).build()));
  }

  @Test
  void emptyInstructionIsRejected() {
    assertRejectedBeforeSending("instruction",
        () -> client.voiceDesign().designVoice(VoiceDesignRequest.builder().instruction("").build()));
  }

  @Test
  void missingInstructionIsRejected() {
    assertRejectedBeforeSending("instruction", () -> client.voiceDesign().designVoice(VoiceDesignRequest.builder().n(2).build()));
  }

  @Test
  void nullRequestIsRejected() {
    assertRejectedBeforeSending("request", () -> client.voiceDesign().designVoice(null));
  }

  @Test
  void modelWithoutVoicesIsRejected() {
    assertRejectedBeforeSending("voices", () -> client.voiceCloning().createModel(modelRequest().build()));
  }

  @Test
  void twentyOneVoicesAreRejected() {
    List<RequestBody> voices = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      voices.add(Upload.of(bytes(i, 10), "take-" + i + ".wav", "audio/wav"));
    }

    assertRejectedBeforeSending("voices", () -> client.voiceCloning().createModel(modelRequest().voices(voices).build()));
  }

  @Test
  void publicModelWithoutCoverImageIsRejected() {
    assertRejectedBeforeSending("cover_image",
        () -> client.voiceCloning().createModel(modelRequest(voice).visibility(Visibility.PUBLIC).build()));
  }

  @Test
  void defaultVisibilityIsPublicSoItNeedsACoverImageToo() {
    assertRejectedBeforeSending("cover_image",
        () -> client.voiceCloning().createModel(modelRequest(voice).visibility(null).build()));
  }

  @Test
  void missingVoiceFileIsRejectedNamingItsPosition() {
    Path missing = dir.resolve("no-such-take.wav");

    InvalidRequestException e = assertRejectedBeforeSending("voices[1]",
        () -> client.voiceCloning().createModel(modelRequest(voice, Upload.of(missing)).build()));

    assertTrue(e.getMessage().contains("no-such-take.wav"), e.getMessage());
  }

  @Test
  void directoryAsVoiceFileIsRejected() throws Exception {
    Path directory = Files.createDirectory(dir.resolve("takes.wav"));

    assertRejectedBeforeSending("voices[0]", () -> client.voiceCloning().createModel(modelRequest(Upload.of(directory)).build()));
  }

  @Test
  void zeroByteVoiceFileIsRejected() throws Exception {
    Path empty = Files.createFile(dir.resolve("silence.wav"));

    assertRejectedBeforeSending("voices[0]", () -> client.voiceCloning().createModel(modelRequest(Upload.of(empty)).build()));
  }

  @Test
  void zeroByteInMemoryVoiceIsRejected() {
    assertRejectedBeforeSending("voices[0]",
        () -> client.voiceCloning().createModel(modelRequest(Upload.of(new byte[0], "silence.wav", "audio/wav")).build()));
  }

  @Test
  void missingCoverImageFileIsRejected() {
    Upload cover = Upload.of(dir.resolve("cover.png"));

    assertRejectedBeforeSending("cover_image", () -> client.voiceCloning().createModel(
        modelRequest(voice).visibility(Visibility.PUBLIC).coverImage(cover).build()));
  }

  @Test
  void moreTextsThanVoicesAreRejected() {
    CreateModelRequest request = modelRequest(voice).texts(List.of("one", "two")).build();

    assertRejectedBeforeSending("texts", () -> client.voiceCloning().createModel(request));
  }

  private InvalidRequestException assertRejectedBeforeSending(String field, Executable call) {
    InvalidRequestException e = fixture.assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(field), e.getMessage());
    assertEquals(0, fixture.server.getRequestCount(), "a request was sent");
    return e;
  }
}
