package fishaudio.client.errors;

/** The client was configured wrongly: no API key, a malformed base URL, or plain HTTP to the internet. */
public final class ConfigurationException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message, null);
  }
}
