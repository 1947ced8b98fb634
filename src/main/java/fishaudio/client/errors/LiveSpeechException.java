package fishaudio.client.errors;

/**
 * The server ended a live speech session with {@code finish} and reason {@code error} (or a reason this
 * client does not know), so the audio that came is not the whole text. The message carries the reason,
 * what the finish message said and how much audio had arrived, never the API key.
 */
public final class LiveSpeechException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String finishMessage;
  private final long audioBytesReceived;

  public LiveSpeechException(String message, String reason, String finishMessage, long audioBytesReceived) {
    super(message, null);
    this.reason = reason;
    this.finishMessage = finishMessage;
    this.audioBytesReceived = audioBytesReceived;
  }

  /** The finish message's reason as the server sent it: {@code error}, or one the spec does not list. */
  public String reason() {
    return reason;
  }

  /** The whole finish message, as text (bytes shown as their size), at most 4,096 characters. */
  public String finishMessage() {
    return finishMessage;
  }

  /** The bytes of audio that had arrived before the finish message. */
  public long audioBytesReceived() {
    return audioBytesReceived;
  }
}
