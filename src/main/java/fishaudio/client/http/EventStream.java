package fishaudio.client.http;

import fishaudio.client.errors.FishAudioException;
import fishaudio.client.internal.codec.ServerSentEvents;
import fishaudio.client.internal.errors.ErrorMapper;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.ResponseBody;

/**
 * A stream of server-sent events, each event's data decoded into the spec's model as it arrives;
 * nothing is buffered beyond the event being read. Iterate it once (a for-each loop, or
 * {@link #stream()}), then {@link #close()} it: until then it holds its connection and its request
 * slot. An {@code error} event ends the stream with the typed exception for its status; events of
 * other types than the default {@code message} are skipped. Not thread-safe.
 *
 * @param <E> the spec's model of each event's data
 */
public final class EventStream<E> implements Iterable<E>, Closeable {
  /** Decodes one event's data. */
  public interface Decoder<E> {
    E decode(String data) throws IOException;
  }

  private final ResponseBody body;
  private final ServerSentEvents events;
  private final Decoder<E> decoder;
  private final ErrorMapper errors;
  private boolean iterated;

  /** Built by the client's pipeline for a successful response. */
  public EventStream(ResponseBody body, Decoder<E> decoder, long maxEventBytes, ErrorMapper errors) {
    this.body = body;
    this.events = new ServerSentEvents(body.source(), maxEventBytes);
    this.decoder = decoder;
    this.errors = errors;
  }

  /**
   * The events as they arrive; each {@code next()} waits (up to the read timeout) for the next one.
   * A stream that breaks throws {@link fishaudio.client.errors.TransportException}, data that breaks
   * the spec {@link fishaudio.client.errors.MalformedResponseException}.
   *
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<E> iterator() {
    if (iterated) {
      throw new IllegalStateException("An EventStream is iterated once");
    }
    iterated = true;
    return new Iterator<E>() {
      private E next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = read();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        E event = next;
        next = null;
        return event;
      }
    };
  }

  /** The events as a sequential, lazy stream; closing the stream closes this. */
  public Stream<E> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  private E read() {
    while (true) {
      ServerSentEvents.Event event;
      try {
        event = events.next();
      } catch (IOException e) {
        close();
        throw errors.failure(e);
      }
      if (event == null) {
        close();
        return null;
      }
      if ("error".equals(event.type())) {
        close();
        throw errors.eventError(event.data());
      }
      if (!"message".equals(event.type())) {
        continue; // A type this client does not know yet.
      }
      try {
        return decoder.decode(event.data());
      } catch (FishAudioException e) {
        close();
        throw e;
      } catch (IOException | RuntimeException e) {
        close();
        throw errors.malformed(e);
      }
    }
  }

  /** Ends the stream and frees the request slot. Closing again does nothing. */
  @Override
  public void close() {
    body.close();
  }

  @Override
  public String toString() {
    return "EventStream{" + (iterated ? "iterated" : "not iterated") + "}";
  }
}
