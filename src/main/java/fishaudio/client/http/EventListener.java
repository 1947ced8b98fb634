package fishaudio.client.http;

/**
 * Hears each event of a stream as it arrives, on the client's thread. What it throws stops the
 * stream: the call's future fails with a {@link fishaudio.client.errors.ListenerException}.
 *
 * @param <E> the event type, the spec's model of each event's data
 */
public interface EventListener<E> {
  void onEvent(E event);
}
