package fishaudio.client.reliability;

import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.Visibility;
import fishaudio.client.testing.SpecExamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import okhttp3.mockwebserver.MockResponse;

/** Requests, WAV files and response bodies the reliability suites share. */
final class Fixtures {
  private Fixtures() {}

  /** A valid mono 16-bit PCM WAV file of {@code samples} silent samples at 24 kHz. */
  static byte[] wav(int samples) {
    int data = samples * 2;
    ByteBuffer wav = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII))
        .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(24000).putInt(48000).putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
    return wav.array();
  }

  /** A voice-design response with one candidate per WAV file. */
  static String designJson(byte[]... wavs) {
    StringBuilder json = new StringBuilder("{\"candidates\":[");
    for (int i = 0; i < wavs.length; i++) {
      json.append(i == 0 ? "" : ",").append(candidateJson(i, Base64.getEncoder().encodeToString(wavs[i])));
    }
    return json.append("]}").toString();
  }

  /** One candidate whose {@code audio_base64} is the given text, verbatim. */
  static String candidateJson(int index, String audioBase64) {
    return "{\"id\":\"cand_" + index + "\",\"index\":" + index + ",\"audio_base64\":\"" + audioBase64
        + "\",\"sample_rate\":24000,\"duration_ms\":10,\"text\":\"Hello\",\"instruct\":\"Warm\",\"language\":\"en\"}";
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
