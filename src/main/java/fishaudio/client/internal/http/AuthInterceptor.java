package fishaudio.client.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets {@code Authorization: Bearer <key>} and the client's User-Agent on every request. */
public final class AuthInterceptor implements Interceptor {
  public static final String USER_AGENT = "fish-audio-java/1.0";

  private final String authorization;

  public AuthInterceptor(String apiKey) {
    this.authorization = "Bearer " + apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", USER_AGENT)
        .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{Authorization=Bearer <redacted>}";
  }
}
