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
 * The {@code VoiceCloning} operations of the spec, each a typed call: {@link #createModel}, {@link #deleteModel}, {@link #getModel}, {@link #listModels}, {@link #updateModel}.
 *
 * <p>Every method checks the client is open and validates its arguments against the spec (path,
 * header and query parameters and the body, bounds included) before any byte is sent, then runs
 * the call through the client's one pipeline: auth, request slots, retries where the spec says an
 * operation is safe to repeat, typed errors and decoding. Each has an {@code ...Async} twin whose
 * future's {@code cancel} cancels the call, and {@link #withRawResponse()} gives the same calls
 * with the HTTP status and headers. Get this service from the client; it is thread-safe.
 */
public final class VoiceCloningService implements fishaudio.client.helpers.ModelHelpers {
  private final ClientRuntime runtime;
  private final Api api;
  private final WithRawResponse withRawResponse = new WithRawResponse();

  /** The service on a client's pipeline; applications get it from the client instead. */
  public VoiceCloningService(ClientRuntime runtime) {
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

  // ---- createModel: POST model ----

  /**
   * Fish Audio Voice Cloning.
   *
   * <p>Fish Audio API for creating voice models (voice cloning). Uploads voice files, optionally with their transcripts, and returns the created model.  The reference page shows `Content-Type: application/json`, but `voices` and `cover_image` are files, which a JSON body cannot carry; the live service takes `multipart/form-data`. Arrays go as repeated parts with the same name (`voices`, `voices`, `texts`, ...), never with a `[]` suffix. 
   *
   * <p>Not safe to repeat: retried only when the server did not process it (a 429, a 503, a connection that failed before any byte was sent).
   *
   * @param request the multipart form, files streamed
   * @return the decoded {@code ModelEntity}, checked against the spec
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public ModelEntity createModel(CreateModelRequest request) {
    return runtime.execute(createModelCall(request, null), ResponseKind.json());
  }

  /**
   * {@link #createModel}, with {@code progress} hearing the file bytes sent of the total.
   */
  public ModelEntity createModel(CreateModelRequest request, @Nullable ProgressListener progress) {
    return runtime.execute(createModelCall(request, progress), ResponseKind.json());
  }

  /** {@link #createModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ModelEntity> createModelAsync(CreateModelRequest request) {
    return runtime.executeAsync(createModelCall(request, null), ResponseKind.json());
  }

  /** {@link #createModelAsync}, with {@code progress} hearing the file bytes sent of the total. */
  public CompletableFuture<ModelEntity> createModelAsync(CreateModelRequest request, @Nullable ProgressListener progress) {
    return runtime.executeAsync(createModelCall(request, progress), ResponseKind.json());
  }

  /**
   * {@link #createModel}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<ModelEntity> createModelCall(CreateModelRequest request, @Nullable ProgressListener progress) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("request", request);
      request.validate();
    });
    return api.createModel(runtime.multipart(request::toMultipart, progress));
  }

  // ---- deleteModel: DELETE model/{id} ----

  /**
   * Delete a voice model.
   *
   * <p>Deletes a voice model. Safe to retry: deleting twice leaves the same state, and a retry answered 404 after an attempt that may have deleted the model counts as done. 
   *
   * <p>Safe to repeat (the spec marks it {@code x-idempotent}): retried after a 429, a 5xx or a connection that failed, sent or not.
   *
   * @param id path segment {@code id}: The model's `_id`.
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public void deleteModel(String id) {
    runtime.execute(deleteModelCall(id), ResponseKind.none());
  }

  /** {@link #deleteModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Void> deleteModelAsync(String id) {
    return runtime.executeAsync(deleteModelCall(id), ResponseKind.none());
  }

  /**
   * {@link #deleteModel}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<Void> deleteModelCall(String id) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("id", id);
      ConstraintViolation.pathSegment("id", id);
      ConstraintViolation.minLength("id", id, 1);
    });
    return api.deleteModel(id);
  }

  // ---- getModel: GET model/{id} ----

  /**
   * Get a voice model.
   *
   * <p>Returns one voice model, with its training `state`; poll it to learn when a model created in state `created` or `training` is ready. Safe to retry. 
   *
   * <p>Safe to repeat (the spec marks it {@code x-idempotent}): retried after a 429, a 5xx or a connection that failed, sent or not.
   *
   * @param id path segment {@code id}: The model's `_id`.
   * @return the decoded {@code ModelEntity}, checked against the spec
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public ModelEntity getModel(String id) {
    return runtime.execute(getModelCall(id), ResponseKind.json());
  }

  /** {@link #getModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ModelEntity> getModelAsync(String id) {
    return runtime.executeAsync(getModelCall(id), ResponseKind.json());
  }

  /**
   * {@link #getModel}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<ModelEntity> getModelCall(String id) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("id", id);
      ConstraintViolation.pathSegment("id", id);
      ConstraintViolation.minLength("id", id, 1);
    });
    return api.getModel(id);
  }

  // ---- listModels: GET model ----

  /**
   * List voice models.
   *
   * <p>Lists voice models a page at a time, filtered by title, tags, author or language and sorted by score, task count or creation time. With `self=true` only the models of the caller's workspace are listed, and `author_id` is ignored. Safe to retry. 
   *
   * <p>Safe to repeat (the spec marks it {@code x-idempotent}): retried after a 429, a 5xx or a connection that failed, sent or not.
   *
   * @param query the query parameters; an unset one is not sent
   * @return the decoded {@code ModelPageResponse}, checked against the spec
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public ModelPageResponse listModels(ListModelsQuery query) {
    return runtime.execute(listModelsCall(query), ResponseKind.json());
  }

  /** {@link #listModels} with the spec's defaults for what it leaves out, no query parameters. */
  public ModelPageResponse listModels() {
    return listModels(ListModelsQuery.builder().build());
  }

  /** {@link #listModels} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ModelPageResponse> listModelsAsync(ListModelsQuery query) {
    return runtime.executeAsync(listModelsCall(query), ResponseKind.json());
  }

  /** {@link #listModelsAsync} with the spec's defaults for what it leaves out, no query parameters. */
  public CompletableFuture<ModelPageResponse> listModelsAsync() {
    return listModelsAsync(ListModelsQuery.builder().build());
  }

  /**
   * {@link #listModels}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<ModelPageResponse> listModelsCall(ListModelsQuery query) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("query", query);
      query.validate();
    });
    return api.listModels(query);
  }

  // ---- updateModel: PATCH model/{id} ----

  /**
   * Update a voice model.
   *
   * <p>Changes any of a model's title, description, visibility, tags and cover image; fields left out keep their value. Multipart, because only multipart carries the cover image. Not marked idempotent: setting fields to values is idempotent in HTTP terms, but a resent cover image is uploaded and stored again, and a streamed upload cannot be resent at all, so an update is retried only when the server did not process it. 
   *
   * <p>Not safe to repeat: retried only when the server did not process it (a 429, a 503, a connection that failed before any byte was sent).
   *
   * @param id path segment {@code id}: The model's `_id`.
   * @param request the multipart form, files streamed
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public void updateModel(String id, UpdateModelRequest request) {
    runtime.execute(updateModelCall(id, request, null), ResponseKind.none());
  }

  /**
   * {@link #updateModel}, with {@code progress} hearing the file bytes sent of the total.
   */
  public void updateModel(String id, UpdateModelRequest request, @Nullable ProgressListener progress) {
    runtime.execute(updateModelCall(id, request, progress), ResponseKind.none());
  }

  /** {@link #updateModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Void> updateModelAsync(String id, UpdateModelRequest request) {
    return runtime.executeAsync(updateModelCall(id, request, null), ResponseKind.none());
  }

  /** {@link #updateModelAsync}, with {@code progress} hearing the file bytes sent of the total. */
  public CompletableFuture<Void> updateModelAsync(String id, UpdateModelRequest request, @Nullable ProgressListener progress) {
    return runtime.executeAsync(updateModelCall(id, request, progress), ResponseKind.none());
  }

  /**
   * {@link #updateModel}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<Void> updateModelCall(String id, UpdateModelRequest request, @Nullable ProgressListener progress) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("id", id);
      ConstraintViolation.pathSegment("id", id);
      ConstraintViolation.minLength("id", id, 1);
      ConstraintViolation.required("request", request);
      request.validate();
    });
    return api.updateModel(id, runtime.multipart(request::toMultipart, progress));
  }

  /** The calls of {@link VoiceCloningService}, each returning a {@link RawResponse}: the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** {@link VoiceCloningService#createModel}, with the HTTP status and headers. */
    public RawResponse<ModelEntity> createModel(CreateModelRequest request) {
      return runtime.executeRaw(createModelCall(request, null), ResponseKind.json());
    }

    /** {@link VoiceCloningService#createModelAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<ModelEntity>> createModelAsync(CreateModelRequest request) {
      return runtime.executeRawAsync(createModelCall(request, null), ResponseKind.json());
    }

    /** {@link VoiceCloningService#deleteModel}, with the HTTP status and headers. */
    public RawResponse<Void> deleteModel(String id) {
      return runtime.executeRaw(deleteModelCall(id), ResponseKind.none());
    }

    /** {@link VoiceCloningService#deleteModelAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<Void>> deleteModelAsync(String id) {
      return runtime.executeRawAsync(deleteModelCall(id), ResponseKind.none());
    }

    /** {@link VoiceCloningService#getModel}, with the HTTP status and headers. */
    public RawResponse<ModelEntity> getModel(String id) {
      return runtime.executeRaw(getModelCall(id), ResponseKind.json());
    }

    /** {@link VoiceCloningService#getModelAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<ModelEntity>> getModelAsync(String id) {
      return runtime.executeRawAsync(getModelCall(id), ResponseKind.json());
    }

    /** {@link VoiceCloningService#listModels}, with the HTTP status and headers. */
    public RawResponse<ModelPageResponse> listModels(ListModelsQuery query) {
      return runtime.executeRaw(listModelsCall(query), ResponseKind.json());
    }

    /** {@link VoiceCloningService#listModels} with the spec's defaults for what it leaves out, no query parameters, with the HTTP status and headers. */
    public RawResponse<ModelPageResponse> listModels() {
      return listModels(ListModelsQuery.builder().build());
    }

    /** {@link VoiceCloningService#listModelsAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<ModelPageResponse>> listModelsAsync(ListModelsQuery query) {
      return runtime.executeRawAsync(listModelsCall(query), ResponseKind.json());
    }

    /** {@link VoiceCloningService#listModelsAsync} with the spec's defaults for what it leaves out, no query parameters, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<ModelPageResponse>> listModelsAsync() {
      return listModelsAsync(ListModelsQuery.builder().build());
    }

    /** {@link VoiceCloningService#updateModel}, with the HTTP status and headers. */
    public RawResponse<Void> updateModel(String id, UpdateModelRequest request) {
      return runtime.executeRaw(updateModelCall(id, request, null), ResponseKind.none());
    }

    /** {@link VoiceCloningService#updateModelAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<Void>> updateModelAsync(String id, UpdateModelRequest request) {
      return runtime.executeRawAsync(updateModelCall(id, request, null), ResponseKind.none());
    }
  }

  /**
   * The {@code VoiceCloning} operations as a Retrofit interface. Paths are relative, so the base URL
   * ends in {@code /}. Nothing here validates: the service's methods do, before they call it.
   */
  public interface Api {
    /**
     * Fish Audio Voice Cloning: POST model.
     *
     * @return the call; its response is 201, 401, 402, 400, 422, 429, 503, 0 (0 = default)
     */
    @CreatedId("_id")
    @retrofit2.http.POST("model")
    Call<ModelEntity> createModel(@retrofit2.http.Body okhttp3.MultipartBody body);

    /**
     * Delete a voice model: DELETE model/{id}.
     *
     * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @Idempotent
    @retrofit2.http.DELETE("model/{id}")
    Call<Void> deleteModel(@retrofit2.http.Path("id") String id);

    /**
     * Get a voice model: GET model/{id}.
     *
     * @return the call; its response is 200, 401, 402, 403, 404, 422, 429, 503, 0 (0 = default)
     */
    @Idempotent
    @Echoes(field = "_id", parameter = "id")
    @retrofit2.http.GET("model/{id}")
    Call<ModelEntity> getModel(@retrofit2.http.Path("id") String id);

    /**
     * List voice models: GET model.
     *
     * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @Idempotent
    @retrofit2.http.GET("model")
    Call<ModelPageResponse> listModels(@retrofit2.http.Query("page_size") @Nullable Integer pageSize, @retrofit2.http.Query("page_number") @Nullable Integer pageNumber, @retrofit2.http.Query("title") @Nullable String title, @retrofit2.http.Query("tag") java.util.@Nullable List<String> tag, @retrofit2.http.Query("self") @Nullable Boolean self, @retrofit2.http.Query("author_id") @Nullable String authorId, @retrofit2.http.Query("language") java.util.@Nullable List<String> language, @retrofit2.http.Query("title_language") java.util.@Nullable List<String> titleLanguage, @retrofit2.http.Query("sort_by") @Nullable ModelSortBy sortBy);

    /** {@link #listModels} with its query parameters taken from one {@link ListModelsQuery}, sent as it is. */
    @Idempotent
    default Call<ModelPageResponse> listModels(ListModelsQuery query) {
      return listModels(query.pageSize(), query.pageNumber(), query.title(), query.tag(), query.self(), query.authorId(), query.language(), query.titleLanguage(), query.sortBy());
    }

    /**
     * Update a voice model: PATCH model/{id}.
     *
     * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @retrofit2.http.PATCH("model/{id}")
    Call<Void> updateModel(@retrofit2.http.Path("id") String id, @retrofit2.http.Body okhttp3.MultipartBody body);

  }

  /**
   * The query of {@link VoiceCloningService#listModels}: its query parameters as one immutable value, in the
   * spec's order. An unset parameter is not sent, so the server's default applies; the
   * {@code ...OrDefault()} accessors give the spec's default.
   *
   * <p>Build one with {@link #builder()}. {@link #validate()} checks it against the bounds the spec
   * states; {@link VoiceCloningService#listModels(ListModelsQuery)} sends it as it is,
   * without validating.
   */
  public static final class ListModelsQuery {
    private final @Nullable Integer pageSize;
    private final @Nullable Integer pageNumber;
    private final @Nullable String title;
    private final java.util.@Nullable List<String> tag;
    private final @Nullable Boolean self;
    private final @Nullable String authorId;
    private final java.util.@Nullable List<String> language;
    private final java.util.@Nullable List<String> titleLanguage;
    private final @Nullable ModelSortBy sortBy;

    private ListModelsQuery(Builder builder) {
      this.pageSize = builder.pageSize;
      this.pageNumber = builder.pageNumber;
      this.title = builder.title;
      this.tag = builder.tag;
      this.self = builder.self;
      this.authorId = builder.authorId;
      this.language = builder.language;
      this.titleLanguage = builder.titleLanguage;
      this.sortBy = builder.sortBy;
    }

    /** Returns a builder with every parameter unset. */
    public static Builder builder() {
      return new Builder();
    }

    /** Returns a builder that starts from this value. */
    public Builder toBuilder() {
      Builder builder = new Builder();
      builder.pageSize = pageSize;
      builder.pageNumber = pageNumber;
      builder.title = title;
      builder.tag = tag;
      builder.self = self;
      builder.authorId = authorId;
      builder.language = language;
      builder.titleLanguage = titleLanguage;
      builder.sortBy = sortBy;
      return builder;
    }

    /**
     * Models per page, 1 to 100.
     *
     * <p>Query parameter {@code page_size}; optional, null when not set. The spec gives a default for when it is not sent: see {@link #pageSizeOrDefault()}.
     */
    public @Nullable Integer pageSize() {
      return pageSize;
    }

    /** {@link #pageSize()}, or the spec's default when it is not set: {@code 10}. */
    public int pageSizeOrDefault() {
      return pageSize != null ? pageSize : 10;
    }

    /**
     * The page to return, counted from 1.
     *
     * <p>Query parameter {@code page_number}; optional, null when not set. The spec gives a default for when it is not sent: see {@link #pageNumberOrDefault()}.
     */
    public @Nullable Integer pageNumber() {
      return pageNumber;
    }

    /** {@link #pageNumber()}, or the spec's default when it is not set: {@code 1}. */
    public int pageNumberOrDefault() {
      return pageNumber != null ? pageNumber : 1;
    }

    /**
     * Only models whose title matches this text.
     *
     * <p>Query parameter {@code title}; optional, null when not set.
     */
    public @Nullable String title() {
      return title;
    }

    /**
     * Only models with these tags; repeat the parameter for each tag.
     *
     * <p>Query parameter {@code tag}, sent once per item; optional, null when not set.
     */
    public java.util.@Nullable List<String> tag() {
      return tag;
    }

    /**
     * Only the models of the caller's workspace.
     *
     * <p>Query parameter {@code self}; optional, null when not set. The spec gives a default for when it is not sent: see {@link #selfOrDefault()}.
     */
    public @Nullable Boolean self() {
      return self;
    }

    /** {@link #self()}, or the spec's default when it is not set: {@code false}. */
    public boolean selfOrDefault() {
      return self != null ? self : false;
    }

    /**
     * Only the models of this author; ignored when `self` is true.
     *
     * <p>Query parameter {@code author_id}; optional, null when not set.
     */
    public @Nullable String authorId() {
      return authorId;
    }

    /**
     * Only models in these languages; repeat the parameter for each language.
     *
     * <p>Query parameter {@code language}, sent once per item; optional, null when not set.
     */
    public java.util.@Nullable List<String> language() {
      return language;
    }

    /**
     * Only models whose title is in these languages; repeat the parameter for each.
     *
     * <p>Query parameter {@code title_language}, sent once per item; optional, null when not set.
     */
    public java.util.@Nullable List<String> titleLanguage() {
      return titleLanguage;
    }

    /**
     * The order of the models. See {@link ModelSortBy}.
     *
     * <p>Query parameter {@code sort_by}; optional, null when not set. The spec gives a default for when it is not sent: see {@link #sortByOrDefault()}.
     */
    public @Nullable ModelSortBy sortBy() {
      return sortBy;
    }

    /** {@link #sortBy()}, or the spec's default when it is not set: {@code score}. */
    public ModelSortBy sortByOrDefault() {
      return sortBy != null ? sortBy : ModelSortBy.of("score");
    }

    /**
     * Checks this query against the constraints the spec states for its parameters: required
     * ones, lengths, patterns, bounds, item counts, null items and enum values. Sending does not
     * call it; a caller that wants the check calls it first.
     *
     * @throws ConstraintViolation naming the first parameter, by its wire name, that breaks one
     */
    public void validate() {
      ConstraintViolation.minimum("page_size", pageSize, "1", false);
      ConstraintViolation.maximum("page_size", pageSize, "100", false);
      ConstraintViolation.minimum("page_number", pageNumber, "1", false);
      ConstraintViolation.noNullItems("tag", tag);
      ConstraintViolation.noNullItems("language", language);
      ConstraintViolation.noNullItems("title_language", titleLanguage);
      if (sortBy != null && !sortBy.isKnown()) {
        throw new ConstraintViolation("sort_by", "must be one of " + ModelSortBy.values() + ", was " + sortBy);
      }
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof ListModelsQuery)) {
        return false;
      }
      ListModelsQuery that = (ListModelsQuery) other;
      return java.util.Objects.equals(pageSize, that.pageSize)
          && java.util.Objects.equals(pageNumber, that.pageNumber)
          && java.util.Objects.equals(title, that.title)
          && java.util.Objects.equals(tag, that.tag)
          && java.util.Objects.equals(self, that.self)
          && java.util.Objects.equals(authorId, that.authorId)
          && java.util.Objects.equals(language, that.language)
          && java.util.Objects.equals(titleLanguage, that.titleLanguage)
          && java.util.Objects.equals(sortBy, that.sortBy);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(pageSize, pageNumber, title, tag, self, authorId, language, titleLanguage, sortBy);
    }

    /** Parameter by parameter, by wire name. */
    @Override
    public String toString() {
      return "ListModelsQuery{"
          + "page_size=" + pageSize + ", "
          + "page_number=" + pageNumber + ", "
          + "title=" + title + ", "
          + "tag=" + tag + ", "
          + "self=" + self + ", "
          + "author_id=" + authorId + ", "
          + "language=" + language + ", "
          + "title_language=" + titleLanguage + ", "
          + "sort_by=" + sortBy
          + "}";
    }

    /**
     * Builds a {@link ListModelsQuery}. Setters take the value as is (a list is
     * copied); {@link #build()} does not validate.
     */
    public static final class Builder {
      private @Nullable Integer pageSize;
      private @Nullable Integer pageNumber;
      private @Nullable String title;
      private java.util.@Nullable List<String> tag;
      private @Nullable Boolean self;
      private @Nullable String authorId;
      private java.util.@Nullable List<String> language;
      private java.util.@Nullable List<String> titleLanguage;
      private @Nullable ModelSortBy sortBy;

      private Builder() {}

      /** Sets {@code page_size}: Models per page, 1 to 100. */
      public Builder pageSize(@Nullable Integer pageSize) {
        this.pageSize = pageSize;
        return this;
      }

      /** Sets {@code page_size} from a plain {@code int}; the boxed overload takes null for "not sent". */
      public Builder pageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
      }

      /** Sets {@code page_number}: The page to return, counted from 1. */
      public Builder pageNumber(@Nullable Integer pageNumber) {
        this.pageNumber = pageNumber;
        return this;
      }

      /** Sets {@code page_number} from a plain {@code int}; the boxed overload takes null for "not sent". */
      public Builder pageNumber(int pageNumber) {
        this.pageNumber = pageNumber;
        return this;
      }

      /** Sets {@code title}: Only models whose title matches this text. */
      public Builder title(@Nullable String title) {
        this.title = title;
        return this;
      }

      /** Sets {@code tag}, sent once per item; the list is copied: Only models with these tags; repeat the parameter for each tag. */
      public Builder tag(java.util.@Nullable List<String> tag) {
        this.tag = tag == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tag));
        return this;
      }

      /** Sets {@code self}: Only the models of the caller's workspace. */
      public Builder self(@Nullable Boolean self) {
        this.self = self;
        return this;
      }

      /** Sets {@code self} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
      public Builder self(boolean self) {
        this.self = self;
        return this;
      }

      /** Sets {@code author_id}: Only the models of this author; ignored when `self` is true. */
      public Builder authorId(@Nullable String authorId) {
        this.authorId = authorId;
        return this;
      }

      /** Sets {@code language}, sent once per item; the list is copied: Only models in these languages; repeat the parameter for each language. */
      public Builder language(java.util.@Nullable List<String> language) {
        this.language = language == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(language));
        return this;
      }

      /** Sets {@code title_language}, sent once per item; the list is copied: Only models whose title is in these languages; repeat the parameter for each. */
      public Builder titleLanguage(java.util.@Nullable List<String> titleLanguage) {
        this.titleLanguage = titleLanguage == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(titleLanguage));
        return this;
      }

      /** Sets {@code sort_by}: The order of the models. */
      public Builder sortBy(@Nullable ModelSortBy sortBy) {
        this.sortBy = sortBy;
        return this;
      }

      /** Returns the query. */
      public ListModelsQuery build() {
        return new ListModelsQuery(this);
      }
    }
  }
}
