package fishaudio.client.helpers;

import okio.ByteString;

/**
 * Receives a live session's audio as it arrives, instead of {@link LiveSpeech#audio()}. Called on the
 * session's socket thread, one piece at a time, in order; the socket is not read while it runs, so a
 * listener that takes long slows the session down (and one that blocks longer than the ping interval
 * ends it). What it throws ends the session with a {@link fishaudio.client.errors.ListenerException}.
 */
@FunctionalInterface
public interface LiveSpeechListener {
  /** The next piece of audio, in the request's format; concatenated in order, the pieces are the whole. */
  void onAudio(ByteString audio);
}
