// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The multipart form that changes a voice model; fields left out keep their value.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class UpdateModelRequest implements Received {
  private final @Nullable String title;
  private final @Nullable String description;
  private final @Nullable Visibility visibility;
  private final java.util.@Nullable List<String> tags;
  private final okhttp3.@Nullable RequestBody coverImage;

  private UpdateModelRequest(Builder builder) {
    this.title = builder.title;
    this.description = builder.description;
    this.visibility = builder.visibility;
    this.tags = builder.tags == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.tags));
    this.coverImage = builder.coverImage;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.title = title;
    builder.description = description;
    builder.visibility = visibility;
    builder.tags = tags;
    builder.coverImage = coverImage;
    return builder;
  }

  /**
   * Model title or name.
   *
   * <p>JSON name {@code title}; optional.
   */
  public @Nullable String title() {
    return title;
  }

  /**
   * Model description.
   *
   * <p>JSON name {@code description}; optional, may be null.
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * The {@code visibility} field. See {@link Visibility}.
   *
   * <p>JSON name {@code visibility}; optional.
   */
  public @Nullable Visibility visibility() {
    return visibility;
  }

  /**
   * Model tags, sent as repeated `tags` parts; replaces the old tags.
   *
   * <p>JSON name {@code tags}; optional.
   */
  public java.util.@Nullable List<String> tags() {
    return tags;
  }

  /**
   * Model cover image.
   *
   * <p>JSON name {@code cover_image}; optional.
   */
  public okhttp3.@Nullable RequestBody coverImage() {
    return coverImage;
  }

  /** The content type of each text part: the live service reads titles and tags as UTF-8. */
  private static final okhttp3.MediaType TEXT_PART = okhttp3.MediaType.get("text/plain; charset=UTF-8");

  /**
   * This form as a multipart body: one part per field that is set, in the spec's order. A list
   * becomes one part per item under the field's name, with no {@code []} suffix; an enum goes
   * as its string value; {@code files} supplies each file part.
   */
  public okhttp3.MultipartBody toMultipart(FileParts files) {
    okhttp3.MultipartBody.Builder body = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM);
    if (title != null) {
      body.addFormDataPart("title", null, okhttp3.RequestBody.create(title, TEXT_PART));
    }
    if (description != null) {
      body.addFormDataPart("description", null, okhttp3.RequestBody.create(description, TEXT_PART));
    }
    if (visibility != null) {
      body.addFormDataPart("visibility", null, okhttp3.RequestBody.create(String.valueOf(visibility), TEXT_PART));
    }
    if (tags != null) {
      for (String item : tags) {
        body.addFormDataPart("tags", null, okhttp3.RequestBody.create(String.valueOf(item), TEXT_PART));
      }
    }
    if (coverImage != null) {
      body.addPart(files.file("cover_image", coverImage));
    }
    return body.build();
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.minProperties("UpdateModelRequest", 1, title, description, visibility, tags, coverImage);
    ConstraintViolation.minLength("title", title, 1);
    if (visibility != null && !visibility.isKnown()) {
      throw new ConstraintViolation("visibility", "must be one of " + Visibility.values() + ", was " + visibility);
    }
    ConstraintViolation.noNullItems("tags", tags);
  }

  /**
   * Checks this value, as the server sent it, against the bounds the spec states: lengths, bounds
   * and item counts, here and in the models it holds. Unlike {@link #validate()}, it accepts an
   * enum value the spec does not list yet; the adapter has already checked required fields.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  @Override
  public void validateReceived() {
    ConstraintViolation.minLength("title", title, 1);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof UpdateModelRequest)) {
      return false;
    }
    UpdateModelRequest that = (UpdateModelRequest) other;
    return Objects.equals(title, that.title)
        && Objects.equals(description, that.description)
        && Objects.equals(visibility, that.visibility)
        && Objects.equals(tags, that.tags)
        && Objects.equals(coverImage, that.coverImage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, description, visibility, tags, coverImage);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "UpdateModelRequest{"
        + "title=" + title + ", "
        + "description=" + description + ", "
        + "visibility=" + visibility + ", "
        + "tags=" + tags + ", "
        + "cover_image=" + coverImage
        + "}";
  }

  /** Builds a {@link UpdateModelRequest}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable Visibility visibility;
    private java.util.@Nullable List<String> tags;
    private okhttp3.@Nullable RequestBody coverImage;

    private Builder() {}

    /** Sets {@code title}: Model title or name. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** Sets {@code description}: Model description. */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code visibility}: see {@link UpdateModelRequest#visibility()}. */
    public Builder visibility(@Nullable Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /** Sets {@code tags}: Model tags, sent as repeated `tags` parts; replaces the old tags. */
    public Builder tags(java.util.@Nullable List<String> tags) {
      this.tags = tags;
      return this;
    }

    /** Sets {@code cover_image}: Model cover image. */
    public Builder coverImage(okhttp3.@Nullable RequestBody coverImage) {
      this.coverImage = coverImage;
      return this;
    }

    /** Returns the value. */
    public UpdateModelRequest build() {
      return new UpdateModelRequest(this);
    }
  }
}

