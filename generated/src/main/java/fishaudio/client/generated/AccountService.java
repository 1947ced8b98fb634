// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import fishaudio.client.ProgressListener;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventListener;
import fishaudio.client.http.EventStream;
import fishaudio.client.http.RawResponse;
import fishaudio.client.internal.ClientRuntime;
import fishaudio.client.internal.ResponseKind;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The {@code Account} operations of the spec, each a typed call: {@link #getApiCredit}.
 *
 * <p>Every method checks the client is open and validates its arguments against the spec (path,
 * header and query parameters and the body, bounds included) before any byte is sent, then runs
 * the call through the client's one pipeline: auth, request slots, retries where the spec says an
 * operation is safe to repeat, typed errors and decoding. Each has an {@code ...Async} twin whose
 * future's {@code cancel} cancels the call, and {@link #withRawResponse()} gives the same calls
 * with the HTTP status and headers. Get this service from the client; it is thread-safe.
 */
public final class AccountService {
  private final ClientRuntime runtime;
  private final Api api;
  private final WithRawResponse withRawResponse = new WithRawResponse();

  /** The service on a client's pipeline; applications get it from the client instead. */
  public AccountService(ClientRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(Api.class);
  }

  /** The same calls, each returning its value with the HTTP status and headers. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * The Retrofit interface underneath, with the client's auth, headers and retries but without its
   * validation, decoding and typed errors: for sending what this service would refuse.
   */
  public Api api() {
    return api;
  }

  /** The pipeline this service calls through; for the client's hand-written helpers, not for applications. */
  public ClientRuntime runtime() {
    return runtime;
  }

  // ---- getApiCredit: GET wallet/{user_id}/api-credit ----

  /**
   * API credit.
   *
   * <p>The API credit left and topped up, for the caller (`self`, the default) or another user the caller may see. Safe to retry. 
   *
   * <p>Safe to repeat (the spec marks it {@code x-idempotent}): retried after a 429, a 5xx or a connection that failed, sent or not.
   *
   * @param userId path segment {@code user_id}: The user, or `self` for the caller.
   * @param query the query parameters; an unset one is not sent
   * @return the decoded {@code ApiCredit}, checked against the spec
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public ApiCredit getApiCredit(String userId, GetApiCreditQuery query) {
    return runtime.execute(getApiCreditCall(userId, query), ResponseKind.json());
  }

  /** {@link #getApiCredit} with the spec's defaults for what it leaves out, {@code user_id} {@code self}, no query parameters. */
  public ApiCredit getApiCredit() {
    return getApiCredit("self", GetApiCreditQuery.builder().build());
  }

  /** {@link #getApiCredit} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ApiCredit> getApiCreditAsync(String userId, GetApiCreditQuery query) {
    return runtime.executeAsync(getApiCreditCall(userId, query), ResponseKind.json());
  }

  /** {@link #getApiCreditAsync} with the spec's defaults for what it leaves out, {@code user_id} {@code self}, no query parameters. */
  public CompletableFuture<ApiCredit> getApiCreditAsync() {
    return getApiCreditAsync("self", GetApiCreditQuery.builder().build());
  }

  /**
   * {@link #getApiCredit}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<ApiCredit> getApiCreditCall(String userId, GetApiCreditQuery query) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("user_id", userId);
      ConstraintViolation.pathSegment("user_id", userId);
      ConstraintViolation.minLength("user_id", userId, 1);
      ConstraintViolation.required("query", query);
      query.validate();
    });
    return api.getApiCredit(userId, query);
  }

  /** The calls of {@link AccountService}, each returning a {@link RawResponse}: the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** {@link AccountService#getApiCredit}, with the HTTP status and headers. */
    public RawResponse<ApiCredit> getApiCredit(String userId, GetApiCreditQuery query) {
      return runtime.executeRaw(getApiCreditCall(userId, query), ResponseKind.json());
    }

    /** {@link AccountService#getApiCredit} with the spec's defaults for what it leaves out, {@code user_id} {@code self}, no query parameters, with the HTTP status and headers. */
    public RawResponse<ApiCredit> getApiCredit() {
      return getApiCredit("self", GetApiCreditQuery.builder().build());
    }

    /** {@link AccountService#getApiCreditAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<ApiCredit>> getApiCreditAsync(String userId, GetApiCreditQuery query) {
      return runtime.executeRawAsync(getApiCreditCall(userId, query), ResponseKind.json());
    }

    /** {@link AccountService#getApiCreditAsync} with the spec's defaults for what it leaves out, {@code user_id} {@code self}, no query parameters, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<ApiCredit>> getApiCreditAsync() {
      return getApiCreditAsync("self", GetApiCreditQuery.builder().build());
    }
  }

  /**
   * The {@code Account} operations as a Retrofit interface. Paths are relative, so the base URL
   * ends in {@code /}. Nothing here validates: the service's methods do, before they call it.
   */
  public interface Api {
    /**
     * API credit: GET wallet/{user_id}/api-credit.
     *
     * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @Idempotent
    @retrofit2.http.GET("wallet/{user_id}/api-credit")
    Call<ApiCredit> getApiCredit(@retrofit2.http.Path("user_id") String userId, @retrofit2.http.Query("check_free_credit") @Nullable Boolean checkFreeCredit, @retrofit2.http.Query("team_id") @Nullable String teamId);

    /** {@link #getApiCredit} with its query parameters taken from one {@link GetApiCreditQuery}, sent as it is. */
    @Idempotent
    default Call<ApiCredit> getApiCredit(String userId, GetApiCreditQuery query) {
      return getApiCredit(userId, query.checkFreeCredit(), query.teamId());
    }

  }

  /**
   * The query of {@link AccountService#getApiCredit}: its query parameters as one immutable value, in the
   * spec's order. An unset parameter is not sent, so the server's default applies; the
   * {@code ...OrDefault()} accessors give the spec's default.
   *
   * <p>Build one with {@link #builder()}. {@link #validate()} checks it against the bounds the spec
   * states; {@link AccountService#getApiCredit(GetApiCreditQuery)} sends it as it is,
   * without validating.
   */
  public static final class GetApiCreditQuery {
    private final @Nullable Boolean checkFreeCredit;
    private final @Nullable String teamId;

    private GetApiCreditQuery(Builder builder) {
      this.checkFreeCredit = builder.checkFreeCredit;
      this.teamId = builder.teamId;
    }

    /** Returns a builder with every parameter unset. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns a builder that starts from this value. */
    public Builder toBuilder() {
      Builder builder = new Builder();
      builder.checkFreeCredit = checkFreeCredit;
      builder.teamId = teamId;
      return builder;
    }

    /**
     * Whether to check for free credit too.
     *
     * <p>Query parameter {@code check_free_credit}; optional, null when not set. The spec gives a default for when it is not sent: see {@link #checkFreeCreditOrDefault()}.
     */
    public @Nullable Boolean checkFreeCredit() {
      return checkFreeCredit;
    }

    /** {@link #checkFreeCredit()}, or the spec's default when it is not set: {@code false}. */
    public boolean checkFreeCreditOrDefault() {
      return checkFreeCredit != null ? checkFreeCredit : false;
    }

    /**
     * The team whose credit to read.
     *
     * <p>Query parameter {@code team_id}; optional, null when not set.
     */
    public @Nullable String teamId() {
      return teamId;
    }

    /**
     * Checks this query against the constraints the spec states for its parameters: required
     * ones, lengths, patterns, bounds, item counts, null items and enum values. Sending does not
     * call it; a caller that wants the check calls it first.
     *
     * @throws ConstraintViolation naming the first parameter, by its wire name, that breaks one
     */
    public void validate() {
      ConstraintViolation.minLength("team_id", teamId, 1);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof GetApiCreditQuery)) {
        return false;
      }
      GetApiCreditQuery that = (GetApiCreditQuery) other;
      return java.util.Objects.equals(checkFreeCredit, that.checkFreeCredit)
          && java.util.Objects.equals(teamId, that.teamId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(checkFreeCredit, teamId);
    }

    /** Parameter by parameter, by wire name. */
    @Override
    public String toString() {
      return "GetApiCreditQuery{"
          + "check_free_credit=" + checkFreeCredit + ", "
          + "team_id=" + teamId
          + "}";
    }

    /**
     * Builds a {@link GetApiCreditQuery}. Setters take the value as is (a list is
     * copied); {@link #build()} does not validate.
     */
    public static final class Builder {
      private @Nullable Boolean checkFreeCredit;
      private @Nullable String teamId;

      private Builder() {}

      /** Sets {@code check_free_credit}: Whether to check for free credit too. */
      public Builder checkFreeCredit(@Nullable Boolean checkFreeCredit) {
        this.checkFreeCredit = checkFreeCredit;
        return this;
      }

      /** Sets {@code check_free_credit} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
      public Builder checkFreeCredit(boolean checkFreeCredit) {
        this.checkFreeCredit = checkFreeCredit;
        return this;
      }

      /** Sets {@code team_id}: The team whose credit to read. */
      public Builder teamId(@Nullable String teamId) {
        this.teamId = teamId;
        return this;
      }

      /** Returns the query. */
      public GetApiCreditQuery build() {
        return new GetApiCreditQuery(this);
      }
    }
  }
}
