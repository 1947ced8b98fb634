package fishaudio.client.testing;

import java.util.Base64;

/**
 * The one builder of voice-design response JSON for every suite. A candidate is written as
 * {@link #prefix}, the base64 audio, then {@link #suffix}, so that the bench can stream the audio
 * between them without holding the response whole. Texts are written as given: callers pass
 * plain ones (no quotes or backslashes). JDK only, so that the bench's stock anchor can compile it alone.
 */
public final class CandidateJson {
  /** What a voice-design response starts with, before its first candidate. */
  public static final String RESPONSE_PREFIX = "{\"candidates\":[";
  /** What it ends with, after its last candidate. */
  public static final String RESPONSE_SUFFIX = "]}";

  private CandidateJson() {}

  /** A response holding the given candidates, in order. */
  public static String designResponse(String... candidates) {
    return RESPONSE_PREFIX + String.join(",", candidates) + RESPONSE_SUFFIX;
  }

  /** A whole candidate whose audio is {@code wav}, base64-encoded. */
  public static String candidate(String id, int index, byte[] wav, int sampleRate, int durationMs,
      String text, String instruct) {
    return candidate(id, index, Base64.getEncoder().encodeToString(wav), sampleRate, durationMs, text, instruct);
  }

  /** A whole candidate whose {@code audio_base64} is {@code audioBase64}, verbatim (it may be invalid on purpose). */
  public static String candidate(String id, int index, String audioBase64, int sampleRate, int durationMs,
      String text, String instruct) {
    return prefix(id, index) + audioBase64 + suffix(sampleRate, durationMs, text, instruct);
  }

  /** A candidate's JSON up to the opening quote of its {@code audio_base64} value. */
  public static String prefix(String id, int index) {
    return "{\"id\":\"" + id + "\",\"index\":" + index + ",\"audio_base64\":\"";
  }

  /** A candidate's JSON from the closing quote of its {@code audio_base64} value to its end. */
  public static String suffix(int sampleRate, int durationMs, String text, String instruct) {
    return "\",\"sample_rate\":" + sampleRate + ",\"duration_ms\":" + durationMs + ",\"text\":\"" + text
        + "\",\"instruct\":\"" + instruct + "\",\"language\":\"en\"}";
  }
}
