package fishaudio.client;

import fishaudio.client.errors.InvalidRequestException;

import fishaudio.client.generated.DesignVoiceModel;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.internal.http.AuthInterceptor;

import static fishaudio.client.ClientFixture.API_KEY;
import static fishaudio.client.ClientFixture.CANDIDATE_TEXT;
import static fishaudio.client.ClientFixture.candidate;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designResponse;
import static fishaudio.client.ClientFixture.designed;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.wav;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.Response;

/** Voice design on the wire: headers and JSON body out, candidates and their WAV audio back. */
@Timeout(30)
class VoiceDesignTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @TempDir
  Path dir;

  @Test
  void sendsBearerKeyModelHeaderAndUserAgent() throws Exception {
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(designRequest());

    RecordedRequest sent = fixture.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals("/proxy/v4beta/v1/voice-design", sent.getPath());
    assertEquals(List.of("Bearer " + API_KEY), sent.getHeaders().values("Authorization"));
    assertEquals(List.of("voice-design-1"), sent.getHeaders().values("model"));
    assertEquals(AuthInterceptor.USER_AGENT, sent.getHeader("User-Agent"));
    assertTrue(sent.getHeader("User-Agent").startsWith("fish-audio-java/"), sent.getHeader("User-Agent"));
    assertEquals("application/json; charset=UTF-8", sent.getHeader("Content-Type"));
  }

  @Test
  void aModelTheSpecDoesNotListIsRefusedUnlessTheCheckIsOff() throws Exception {
    InvalidRequestException refused = fixture.assertThrows(InvalidRequestException.class,
        () -> fixture.client().voiceDesign().designVoice(DesignVoiceModel.of("voice-design-2"), designRequest()));
    assertEquals("model", refused.field());
    assertTrue(refused.getMessage().contains("checkHeaderValues(false)"), refused.getMessage());
    assertEquals(0, fixture.server.getRequestCount());

    fixture.server.enqueue(designed());
    fixture.track(fixture.builder().checkHeaderValues(false).build())
        .voiceDesign().designVoice(DesignVoiceModel.of("voice-design-2"), designRequest());

    assertEquals(List.of("voice-design-2"), fixture.takeRequest().getHeaders().values("model"));
  }

  @Test
  void bodyUsesTheSpecsJsonFieldNames() throws Exception {
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(VoiceDesignRequest.builder()
        .instruction("Warm narrator")
        .referenceText("Welcome to Fish Audio.")
        .language("en")
        .n(2)
        .speed(1.5)
        .numStep(32)
        .guidanceScale(2.0)
        .instructGuidanceScale(0.5)
        .seed(42)
        .build());

    assertEquals("{\"instruction\":\"Warm narrator\",\"reference_text\":\"Welcome to Fish Audio.\",\"language\":\"en\","
            + "\"n\":2,\"speed\":1.5,\"num_step\":32,\"guidance_scale\":2.0,\"instruct_guidance_scale\":0.5,\"seed\":42}",
        fixture.takeRequest().getBody().readUtf8());
  }

  @Test
  void unsetFieldsAreOmittedFromTheBody() throws Exception {
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(VoiceDesignRequest.builder().instruction("Calm keeper").seed(7).build());

    assertEquals("{\"instruction\":\"Calm keeper\",\"seed\":7}", fixture.takeRequest().getBody().readUtf8());
  }

  @Test
  void decodesCandidatesToTheirExactWavBytes() throws Exception {
    byte[] first = wav(1);
    byte[] second = wav(2);
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, first), candidate("cand_b", 2, second))));

    VoiceDesignResponse result = fixture.client().voiceDesign().designVoice(designRequest().toBuilder().n(2).build());

    assertEquals(2, result.candidates().size());
    VoiceDesignCandidate a = result.candidates().get(0);
    VoiceDesignCandidate b = result.candidates().get(1);
    assertArrayEquals(first, a.audio().toByteArray());
    assertArrayEquals(second, b.audio().toByteArray());
    assertEquals(List.of(1, 2), List.of(a.index(), b.index()));
    assertEquals(List.of("cand_a", "cand_b"), List.of(a.id(), b.id()));
    assertEquals(44100, a.sampleRate());
    assertEquals(201, a.durationMs());
    assertEquals(202, b.durationMs());
    assertEquals(CANDIDATE_TEXT, a.text());
    assertEquals(first.length, a.audio().size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.writeTo(out);
    assertArrayEquals(second, out.toByteArray());
  }

  @Test
  void wavReturnsACopyTheCallerCannotCorrupt() throws Exception {
    byte[] audio = wav(3);
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, audio))));
    VoiceDesignCandidate candidate = fixture.client().voiceDesign().designVoice(designRequest()).candidates().get(0);

    candidate.audio().toByteArray()[0] = 'X';

    assertArrayEquals(audio, candidate.audio().toByteArray());
  }

  @Test
  void unknownResponseFieldsAreIgnored() throws Exception {
    String withExtras = designResponse(candidate("cand_a", 1, wav(4)).replace("{\"id\"", "{\"future_field\":[1,{}],\"id\""))
        .replace("{\"candidates\"", "{\"billing\":{\"credits\":3},\"candidates\"");
    fixture.server.enqueue(json(200, withExtras));

    VoiceDesignResponse result = fixture.client().voiceDesign().designVoice(designRequest());

    assertArrayEquals(wav(4), result.candidates().get(0).audio().toByteArray());
  }

  @Test
  void saveWritesTheFileAtomicallyCreatingParentDirectories() throws Exception {
    byte[] audio = wav(5);
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, audio))));
    VoiceDesignCandidate candidate = fixture.client().voiceDesign().designVoice(designRequest()).candidates().get(0);
    Path target = dir.resolve("out/voices/candidate-1.wav");

    Path saved = candidate.save(target);

    assertEquals(target, saved);
    assertArrayEquals(audio, Files.readAllBytes(target));
    assertEquals(List.of("candidate-1.wav"), listing(target.getParent()));
  }

  @Test
  void saveReplacesAnExistingFile() throws Exception {
    byte[] audio = wav(6);
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, audio))));
    VoiceDesignCandidate candidate = fixture.client().voiceDesign().designVoice(designRequest()).candidates().get(0);
    Path target = Files.writeString(dir.resolve("candidate-1.wav"), "an older, longer take that must be replaced entirely");

    candidate.save(target);

    assertArrayEquals(audio, Files.readAllBytes(target));
    assertEquals(List.of("candidate-1.wav"), listing(dir));
  }

  @Test
  void invalidBase64IsAMalformedResponseNamingAudioBase64() throws Exception {
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, "UklGR!!not*base64"))));

    MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertTrue(e.getMessage().contains("audio_base64"), e.getMessage());
    assertInstanceOf(JsonDataException.class, e.getCause());
  }

  @Test
  void base64OfBytesThatAreNotWavIsAMalformedResponseNamingTheCandidate() throws Exception {
    byte[] mp3 = ByteString.decodeHex("49443303000000000f76fffb9064000000000000").toByteArray();
    fixture.server.enqueue(json(200, designResponse(candidate("cand_a", 1, wav(7)), candidate("cand_b", 2, mp3))));

    MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertTrue(e.getMessage().contains("candidates[1].audio_base64"), e.getMessage());
    assertTrue(e.getMessage().contains("RIFF/WAVE"), e.getMessage());
  }

  @Test
  void missingRequiredFieldIsAMalformedResponseNamingIt() throws Exception {
    String withoutSampleRate = designResponse(candidate("cand_a", 1, wav(8)).replace("\"sample_rate\":44100,", ""));
    fixture.server.enqueue(json(200, withoutSampleRate));

    MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertTrue(e.getMessage().contains("sample_rate"), e.getMessage());
    assertNotNull(e.getCause());
  }

  @Test
  void emptySuccessBodyIsAMalformedResponse() throws Exception {
    fixture.server.enqueue(json(200, ""));

    fixture.assertThrows(MalformedResponseException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void noContentSuccessIsAMalformedResponse() throws Exception {
    fixture.server.enqueue(new MockResponse().setResponseCode(204));

    MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertTrue(e.getMessage().contains("204"), e.getMessage());
  }

  @Test
  void truncatedJsonIsAMalformedResponse() throws Exception {
    String whole = designResponse(candidate("cand_a", 1, wav(9)));
    fixture.server.enqueue(json(200, whole.substring(0, whole.length() / 2)));

    fixture.assertThrows(MalformedResponseException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));
  }

  @Test
  void rawGeneratedInterfaceCarriesTheAuthAndHeaders() throws Exception {
    fixture.server.enqueue(designed());

    Response<VoiceDesignResponse> response =
        fixture.client().voiceDesign().api().designVoice(DesignVoiceModel.of("voice-design-1"), designRequest()).execute();

    assertEquals(200, response.code());
    assertEquals(1, response.body().candidates().size());
    RecordedRequest sent = fixture.takeRequest();
    assertEquals("/proxy/v4beta/v1/voice-design", sent.getPath());
    assertEquals("Bearer " + API_KEY, sent.getHeader("Authorization"));
    assertEquals(AuthInterceptor.USER_AGENT, sent.getHeader("User-Agent"));
  }

  private static List<String> listing(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
