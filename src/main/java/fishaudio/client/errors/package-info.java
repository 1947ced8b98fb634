/**
 * The exceptions the client throws: all unchecked, under {@link fishaudio.client.errors.FishAudioException}.
 * An error status is a {@link fishaudio.client.errors.FishAudioApiException} (one subclass per status a
 * caller acts on); bad input is an {@link fishaudio.client.errors.InvalidRequestException}, thrown before
 * any byte is sent. No message, cause or {@code toString()} shows the API key.
 */
package fishaudio.client.errors;
