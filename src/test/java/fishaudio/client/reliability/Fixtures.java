package fishaudio.client.reliability;

import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.Visibility;
import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.SpecExamples;
import fishaudio.client.testing.WavFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import okhttp3.mockwebserver.MockResponse;

/** Requests, WAV files and response bodies the reliability suites share. */
final class Fixtures {
  private Fixtures() {}

  /** A valid mono 16-bit PCM WAV file of {@code samples} silent samples at 24 kHz. */
  static byte[] wav(int samples) {
    return WavFiles.silence(24000, samples);
  }

  /** A voice-design response with one candidate per WAV file. */
  static String designJson(byte[]... wavs) {
    String[] candidates = new String[wavs.length];
    for (int i = 0; i < wavs.length; i++) {
      candidates[i] = candidateJson(i, Base64.getEncoder().encodeToString(wavs[i]));
    }
    return CandidateJson.designResponse(candidates);
  }

  /** One candidate whose {@code audio_base64} is the given text, verbatim. */
  static String candidateJson(int index, String audioBase64) {
    return CandidateJson.candidate("cand_" + index, index, audioBase64, 24000, 10, "Hello", "Warm");
  }

  /** The spec's {@code trained} example of a create-model 201 response. */
  static String modelJson() {
    return SpecExamples.modelTrained();
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse designOk() {
    return json(200, designJson(wav(8)));
  }

  static MockResponse modelOk() {
    return json(201, modelJson());
  }

  static VoiceDesignRequest design() {
    return VoiceDesignRequest.builder().instruction("Warm, calm narrator").build();
  }

  static Upload voice(String name) {
    return Upload.of(wav(64), name, "audio/wav");
  }

  /** A private model with one in-memory voice: valid, and needs no cover image. */
  static CreateModelRequest.Builder model() {
    return CreateModelRequest.builder()
        .type(CreateModelType.TTS)
        .title("Narrator")
        .trainMode(CreateModelTrainMode.FAST)
        .visibility(Visibility.PRIVATE)
        .voices(Arrays.asList(voice("a.wav")));
  }

  /** {@code count} copies of {@code text}, as one string. */
  static String repeat(String text, int count) {
    StringBuilder out = new StringBuilder(text.length() * count);
    for (int i = 0; i < count; i++) {
      out.append(text);
    }
    return out.toString();
  }
}
