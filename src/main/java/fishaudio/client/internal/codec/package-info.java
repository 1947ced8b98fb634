/**
 * Not API: bodies in and out (JSON decoding under the response cap, multipart file parts). Public
 * only so that the client's other packages can reach it; it may change in any release.
 */
package fishaudio.client.internal.codec;
