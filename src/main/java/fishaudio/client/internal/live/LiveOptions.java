package fishaudio.client.internal.live;

import fishaudio.client.generated.TtsModel;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a client's live sessions follow, as its builder set it. Immutable. */
public final class LiveOptions {
  public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(30);
  public static final Duration DEFAULT_PREWARM_MAX_AGE = Duration.ofSeconds(15);
  public static final int DEFAULT_SEND_BUFFER = 64 * 1024;
  public static final long DEFAULT_AUDIO_BUFFER = 16L * 1024 * 1024;

  final int prewarm;
  final @Nullable TtsModel prewarmModel;
  final Duration prewarmMaxAge;
  final Duration pingInterval;
  final int sendBuffer;
  final long audioBuffer;

  public LiveOptions(int prewarm, @Nullable TtsModel prewarmModel, Duration prewarmMaxAge, Duration pingInterval,
      int sendBuffer, long audioBuffer) {
    this.prewarm = prewarm;
    this.prewarmModel = prewarmModel;
    this.prewarmMaxAge = prewarmMaxAge;
    this.pingInterval = pingInterval;
    this.sendBuffer = sendBuffer;
    this.audioBuffer = audioBuffer;
  }

  /** The most bytes of frames queued to go out before a sender waits. */
  public int sendBuffer() {
    return sendBuffer;
  }

  /** The most bytes of audio received and not yet read before the socket stops being read. */
  public long audioBuffer() {
    return audioBuffer;
  }

  /** How often a ping goes out; a pong missing at the next ping fails the socket. Zero: no pings. */
  public Duration pingInterval() {
    return pingInterval;
  }
}
