package fishaudio.client.helpers;

import fishaudio.client.generated.TtsModel;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.internal.ClientRuntime;
import org.jspecify.annotations.Nullable;

/**
 * What the speech service gains on top of its generated calls ({@code x-java-implements} on its tag in
 * the spec): live sessions over the WebSocket that {@code openapi/fish-audio-live.asyncapi.yaml}
 * describes, whose messages are generated from the spec's {@code Live...} schemas. A client's
 * {@code with...} views share its live sockets, so a session follows the client's own timeouts.
 */
public interface LiveSpeechHelpers {
  /** The pipeline the generated calls run through, which opens the sockets too. */
  ClientRuntime runtime();

  /** {@link #liveSpeech(TtsModel, TtsRequest, LiveSpeechListener)} with the server's default model, audio read from {@link LiveSpeech#audio()}. */
  default LiveSpeech liveSpeech(TtsRequest request) {
    return liveSpeech(null, request, null);
  }

  /** {@link #liveSpeech(TtsModel, TtsRequest, LiveSpeechListener)} with the audio read from {@link LiveSpeech#audio()}. */
  default LiveSpeech liveSpeech(@Nullable TtsModel model, TtsRequest request) {
    return liveSpeech(model, request, null);
  }

  /**
   * Opens a live session and sends its {@code start}: on a socket the client opened ahead when one is
   * ready for {@code model} ({@code FishAudio.Builder.livePrewarm}), else on one opened now, through the
   * client's pipeline (auth, retries of a 429 or 503, a request slot held until the session ends). The
   * request is validated first, as for {@code textToSpeech}; its text is usually empty, the words
   * following through {@link LiveSpeech#sendText}.
   *
   * @param model the {@code model} header, or null for the server's default
   * @param listener receives the audio as it arrives, or null to read it from {@link LiveSpeech#audio()}
   * @throws fishaudio.client.errors.InvalidRequestException before connecting, when the request breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the handshake is refused (401, 402, 429 after
   *     the retries...), typed by status as over HTTP
   * @throws fishaudio.client.errors.TransportException when the socket cannot be opened
   * @throws IllegalStateException when the client is closed
   */
  default LiveSpeech liveSpeech(@Nullable TtsModel model, TtsRequest request, @Nullable LiveSpeechListener listener) {
    return LiveSpeech.open(runtime(), model, request, listener);
  }
}
