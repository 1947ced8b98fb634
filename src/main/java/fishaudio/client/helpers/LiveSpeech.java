package fishaudio.client.helpers;

import com.squareup.moshi.Moshi;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.errors.LiveSpeechException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.generated.ConstraintViolation;
import fishaudio.client.generated.LiveAudio;
import fishaudio.client.generated.LiveAudioEvent;
import fishaudio.client.generated.LiveFinish;
import fishaudio.client.generated.LiveFinishEvent;
import fishaudio.client.generated.LiveFinishReason;
import fishaudio.client.generated.LiveFlush;
import fishaudio.client.generated.LiveStart;
import fishaudio.client.generated.LiveStop;
import fishaudio.client.generated.LiveText;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.internal.ClientRuntime;
import fishaudio.client.internal.codec.MessagePack;
import fishaudio.client.internal.codec.MessagePackDecodingException;
import fishaudio.client.internal.codec.MessagePackModels;
import fishaudio.client.internal.errors.ErrorMapper;
import fishaudio.client.internal.errors.ListenerFailure;
import fishaudio.client.internal.errors.Redactor;
import fishaudio.client.internal.live.LiveConnector;
import fishaudio.client.internal.live.LiveSocket;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * A live speech session: text goes in as it is written ({@link #sendText}), audio comes out as it is
 * spoken ({@link #audio()}, or a {@link LiveSpeechListener}), over one WebSocket to
 * {@code /v1/tts/live}. Open one with {@code client.speech().liveSpeech(request)}; the socket may be
 * one the client opened ahead ({@code FishAudio.Builder.livePrewarm}), so the first audio does not
 * wait for a handshake.
 *
 * <p>The server speaks its buffered text when it has a chunk's worth, on {@link #flush()}, and at
 * {@link #finish()}, which sends {@code stop}: only then does the server send {@code finish} and close.
 * Read {@link #audio()} while the session runs, on another thread than the one writing text: audio
 * waits in a bounded buffer ({@code FishAudio.Builder.liveAudioBuffer}), and when it is full the socket
 * is not read until there is room.
 *
 * <p>Faults: the audio stream, the {@link #finish()} future and the next send all fail with the same
 * typed exception: {@link TransportException} when the socket breaks or the server closes before
 * {@code finish} (with {@link TransportException#bytesReceived()}, the audio that had come),
 * {@link LiveSpeechException} when {@code finish} says {@code error},
 * {@link fishaudio.client.errors.MalformedResponseException} for a frame that is no message of the
 * protocol. A close, with or without a close frame, after {@code finish} is the normal end.
 *
 * <p>Thread-safe: text may be sent from one thread while another reads audio and a third cancels.
 * Sends are bounded: a sender waits while more than {@code FishAudio.Builder.liveSendBuffer} bytes
 * wait to go out. {@link #close()} (and {@link #cancel()}) ends the session at once.
 */
public final class LiveSpeech implements Closeable {
  private static final MessagePack.Limits FRAME_LIMITS = MessagePack.Limits.defaults();
  private static final int MAX_FINISH_TEXT = 4096;

  private final LiveSocket socket;
  private final Moshi moshi;
  private final ErrorMapper errors;
  private final Redactor redactor;
  private final @Nullable LiveSpeechListener listener;
  private final int sendBuffer;
  private final long audioBuffer;
  private final long readTimeoutNanos;
  private final long writeTimeoutNanos;
  private final ReentrantLock sending = new ReentrantLock();
  private final Object lock = new Object();
  private final Buffer audio = new Buffer();
  private final AudioStream audioStream = new AudioStream();
  private final CompletableFuture<Void> finish = new CompletableFuture<Void>() {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      LiveSpeech.this.cancel();
      return cancelled;
    }
  };

  // Guarded by lock.
  private long received;
  private boolean bufferFull;
  private boolean stopSent;
  private boolean finished;
  private boolean cancelled;
  private boolean closed;
  private @Nullable Throwable failure;

  private LiveSpeech(LiveSocket socket, ClientRuntime runtime, LiveConnector connector,
      @Nullable LiveSpeechListener listener) {
    this.socket = socket;
    this.moshi = runtime.moshi();
    this.errors = runtime.errors();
    this.redactor = runtime.redactor();
    this.listener = listener;
    this.sendBuffer = connector.options().sendBuffer();
    this.audioBuffer = connector.options().audioBuffer();
    this.readTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(connector.readTimeoutMillis());
    this.writeTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(connector.writeTimeoutMillis());
  }

  /** Validates, takes or opens a socket, sends {@code start}; see {@link LiveSpeechHelpers}. */
  static LiveSpeech open(ClientRuntime runtime, @Nullable TtsModel model, TtsRequest request,
      @Nullable LiveSpeechListener listener) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      if (model != null && !model.isKnown()) {
        if (runtime.checksHeaderValues()) {
          throw new ConstraintViolation("model", "must be one of " + TtsModel.values() + ", was " + model
              + " (FishAudio.Builder.checkHeaderValues(false) sends a value the spec does not list yet)");
        }
        if (!model.value().chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
          throw new ConstraintViolation("model", "holds a character an HTTP header cannot carry");
        }
      }
      if (request == null) {
        throw new ConstraintViolation("request", "is required");
      }
      request.validate();
    });
    ByteString start = MessagePackModels.encode(runtime.moshi(), LiveStart.builder().request(request).build());
    LiveConnector connector = runtime.live();
    LiveSocket socket = connector.socket(model);
    LiveSpeech session = new LiveSpeech(socket, runtime, connector, listener);
    if (!socket.attach(session.new Events()) || !session.sendStart(start)) {
      // A pre-warmed socket the server closed between the pool and here: one opened now instead. (A
      // socket that ends after start went out is the session's failure, not this.)
      socket.cancel();
      socket = connector.open(model);
      session = new LiveSpeech(socket, runtime, connector, listener);
      if (!socket.attach(session.new Events()) || !session.sendStart(start)) {
        socket.cancel();
        throw new TransportException("The live socket closed as soon as it opened", null, 0);
      }
    }
    return session;
  }

  /** Sends {@code start}; false when the socket was already closing, so that no byte went out. */
  private boolean sendStart(ByteString start) {
    sending.lock();
    try {
      checkSendable();
      return socket.send(start);
    } finally {
      sending.unlock();
    }
  }

  /**
   * Sends more text. The server speaks it once it has a chunk's worth, or on {@link #flush()} or
   * {@link #finish()}. Waits while the socket's send buffer is full.
   *
   * @throws IllegalStateException after {@link #finish()}, {@link #cancel()} or {@link #close()}
   * @throws FishAudioException the session's failure, when it failed
   * @throws CancellationException when the thread is interrupted while waiting (its interrupt flag set
   *     again); nothing was sent
   */
  public void sendText(String text) {
    if (text == null) {
      throw new InvalidRequestException("text", "text is required", null);
    }
    send(MessagePackModels.encode(moshi, LiveText.builder().text(text).build()));
  }

  /**
   * Asks the server to speak what it has buffered now, without waiting for a chunk's worth: the audio
   * of the last words before a pause. Throws as {@link #sendText}.
   */
  public void flush() {
    send(MessagePackModels.encode(moshi, LiveFlush.builder().build()));
  }

  /**
   * Ends the text: sends {@code stop} (once, however often this is called), after which the server
   * speaks what is left, sends {@code finish} and closes. The future completes when {@code finish}
   * arrives ({@link #audio()} still yields what was buffered before it, then ends), or fails with the
   * session's typed failure; cancelling it cancels the session.
   */
  public CompletableFuture<Void> finish() {
    sending.lock();
    try {
      synchronized (lock) {
        if (stopSent || ended()) {
          return finish;
        }
      }
      try {
        send(MessagePackModels.encode(moshi, LiveStop.builder().build()));
        synchronized (lock) {
          stopSent = true;
        }
      } catch (FishAudioException | IllegalStateException e) {
        // The session failed or ended: the future says how.
      }
      return finish;
    } finally {
      sending.unlock();
    }
  }

  /**
   * The audio, in the request's format, as it arrives: each read returns what has come, waiting (up to
   * the client's read timeout) only when nothing has; it ends after {@code finish}. A broken session
   * ends it with the session's typed failure, once what came before is read. Closing it closes the
   * session. Always the same stream.
   *
   * @throws IllegalStateException when the session hands its audio to a {@link LiveSpeechListener}
   */
  public InputStream audio() {
    if (listener != null) {
      throw new IllegalStateException("This live session hands its audio to its listener");
    }
    return audioStream;
  }

  /** The bytes of audio received so far. */
  public long audioBytesReceived() {
    synchronized (lock) {
      return received;
    }
  }

  /**
   * Ends the session now, whatever it was doing: the socket is closed without waiting, a sender or a
   * reader waiting on it returns (a reader with {@link CancellationException}), and the
   * {@link #finish()} future is cancelled. Nothing after {@code finish}; does nothing then.
   */
  public void cancel() {
    boolean running;
    synchronized (lock) {
      running = !ended();
      if (running) {
        cancelled = true;
        audio.clear();
        lock.notifyAll();
      }
    }
    socket.cancel();
    if (running) {
      finish.completeExceptionally(new CancellationException("The live session was cancelled"));
    }
  }

  /**
   * Closes the session: after {@code finish}, the socket (if the server has not already); before it, this
   * is {@link #cancel()}. Frees the request slot the socket held. Closing again does nothing.
   */
  @Override
  public void close() {
    boolean done;
    synchronized (lock) {
      closed = true;
      done = finished;
      lock.notifyAll();
    }
    if (done) {
      socket.close(1000, null);
    } else {
      cancel();
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "LiveSpeech{received=" + received + " bytes, " + (finished ? "finished" : failure != null ? "failed"
          : cancelled ? "cancelled" : stopSent ? "stopping" : "open") + "}";
    }
  }

  // ---- Sending ----

  private void send(ByteString frame) {
    sending.lock();
    try {
      checkSendable();
      awaitRoom(frame.size());
      if (!socket.send(frame)) {
        checkSendable();
        throw new IllegalStateException("The live socket is closing");
      }
    } finally {
      sending.unlock();
    }
  }

  private void checkSendable() {
    synchronized (lock) {
      if (failure != null) {
        throw rethrow(failure);
      }
      if (cancelled || closed) {
        throw new IllegalStateException("This live session was cancelled or closed");
      }
      if (stopSent) {
        throw new IllegalStateException("finish() was called: this live session takes no more text");
      }
      if (finished) {
        throw new IllegalStateException("The server already finished this live session");
      }
    }
  }

  /**
   * Waits until {@code size} more bytes fit in the send buffer (a frame larger than the buffer goes
   * alone). OkHttp's queue has no signal when it drains, so this looks every millisecond, only while
   * the buffer is full. A socket that takes nothing for the write timeout ends the session.
   */
  private void awaitRoom(long size) {
    long queued = socket.queueSize();
    long lastProgress = System.nanoTime();
    while (queued > 0 && queued + size > sendBuffer) {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("Interrupted while waiting to send to the live session; nothing was sent");
      }
      checkSendable();
      long now = System.nanoTime();
      long left = socket.queueSize();
      if (left < queued) {
        lastProgress = now;
      } else if (writeTimeoutNanos > 0 && now - lastProgress > writeTimeoutNanos) {
        TransportException timeout = transport("Timed out: the live socket took none of the queued text for "
            + TimeUnit.NANOSECONDS.toMillis(writeTimeoutNanos) + " ms", new SocketTimeoutException("write timed out"));
        throw rethrow(abort(timeout));
      }
      queued = left;
    }
  }

  // ---- Receiving, on the socket's thread ----

  private final class Events implements LiveSocket.Handler {
    @Override
    public void onFrame(ByteString frame) {
      if (isEnded()) {
        return;
      }
      Object tree;
      try {
        tree = MessagePack.decode(frame.toByteArray(), FRAME_LIMITS);
      } catch (MessagePackDecodingException e) {
        abort(errors.malformed(e));
        return;
      }
      if (!(tree instanceof Map)) {
        abort(errors.malformed(new IllegalArgumentException("a live frame that is not a MessagePack map")));
        return;
      }
      Object event = ((Map<?, ?>) tree).get("event");
      if (LiveAudioEvent.AUDIO.value().equals(event)) {
        LiveAudio message = read(tree, LiveAudio.class);
        if (message != null) {
          deliver(message.audio());
        }
      } else if (LiveFinishEvent.FINISH.value().equals(event)) {
        String text = describe(tree);
        LiveFinish message = read(tree, LiveFinish.class);
        if (message != null) {
          finished(message, text);
        }
      }
      // Any other event is one this client does not know yet: ignored, as the protocol asks.
    }

    @Override
    public void onClosing(int code, String reason) {
      if (isEnded()) {
        return;
      }
      fail(transport("The server closed the live session (code " + code + (reason.isEmpty() ? "" : ": " + reason)
          + ") before finish", null));
    }

    @Override
    public void onFailure(Throwable failure) {
      boolean full;
      synchronized (lock) {
        if (ended()) {
          // After finish, a socket the server drops without a close frame is the normal end.
          return;
        }
        full = bufferFull;
      }
      String hint = full && failure instanceof SocketTimeoutException
          ? " (the audio buffer was full, so the socket was not read: read audio() as it arrives, or raise "
              + "FishAudio.Builder.liveAudioBuffer)"
          : "";
      fail(transport("The live session broke before finish: " + failure + hint, redactor.cause(failure)));
    }
  }

  /** The frame read by its generated model, checked; null when it is malformed (the session then failed). */
  private <T> @Nullable T read(Object tree, Class<T> type) {
    try {
      T message = MessagePackModels.decode(moshi, tree, type);
      if (message instanceof fishaudio.client.generated.Received) {
        ((fishaudio.client.generated.Received) message).validateReceived();
      }
      return message;
    } catch (IOException | RuntimeException e) {
      abort(errors.malformed(e));
      return null;
    }
  }

  private void deliver(ByteString bytes) {
    if (listener != null) {
      synchronized (lock) {
        received += bytes.size();
      }
      try {
        listener.onAudio(bytes);
      } catch (RuntimeException | Error e) {
        abort(e instanceof Error ? e : errors.failure(new ListenerFailure(e)));
      }
      return;
    }
    synchronized (lock) {
      try {
        while (audio.size() > 0 && audio.size() + bytes.size() > audioBuffer && !ended()) {
          bufferFull = true;
          lock.wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        bufferFull = false;
      }
      if (ended()) {
        return;
      }
      audio.write(bytes);
      received += bytes.size();
      lock.notifyAll();
    }
  }

  private void finished(LiveFinish message, String text) {
    if (LiveFinishReason.STOP.equals(message.reason())) {
      synchronized (lock) {
        if (ended()) {
          return;
        }
        finished = true;
        lock.notifyAll();
      }
      finish.complete(null);
    } else {
      String reason = message.reason().value();
      long bytes = audioBytesReceived();
      fail(new LiveSpeechException(redactor.redact("The server ended the live session with finish reason " + reason
          + " after " + bytes + " bytes of audio: " + text), redactor.redact(reason), redactor.redact(text), bytes));
    }
    // The server closes after finish; closing from here too frees the slot even if it does not.
    socket.close(1000, null);
  }

  // ---- The end ----

  private boolean ended() {
    return finished || cancelled || failure != null;
  }

  private boolean isEnded() {
    synchronized (lock) {
      return ended();
    }
  }

  /** Records the session's failure, once, for the audio stream, the future and the next send. */
  private void fail(Throwable e) {
    synchronized (lock) {
      if (ended()) {
        return;
      }
      failure = e;
      lock.notifyAll();
    }
    finish.completeExceptionally(e);
  }

  /** Fails the session with {@code e} and closes its socket; the failure that stands (an earlier one wins). */
  private Throwable abort(Throwable e) {
    fail(e);
    socket.cancel();
    synchronized (lock) {
      return failure != null ? failure : e;
    }
  }

  private TransportException transport(String what, @Nullable Throwable cause) {
    long bytes = audioBytesReceived();
    return new TransportException(redactor.redact(what + ", after " + bytes + " bytes of audio"), cause, bytes);
  }

  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return (RuntimeException) failure;
  }

  /** A finish message as text for an exception: bytes as their size, at most {@value #MAX_FINISH_TEXT} characters. */
  private static String describe(Object tree) {
    StringBuilder text = new StringBuilder();
    describe(tree, text);
    return text.length() <= MAX_FINISH_TEXT ? text.toString() : text.substring(0, MAX_FINISH_TEXT) + "...";
  }

  private static void describe(@Nullable Object value, StringBuilder text) {
    if (text.length() > MAX_FINISH_TEXT) {
      return;
    }
    if (value instanceof Map) {
      text.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        text.append(separator).append(entry.getKey()).append('=');
        describe(entry.getValue(), text);
        separator = ", ";
      }
      text.append('}');
    } else if (value instanceof List) {
      text.append('[');
      String separator = "";
      for (Object item : (List<?>) value) {
        text.append(separator);
        describe(item, text);
        separator = ", ";
      }
      text.append(']');
    } else if (value instanceof ByteString) {
      text.append('<').append(((ByteString) value).size()).append(" bytes>");
    } else {
      text.append(value);
    }
  }

  /** The audio as it arrives; see {@link #audio()}. */
  private final class AudioStream extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int read = read(one, 0, 1);
      return read == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      TransportException timeout;
      synchronized (lock) {
        long deadline = System.nanoTime() + readTimeoutNanos;
        while (audio.size() == 0) {
          if (closed) {
            throw new IOException("The live session is closed");
          }
          if (failure != null) {
            throw rethrow(failure);
          }
          if (finished) {
            return -1;
          }
          if (cancelled) {
            throw new CancellationException("The live session was cancelled");
          }
          long left = deadline - System.nanoTime();
          if (readTimeoutNanos > 0 && left <= 0) {
            break;
          }
          try {
            lock.wait(readTimeoutNanos > 0 ? Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)) : 0);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for live audio");
          }
        }
        if (audio.size() > 0) {
          int read = audio.read(bytes, offset, length);
          lock.notifyAll();
          return read;
        }
        timeout = transport("Timed out: no live audio for " + TimeUnit.NANOSECONDS.toMillis(readTimeoutNanos) + " ms",
            new SocketTimeoutException("read timed out"));
      }
      throw rethrow(abort(timeout));
    }

    @Override
    public int available() {
      synchronized (lock) {
        return (int) Math.min(Integer.MAX_VALUE, audio.size());
      }
    }

    @Override
    public void close() {
      LiveSpeech.this.close();
    }
  }
}
