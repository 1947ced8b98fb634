/**
 * Not API: an error status or transport failure becomes one typed exception, and every string
 * built from a server's answer loses the API key. Public only so that the client's other packages can
 * reach it; it may change in any release.
 */
package fishaudio.client.internal.errors;
