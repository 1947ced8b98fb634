// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The {@code VoiceCloningApi} operations of the spec, as a Retrofit interface.
 *
 * <p>Paths are relative, so the base URL must end in {@code /}. A multipart operation takes the
 * body its form model's {@code toMultipart} builds, so the parts follow the spec's field list. A
 * repeatable query parameter is a list: Retrofit sends it once per item.
 *
 * <p>An operation with query parameters also has a nested {@code ...Query} value holding them,
 * with a {@code validate()} built from the spec's bounds, and an overload that takes it. Neither
 * the interface nor that overload validates: checking before sending is the caller's.
 */
public interface VoiceCloningApi {

  /**
   * Fish Audio Voice Cloning: POST model.
   *
   * <p>Fish Audio API for creating voice models (voice cloning). Uploads voice files, optionally with their transcripts, and returns the created model.  The reference page shows `Content-Type: application/json`, but `voices` and `cover_image` are files, which a JSON body cannot carry; the live service takes `multipart/form-data`. Arrays go as repeated parts with the same name (`voices`, `voices`, `texts`, ...), never with a `[]` suffix. 
   *
   * @param body the multipart form, built by the form model's {@code toParts}
   * @return the call; its response is 201, 401, 402, 400, 422, 429, 503, 0 (0 = default)
   */
  @CreatedId("_id")
  @retrofit2.http.POST("model")
  Call<ModelEntity> createModel(
      @retrofit2.http.Body okhttp3.MultipartBody body);

  /**
   * Delete a voice model: DELETE model/{id}.
   *
   * <p>Deletes a voice model. Safe to retry: deleting twice leaves the same state, and a retry answered 404 after an attempt that may have deleted the model counts as done. 
   *
   * @param id path segment {@code id} (required): The model's `_id`.
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  @retrofit2.http.DELETE("model/{id}")
  Call<Void> deleteModel(
      @retrofit2.http.Path("id") String id);

  /**
   * Get a voice model: GET model/{id}.
   *
   * <p>Returns one voice model, with its training `state`; poll it to learn when a model created in state `created` or `training` is ready. Safe to retry. 
   *
   * @param id path segment {@code id} (required): The model's `_id`.
   * @return the call; its response is 200, 401, 402, 403, 404, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  @retrofit2.http.GET("model/{id}")
  Call<ModelEntity> getModel(
      @retrofit2.http.Path("id") String id);

  /**
   * List voice models: GET model.
   *
   * <p>Lists voice models a page at a time, filtered by title, tags, author or language and sorted by score, task count or creation time. With `self=true` only the models of the caller's workspace are listed, and `author_id` is ignored. Safe to retry. 
   *
   * @param pageSize query {@code page_size}: Models per page, 1 to 100.
   * @param pageNumber query {@code page_number}: The page to return, counted from 1.
   * @param title query {@code title}: Only models whose title matches this text.
   * @param tag query {@code tag}, repeated once per item: Only models with these tags; repeat the parameter for each tag.
   * @param self query {@code self}: Only the models of the caller's workspace.
   * @param authorId query {@code author_id}: Only the models of this author; ignored when `self` is true.
   * @param language query {@code language}, repeated once per item: Only models in these languages; repeat the parameter for each language.
   * @param titleLanguage query {@code title_language}, repeated once per item: Only models whose title is in these languages; repeat the parameter for each.
   * @param sortBy query {@code sort_by}: the value of a {@link ModelSortBy}: The order of the models.
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  @retrofit2.http.GET("model")
  Call<ModelPageResponse> listModels(
      @retrofit2.http.Query("page_size") @Nullable Integer pageSize,
      @retrofit2.http.Query("page_number") @Nullable Integer pageNumber,
      @retrofit2.http.Query("title") @Nullable String title,
      @retrofit2.http.Query("tag") java.util.@Nullable List<String> tag,
      @retrofit2.http.Query("self") @Nullable Boolean self,
      @retrofit2.http.Query("author_id") @Nullable String authorId,
      @retrofit2.http.Query("language") java.util.@Nullable List<String> language,
      @retrofit2.http.Query("title_language") java.util.@Nullable List<String> titleLanguage,
      @retrofit2.http.Query("sort_by") @Nullable ModelSortBy sortBy);

  /**
   * The query of {@link VoiceCloningApi#listModels}: its query parameters as one immutable value, in the
   * spec's order. An unset parameter is not sent, so the server's default applies; the
   * {@code ...OrDefault()} accessors give the spec's default.
   *
   * <p>Build one with {@link #builder()}. {@link #validate()} checks it against the bounds the spec
   * states; {@link VoiceCloningApi#listModels(ListModelsQuery)} sends it as it is,
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

  /**
   * {@link #listModels(Integer, Integer, String, java.util.List, Boolean, String, java.util.List, java.util.List, ModelSortBy)} with its
   * query parameters taken from one {@link ListModelsQuery}: each one the query sets is sent, the rest are left out.
   *
   * <p>Sends the query as it is, without validating it: call
   * {@link ListModelsQuery#validate()} first to check it against the spec's bounds before sending.
   *
   * @param query the query parameters
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  default Call<ModelPageResponse> listModels(
      ListModelsQuery query) {
    return listModels(
        query.pageSize(),
        query.pageNumber(),
        query.title(),
        query.tag(),
        query.self(),
        query.authorId(),
        query.language(),
        query.titleLanguage(),
        query.sortBy());
  }

  /**
   * Update a voice model: PATCH model/{id}.
   *
   * <p>Changes any of a model's title, description, visibility, tags and cover image; fields left out keep their value. Multipart, because only multipart carries the cover image. Not marked idempotent: setting fields to values is idempotent in HTTP terms, but a resent cover image is uploaded and stored again, and a streamed upload cannot be resent at all, so an update is retried only when the server did not process it. 
   *
   * @param body the multipart form, built by the form model's {@code toParts}
   * @param id path segment {@code id} (required): The model's `_id`.
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @retrofit2.http.PATCH("model/{id}")
  Call<Void> updateModel(
      @retrofit2.http.Body okhttp3.MultipartBody body,
      @retrofit2.http.Path("id") String id);
}
