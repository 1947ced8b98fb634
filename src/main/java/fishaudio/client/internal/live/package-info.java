/**
 * Not API: the WebSocket side of live speech sessions: a socket opened through the client's OkHttp
 * pipeline (auth, retries, request slots, logger, close), the sockets kept open ahead of use, and the
 * options they follow. Public only so that the client's other packages can reach it; it may change in
 * any release.
 */
package fishaudio.client.internal.live;
