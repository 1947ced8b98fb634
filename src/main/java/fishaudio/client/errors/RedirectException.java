package fishaudio.client.errors;

/**
 * The server answered with a redirect (3xx). The API never redirects, so the client follows none:
 * a followed redirect would resend the request body, voice files included, to another host.
 * {@link #location()} is the target's origin only (scheme, host and port), never its path or query.
 */
public final class RedirectException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  private final String location;

  public RedirectException(int status, String serverMessage, String body, String requestId, String location) {
    super(status, "redirect to " + location + " not followed (" + serverMessage + ")", null, body, requestId);
    this.location = location;
  }

  /** The origin the server pointed to, as {@code scheme://host:port}, or {@code "no location"}. */
  public String location() {
    return location;
  }
}
