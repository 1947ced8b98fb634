/**
 * What a call can return besides a decoded model: {@link fishaudio.client.http.RawResponse} (the
 * value with the HTTP status and headers), {@link fishaudio.client.http.BinaryResponse} (a body
 * streamed as it arrives, audio say) and {@link fishaudio.client.http.EventStream} (server-sent
 * events, each decoded as it arrives). The two streams hold their request slot until closed.
 */
package fishaudio.client.http;
