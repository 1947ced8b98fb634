package fishaudio.client.contract;


import fishaudio.client.errors.BadRequestException;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.UnprocessableRequestException;
import fishaudio.client.testing.ExampleServer;

/** The public client under test, wired to Prism through a test's {@link Wire}. */
final class Clients {
  private Clients() {}

  /** The public client with its retries off, so one call is one exchange. */
  static FishAudio fishAudio(Prism prism, Wire wire) {
    return fishAudio(prism, wire, 0);
  }

  static FishAudio fishAudio(Prism prism, Wire wire, int maxRetries) {
    return fishAudio(prism.baseUrl(), wire, maxRetries);
  }

  /**
   * The public client on the {@link ExampleServer} in front of Prism: Prism judges every request
   * and answers it, except a binary or event-stream success, which the spec's examples answer.
   */
  static FishAudio fishAudio(ExampleServer examples, Wire wire) {
    return fishAudio(examples, wire, 0);
  }

  static FishAudio fishAudio(ExampleServer examples, Wire wire, int maxRetries) {
    return fishAudio(examples.url().toString(), wire, maxRetries);
  }

  private static FishAudio fishAudio(String baseUrl, Wire wire, int maxRetries) {
    return FishAudio.builder()
        .apiKey(Wire.API_KEY)
        .baseUrl(baseUrl)
        // Testcontainers may report the engine's gateway (Podman: 10.88.0.1) rather than a
        // loopback name; the mock is local and the key is fake, so plain http is fine here.
        .allowInsecureHttp(true)
        .okHttpClient(wire.okHttp())
        .maxRetries(maxRetries)
        .build();
  }

  /** The exception type the public client documents for an error status. */
  static Class<? extends FishAudioApiException> exceptionFor(int status) {
    switch (status) {
      case 400:
        return fishaudio.client.errors.BadRequestException.class;
      case 401:
        return AuthenticationException.class;
      case 402:
        return InsufficientCreditException.class;
      case 422:
        return UnprocessableRequestException.class;
      case 429:
        return RateLimitException.class;
      default:
        return status >= 500 ? ServerException.class : FishAudioApiException.class;
    }
  }
}
