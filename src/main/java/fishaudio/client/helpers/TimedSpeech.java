package fishaudio.client.helpers;

import fishaudio.client.generated.TimedText;
import fishaudio.client.generated.TtsTimestampAlignment;
import fishaudio.client.generated.TtsTimestampEvent;
import fishaudio.client.internal.codec.AtomicFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okio.Buffer;
import okio.ByteString;

/**
 * Speech with timestamps, assembled from the events of {@code textToSpeechWithTimestamps}: the
 * whole audio (every event's chunk, in arrival order) and when each piece of text is spoken, in
 * seconds from the start of the whole audio. An event's alignment is the latest snapshot for its
 * text chunk ({@code chunk_seq}): it replaces the one before it, whenever it arrives, and its
 * segments are moved by the chunk's {@code chunk_audio_offset_sec}. Captions come out as WebVTT.
 *
 * <pre>{@code
 * try (EventStream<TtsTimestampEvent> events = client.speech().textToSpeechWithTimestamps(request)) {
 *   TimedSpeech speech = TimedSpeech.save(events, Paths.get("speech.wav"));
 *   speech.saveWebVtt(Paths.get("speech.vtt"));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class TimedSpeech {
  private final Map<Long, Chunk> chunks = new TreeMap<>();
  private final Buffer audio;
  private long audioBytes;
  private int events;

  private static final class Chunk {
    final double offset;
    final TtsTimestampAlignment alignment;

    Chunk(double offset, TtsTimestampAlignment alignment) {
      this.offset = offset;
      this.alignment = alignment;
    }
  }

  private TimedSpeech(boolean keepAudio) {
    this.audio = keepAudio ? new Buffer() : null;
  }

  /** An empty assembly that keeps the audio in memory; feed it with {@link #accept}. */
  public static TimedSpeech inMemory() {
    return new TimedSpeech(true);
  }

  /** Every event of {@code events}, the audio kept in memory. */
  public static TimedSpeech collect(Iterable<TtsTimestampEvent> events) {
    TimedSpeech speech = inMemory();
    for (TtsTimestampEvent event : events) {
      speech.accept(event);
    }
    return speech;
  }

  /**
   * Every event of {@code events}, the audio written to {@code audioFile} as it arrives and renamed
   * into place only once the stream has ended, so a stream that breaks leaves no file there.
   *
   * @throws fishaudio.client.errors.TransportException when the stream breaks (nothing is left at {@code audioFile})
   * @throws fishaudio.client.errors.SaveException when the file cannot be written
   */
  public static TimedSpeech save(Iterable<TtsTimestampEvent> events, Path audioFile) {
    TimedSpeech speech = new TimedSpeech(false);
    try {
      AtomicFile.write(audioFile, "the speech", out -> {
        for (TtsTimestampEvent event : events) {
          speech.accept(event);
          ByteBuffer bytes = event.audio().asByteBuffer();
          while (bytes.hasRemaining()) {
            out.write(bytes);
          }
        }
        return speech.audioBytes;
      });
    } catch (AtomicFile.SourceFailure e) {
      throw new IllegalStateException("events are not read through AtomicFile", e);
    }
    return speech;
  }

  /** Takes one event: its audio chunk goes after the ones before it, its alignment replaces its chunk's. */
  public void accept(TtsTimestampEvent event) {
    events++;
    audioBytes += event.audio().size();
    if (audio != null) {
      audio.write(event.audio());
    }
    if (event.alignment() != null) {
      chunks.put(event.chunkSeq().longValue(), new Chunk(event.chunkAudioOffsetSec(), event.alignment()));
    }
  }

  /** How many events were taken. */
  public int events() {
    return events;
  }

  /** The audio's size in bytes. */
  public long audioBytes() {
    return audioBytes;
  }

  /**
   * The whole audio, when it was kept in memory ({@link #collect}, {@link #inMemory}).
   *
   * @throws IllegalStateException when it went to a file instead
   */
  public ByteString audio() {
    if (audio == null) {
      throw new IllegalStateException("The audio went to a file, not to memory");
    }
    return audio.snapshot();
  }

  /**
   * Every timed piece of text, in chunk order then in the order the server gave them, each moved by
   * its chunk's offset: positions in the whole audio, in seconds. An end before its start is taken
   * as the start.
   */
  public List<TimedText> segments() {
    List<TimedText> all = new ArrayList<>();
    for (Chunk chunk : chunks.values()) {
      for (TimedText segment : chunk.alignment.segments()) {
        double start = chunk.offset + segment.start();
        double end = Math.max(start, chunk.offset + segment.end());
        all.add(TimedText.builder().text(segment.text()).start(start).end(end).build());
      }
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The segments as WebVTT captions, one cue each: {@code &}, {@code <} and {@code >} escaped, and
   * an arrow inside a text broken up, so no text can end its cue early or inject markup.
   */
  public String webVtt() {
    StringBuilder vtt = new StringBuilder("WEBVTT\n");
    int cue = 0;
    for (TimedText segment : segments()) {
      String text = segment.text().replaceAll("[\\r\\n]+", " ").trim();
      if (text.isEmpty()) {
        continue;
      }
      vtt.append('\n').append(++cue).append('\n')
          .append(timestamp(segment.start())).append(" --> ").append(timestamp(segment.end())).append('\n')
          .append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append('\n');
    }
    return vtt.toString();
  }

  /** Writes {@link #webVtt()} to {@code target} atomically, as UTF-8. */
  public Path saveWebVtt(Path target) {
    byte[] bytes = webVtt().getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFile.write(target, "the captions", out -> {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        return bytes.length;
      });
    } catch (AtomicFile.SourceFailure e) {
      throw new IllegalStateException("bytes in memory cannot fail", e);
    }
    return target;
  }

  /** {@code HH:MM:SS.mmm}, as WebVTT writes a time. */
  static String timestamp(double seconds) {
    long millis = Math.round(Math.max(0, seconds) * 1000);
    return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
        millis % 1000);
  }

  @Override
  public String toString() {
    return "TimedSpeech{events=" + events + ", audioBytes=" + audioBytes + ", segments=" + segments().size() + "}";
  }
}
