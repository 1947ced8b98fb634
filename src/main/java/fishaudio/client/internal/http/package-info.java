/**
 * Not API: the OkHttp side of every call (auth, retries, request slots, the closed-client guard,
 * the error-body cap, the logger, socket tweaks). Public only so that the client's other packages can
 * reach it; it may change in any release.
 */
package fishaudio.client.internal.http;
