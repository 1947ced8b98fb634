// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The multipart form that creates a voice model.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class CreateModelRequest implements Received {
  private final CreateModelType type;
  private final String title;
  private final CreateModelTrainMode trainMode;
  private final java.util.List<okhttp3.RequestBody> voices;
  private final @Nullable Visibility visibility;
  private final @Nullable String description;
  private final okhttp3.@Nullable RequestBody coverImage;
  private final java.util.@Nullable List<String> texts;
  private final java.util.@Nullable List<String> tags;
  private final @Nullable Boolean enhanceAudioQuality;
  private final @Nullable Boolean generateSample;

  private CreateModelRequest(Builder builder) {
    this.type = builder.type;
    this.title = builder.title;
    this.trainMode = builder.trainMode;
    this.voices = builder.voices == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.voices));
    // x-always-send: the live service's default differs from the spec's, so the spec's is sent.
    this.visibility = builder.visibility != null ? builder.visibility : Visibility.PUBLIC;
    this.description = builder.description;
    this.coverImage = builder.coverImage;
    this.texts = builder.texts == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.texts));
    this.tags = builder.tags == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.tags));
    // x-always-send: the live service's default differs from the spec's, so the spec's is sent.
    this.enhanceAudioQuality = builder.enhanceAudioQuality != null ? builder.enhanceAudioQuality : false;
    this.generateSample = builder.generateSample;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.type = type;
    builder.title = title;
    builder.trainMode = trainMode;
    builder.voices = voices;
    builder.visibility = visibility;
    builder.description = description;
    builder.coverImage = coverImage;
    builder.texts = texts;
    builder.tags = tags;
    builder.enhanceAudioQuality = enhanceAudioQuality;
    builder.generateSample = generateSample;
    return builder;
  }

  /**
   * The {@code type} field. See {@link CreateModelType}.
   *
   * <p>JSON name {@code type}; required.
   */
  public CreateModelType type() {
    return type;
  }

  /**
   * Model title or name.
   *
   * <p>JSON name {@code title}; required.
   */
  public String title() {
    return title;
  }

  /**
   * The {@code train_mode} field. See {@link CreateModelTrainMode}.
   *
   * <p>JSON name {@code train_mode}; required.
   */
  public CreateModelTrainMode trainMode() {
    return trainMode;
  }

  /**
   * Upload voice files for model fine-tuning. One to twenty files, sent as repeated `voices` parts.
   *
   * <p>JSON name {@code voices}; required.
   */
  public java.util.List<okhttp3.RequestBody> voices() {
    return voices;
  }

  /**
   * The {@code visibility} field. See {@link Visibility}.
   *
   * <p>JSON name {@code visibility}; optional. The spec gives a default for when it is not sent: see {@link #visibilityOrDefault()}.
   */
  public @Nullable Visibility visibility() {
    return visibility;
  }

  /** {@link #visibility()}, or the spec's default when it was not sent: {@code Visibility.PUBLIC}. */
  public Visibility visibilityOrDefault() {
    return visibility != null ? visibility : Visibility.PUBLIC;
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
   * Model cover image. Required if the model is public.
   *
   * <p>JSON name {@code cover_image}; optional, may be null.
   */
  public okhttp3.@Nullable RequestBody coverImage() {
    return coverImage;
  }

  /**
   * Text corresponding to the voices, one per voice and in the same order, sent as repeated `texts` parts. If not specified, ASR (Automatic Speech Recognition) will be performed on the voices. 
   *
   * <p>JSON name {@code texts}; optional.
   */
  public java.util.@Nullable List<String> texts() {
    return texts;
  }

  /**
   * Model tags, sent as repeated `tags` parts.
   *
   * <p>JSON name {@code tags}; optional.
   */
  public java.util.@Nullable List<String> tags() {
    return tags;
  }

  /**
   * Enhance audio quality.
   *
   * <p>JSON name {@code enhance_audio_quality}; optional. The spec gives a default for when it is not sent: see {@link #enhanceAudioQualityOrDefault()}.
   */
  public @Nullable Boolean enhanceAudioQuality() {
    return enhanceAudioQuality;
  }

  /** {@link #enhanceAudioQuality()}, or the spec's default when it was not sent: {@code false}. */
  public boolean enhanceAudioQualityOrDefault() {
    return enhanceAudioQuality != null ? enhanceAudioQuality : false;
  }

  /**
   * Generate a sample with the model once it is created. From the live service; the seed page does not list it.
   *
   * <p>JSON name {@code generate_sample}; optional. The spec gives a default for when it is not sent: see {@link #generateSampleOrDefault()}.
   */
  public @Nullable Boolean generateSample() {
    return generateSample;
  }

  /** {@link #generateSample()}, or the spec's default when it was not sent: {@code false}. */
  public boolean generateSampleOrDefault() {
    return generateSample != null ? generateSample : false;
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
    if (type != null) {
      body.addFormDataPart("type", null, okhttp3.RequestBody.create(String.valueOf(type), TEXT_PART));
    }
    if (title != null) {
      body.addFormDataPart("title", null, okhttp3.RequestBody.create(title, TEXT_PART));
    }
    if (trainMode != null) {
      body.addFormDataPart("train_mode", null, okhttp3.RequestBody.create(String.valueOf(trainMode), TEXT_PART));
    }
    if (voices != null) {
      for (int i = 0; i < voices.size(); i++) {
        body.addPart(files.file("voices", i, voices.get(i)));
      }
    }
    if (visibility != null) {
      body.addFormDataPart("visibility", null, okhttp3.RequestBody.create(String.valueOf(visibility), TEXT_PART));
    }
    if (description != null) {
      body.addFormDataPart("description", null, okhttp3.RequestBody.create(description, TEXT_PART));
    }
    if (coverImage != null) {
      body.addPart(files.file("cover_image", coverImage));
    }
    if (texts != null) {
      for (String item : texts) {
        body.addFormDataPart("texts", null, okhttp3.RequestBody.create(String.valueOf(item), TEXT_PART));
      }
    }
    if (tags != null) {
      for (String item : tags) {
        body.addFormDataPart("tags", null, okhttp3.RequestBody.create(String.valueOf(item), TEXT_PART));
      }
    }
    if (enhanceAudioQuality != null) {
      body.addFormDataPart("enhance_audio_quality", null, okhttp3.RequestBody.create(String.valueOf(enhanceAudioQuality), TEXT_PART));
    }
    if (generateSample != null) {
      body.addFormDataPart("generate_sample", null, okhttp3.RequestBody.create(String.valueOf(generateSample), TEXT_PART));
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
    ConstraintViolation.required("type", type);
    if (type != null && !type.isKnown()) {
      throw new ConstraintViolation("type", "must be one of " + CreateModelType.values() + ", was " + type);
    }
    ConstraintViolation.required("title", title);
    ConstraintViolation.minLength("title", title, 1);
    ConstraintViolation.required("train_mode", trainMode);
    if (trainMode != null && !trainMode.isKnown()) {
      throw new ConstraintViolation("train_mode", "must be one of " + CreateModelTrainMode.values() + ", was " + trainMode);
    }
    ConstraintViolation.required("voices", voices);
    ConstraintViolation.noNullItems("voices", voices);
    ConstraintViolation.minItems("voices", voices, 1);
    ConstraintViolation.maxItems("voices", voices, 20);
    if (visibility != null && !visibility.isKnown()) {
      throw new ConstraintViolation("visibility", "must be one of " + Visibility.values() + ", was " + visibility);
    }
    if (coverImage == null && visibilityOrDefault() != null
        && "public".equals(visibilityOrDefault().toString())) {
      throw new ConstraintViolation("cover_image", "is required when visibility is public");
    }
    ConstraintViolation.noNullItems("texts", texts);
    ConstraintViolation.maxItems("texts", texts, 20);
    if (texts != null && voices != null && texts.size() > voices.size()) {
      throw new ConstraintViolation("texts", "must have at most as many items as voices ("
          + voices.size() + "), was " + texts.size());
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
    ConstraintViolation.minItems("voices", voices, 1);
    ConstraintViolation.maxItems("voices", voices, 20);
    ConstraintViolation.maxItems("texts", texts, 20);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CreateModelRequest)) {
      return false;
    }
    CreateModelRequest that = (CreateModelRequest) other;
    return Objects.equals(type, that.type)
        && Objects.equals(title, that.title)
        && Objects.equals(trainMode, that.trainMode)
        && Objects.equals(voices, that.voices)
        && Objects.equals(visibility, that.visibility)
        && Objects.equals(description, that.description)
        && Objects.equals(coverImage, that.coverImage)
        && Objects.equals(texts, that.texts)
        && Objects.equals(tags, that.tags)
        && Objects.equals(enhanceAudioQuality, that.enhanceAudioQuality)
        && Objects.equals(generateSample, that.generateSample);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, trainMode, voices, visibility, description, coverImage, texts, tags, enhanceAudioQuality, generateSample);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "CreateModelRequest{"
        + "type=" + type + ", "
        + "title=" + title + ", "
        + "train_mode=" + trainMode + ", "
        + "voices=" + voices + ", "
        + "visibility=" + visibility + ", "
        + "description=" + description + ", "
        + "cover_image=" + coverImage + ", "
        + "texts=" + texts + ", "
        + "tags=" + tags + ", "
        + "enhance_audio_quality=" + enhanceAudioQuality + ", "
        + "generate_sample=" + generateSample
        + "}";
  }

  /** Builds a {@link CreateModelRequest}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable CreateModelType type = CreateModelType.TTS;
    private @Nullable String title;
    private @Nullable CreateModelTrainMode trainMode = CreateModelTrainMode.FAST;
    private java.util.@Nullable List<okhttp3.RequestBody> voices;
    private @Nullable Visibility visibility;
    private @Nullable String description;
    private okhttp3.@Nullable RequestBody coverImage;
    private java.util.@Nullable List<String> texts;
    private java.util.@Nullable List<String> tags;
    private @Nullable Boolean enhanceAudioQuality;
    private @Nullable Boolean generateSample;

    private Builder() {}

    /** Sets {@code type}: see {@link CreateModelRequest#type()}. */
    public Builder type(CreateModelType type) {
      this.type = type;
      return this;
    }

    /** Sets {@code title}: Model title or name. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets {@code train_mode}: see {@link CreateModelRequest#trainMode()}. */
    public Builder trainMode(CreateModelTrainMode trainMode) {
      this.trainMode = trainMode;
      return this;
    }

    /** Sets {@code voices}: Upload voice files for model fine-tuning. One to twenty files, sent as repeated `voices` parts. */
    public Builder voices(java.util.List<okhttp3.RequestBody> voices) {
      this.voices = voices;
      return this;
    }

    /** Sets {@code visibility}: see {@link CreateModelRequest#visibility()}. */
    public Builder visibility(@Nullable Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /** Sets {@code description}: Model description. */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code cover_image}: Model cover image. Required if the model is public. */
    public Builder coverImage(okhttp3.@Nullable RequestBody coverImage) {
      this.coverImage = coverImage;
      return this;
    }

    /** Sets {@code texts}: Text corresponding to the voices, one per voice and in the same order, sent as repeated `texts` parts. If not specified, ASR (Automatic Speech Recognition) will be performed on the voices.  */
    public Builder texts(java.util.@Nullable List<String> texts) {
      this.texts = texts;
      return this;
    }

    /** Sets {@code tags}: Model tags, sent as repeated `tags` parts. */
    public Builder tags(java.util.@Nullable List<String> tags) {
      this.tags = tags;
      return this;
    }

    /** Sets {@code enhance_audio_quality}: Enhance audio quality. */
    public Builder enhanceAudioQuality(@Nullable Boolean enhanceAudioQuality) {
      this.enhanceAudioQuality = enhanceAudioQuality;
      return this;
    }

    /** Sets {@code enhance_audio_quality} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder enhanceAudioQuality(boolean enhanceAudioQuality) {
      this.enhanceAudioQuality = enhanceAudioQuality;
      return this;
    }

    /** Sets {@code generate_sample}: Generate a sample with the model once it is created. From the live service; the seed page does not list it. */
    public Builder generateSample(@Nullable Boolean generateSample) {
      this.generateSample = generateSample;
      return this;
    }

    /** Sets {@code generate_sample} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder generateSample(boolean generateSample) {
      this.generateSample = generateSample;
      return this;
    }

    /** Returns the value. */
    public CreateModelRequest build() {
      return new CreateModelRequest(this);
    }
  }
}

