// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A voice model.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ModelEntity implements Received {
  private final String id;
  private final ModelType type;
  private final String title;
  private final String description;
  private final String coverImage;
  private final ModelState state;
  private final java.util.List<String> tags;
  private final java.time.OffsetDateTime createdAt;
  private final java.time.OffsetDateTime updatedAt;
  private final Visibility visibility;
  private final Integer likeCount;
  private final Integer markCount;
  private final Integer sharedCount;
  private final Integer taskCount;
  private final AuthorEntity author;
  private final @Nullable TrainMode trainMode;
  private final java.util.@Nullable List<SampleEntity> samples;
  private final java.util.@Nullable List<String> languages;
  private final @Nullable Boolean lockVisibility;
  private final @Nullable Boolean unliked;
  private final @Nullable Boolean liked;
  private final @Nullable Boolean marked;
  private final @Nullable Boolean dmcaTakenDown;
  private final @Nullable String defaultText;
  private final @Nullable String source;
  private final @Nullable PvcReleaseState pvcReleaseState;
  private final @Nullable Integer pvcNoticePeriodMonths;
  private final java.time.@Nullable OffsetDateTime pvcReleasedAt;
  private final java.time.@Nullable OffsetDateTime pvcRetireRequestedAt;
  private final java.time.@Nullable OffsetDateTime pvcRetireEffectiveAt;
  private final @Nullable Object quality;

  private ModelEntity(Builder builder) {
    this.id = builder.id;
    this.type = builder.type;
    this.title = builder.title;
    this.description = builder.description;
    this.coverImage = builder.coverImage;
    this.state = builder.state;
    this.tags = builder.tags == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.tags));
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
    this.visibility = builder.visibility;
    this.likeCount = builder.likeCount;
    this.markCount = builder.markCount;
    this.sharedCount = builder.sharedCount;
    this.taskCount = builder.taskCount;
    this.author = builder.author;
    this.trainMode = builder.trainMode;
    this.samples = builder.samples == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.samples));
    this.languages = builder.languages == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.languages));
    this.lockVisibility = builder.lockVisibility;
    this.unliked = builder.unliked;
    this.liked = builder.liked;
    this.marked = builder.marked;
    this.dmcaTakenDown = builder.dmcaTakenDown;
    this.defaultText = builder.defaultText;
    this.source = builder.source;
    this.pvcReleaseState = builder.pvcReleaseState;
    this.pvcNoticePeriodMonths = builder.pvcNoticePeriodMonths;
    this.pvcReleasedAt = builder.pvcReleasedAt;
    this.pvcRetireRequestedAt = builder.pvcRetireRequestedAt;
    this.pvcRetireEffectiveAt = builder.pvcRetireEffectiveAt;
    this.quality = builder.quality;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.type = type;
    builder.title = title;
    builder.description = description;
    builder.coverImage = coverImage;
    builder.state = state;
    builder.tags = tags;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    builder.visibility = visibility;
    builder.likeCount = likeCount;
    builder.markCount = markCount;
    builder.sharedCount = sharedCount;
    builder.taskCount = taskCount;
    builder.author = author;
    builder.trainMode = trainMode;
    builder.samples = samples;
    builder.languages = languages;
    builder.lockVisibility = lockVisibility;
    builder.unliked = unliked;
    builder.liked = liked;
    builder.marked = marked;
    builder.dmcaTakenDown = dmcaTakenDown;
    builder.defaultText = defaultText;
    builder.source = source;
    builder.pvcReleaseState = pvcReleaseState;
    builder.pvcNoticePeriodMonths = pvcNoticePeriodMonths;
    builder.pvcReleasedAt = pvcReleasedAt;
    builder.pvcRetireRequestedAt = pvcRetireRequestedAt;
    builder.pvcRetireEffectiveAt = pvcRetireEffectiveAt;
    builder.quality = quality;
    return builder;
  }

  /**
   * Unique identifier of the created model.
   *
   * <p>JSON name {@code _id}; required.
   */
  public String id() {
    return id;
  }

  /**
   * The {@code type} field. See {@link ModelType}.
   *
   * <p>JSON name {@code type}; required.
   */
  public ModelType type() {
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
   * Model description.
   *
   * <p>JSON name {@code description}; required.
   */
  public String description() {
    return description;
  }

  /**
   * URL of the model cover image.
   *
   * <p>JSON name {@code cover_image}; required.
   */
  public String coverImage() {
    return coverImage;
  }

  /**
   * The {@code state} field. See {@link ModelState}.
   *
   * <p>JSON name {@code state}; required.
   */
  public ModelState state() {
    return state;
  }

  /**
   * Model tags.
   *
   * <p>JSON name {@code tags}; required.
   */
  public java.util.List<String> tags() {
    return tags;
  }

  /**
   * Timestamp when the model was created.
   *
   * <p>JSON name {@code created_at}; required.
   */
  public java.time.OffsetDateTime createdAt() {
    return createdAt;
  }

  /**
   * Timestamp when the model was last updated.
   *
   * <p>JSON name {@code updated_at}; required.
   */
  public java.time.OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /**
   * Model visibility setting. See {@link Visibility}.
   *
   * <p>JSON name {@code visibility}; required.
   */
  public Visibility visibility() {
    return visibility;
  }

  /**
   * Number of likes the model has received.
   *
   * <p>JSON name {@code like_count}; required.
   */
  public Integer likeCount() {
    return likeCount;
  }

  /**
   * Number of bookmarks the model has received.
   *
   * <p>JSON name {@code mark_count}; required.
   */
  public Integer markCount() {
    return markCount;
  }

  /**
   * Number of times the model has been shared.
   *
   * <p>JSON name {@code shared_count}; required.
   */
  public Integer sharedCount() {
    return sharedCount;
  }

  /**
   * Number of tasks associated with the model.
   *
   * <p>JSON name {@code task_count}; required.
   */
  public Integer taskCount() {
    return taskCount;
  }

  /**
   * The {@code author} field.
   *
   * <p>JSON name {@code author}; required.
   */
  public AuthorEntity author() {
    return author;
  }

  /**
   * The {@code train_mode} field. See {@link TrainMode}.
   *
   * <p>JSON name {@code train_mode}; optional. The spec gives a default for when it is not sent: see {@link #trainModeOrDefault()}.
   */
  public @Nullable TrainMode trainMode() {
    return trainMode;
  }

  /** {@link #trainMode()}, or the spec's default when it was not sent: {@code TrainMode.FULL}. */
  public TrainMode trainModeOrDefault() {
    return trainMode != null ? trainMode : TrainMode.FULL;
  }

  /**
   * Sample data associated with the model.
   *
   * <p>JSON name {@code samples}; optional.
   */
  public java.util.@Nullable List<SampleEntity> samples() {
    return samples;
  }

  /**
   * Languages supported by the model.
   *
   * <p>JSON name {@code languages}; optional.
   */
  public java.util.@Nullable List<String> languages() {
    return languages;
  }

  /**
   * Whether the visibility setting is locked.
   *
   * <p>JSON name {@code lock_visibility}; optional. The spec gives a default for when it is not sent: see {@link #lockVisibilityOrDefault()}.
   */
  public @Nullable Boolean lockVisibility() {
    return lockVisibility;
  }

  /** {@link #lockVisibility()}, or the spec's default when it was not sent: {@code false}. */
  public boolean lockVisibilityOrDefault() {
    return lockVisibility != null ? lockVisibility : false;
  }

  /**
   * Whether the current user has unliked this model.
   *
   * <p>JSON name {@code unliked}; optional. The spec gives a default for when it is not sent: see {@link #unlikedOrDefault()}.
   */
  public @Nullable Boolean unliked() {
    return unliked;
  }

  /** {@link #unliked()}, or the spec's default when it was not sent: {@code false}. */
  public boolean unlikedOrDefault() {
    return unliked != null ? unliked : false;
  }

  /**
   * Whether the current user has liked this model.
   *
   * <p>JSON name {@code liked}; optional. The spec gives a default for when it is not sent: see {@link #likedOrDefault()}.
   */
  public @Nullable Boolean liked() {
    return liked;
  }

  /** {@link #liked()}, or the spec's default when it was not sent: {@code false}. */
  public boolean likedOrDefault() {
    return liked != null ? liked : false;
  }

  /**
   * Whether the current user has bookmarked this model.
   *
   * <p>JSON name {@code marked}; optional. The spec gives a default for when it is not sent: see {@link #markedOrDefault()}.
   */
  public @Nullable Boolean marked() {
    return marked;
  }

  /** {@link #marked()}, or the spec's default when it was not sent: {@code false}. */
  public boolean markedOrDefault() {
    return marked != null ? marked : false;
  }

  /**
   * Whether the model was taken down after a DMCA notice.
   *
   * <p>JSON name {@code dmca_taken_down}; optional, may be null. The spec gives a default for when it is not sent: see {@link #dmcaTakenDownOrDefault()}.
   */
  public @Nullable Boolean dmcaTakenDown() {
    return dmcaTakenDown;
  }

  /** {@link #dmcaTakenDown()}, or the spec's default when it was not sent: {@code false}. */
  public boolean dmcaTakenDownOrDefault() {
    return dmcaTakenDown != null ? dmcaTakenDown : false;
  }

  /**
   * The text the model speaks by default.
   *
   * <p>JSON name {@code default_text}; optional. The spec gives a default for when it is not sent: see {@link #defaultTextOrDefault()}.
   */
  public @Nullable String defaultText() {
    return defaultText;
  }

  /** {@link #defaultText()}, or the spec's default when it was not sent: {@code ""}. */
  public String defaultTextOrDefault() {
    return defaultText != null ? defaultText : "";
  }

  /**
   * Where the model came from.
   *
   * <p>JSON name {@code source}; optional, may be null.
   */
  public @Nullable String source() {
    return source;
  }

  /**
   * Release state of a professional voice clone; null when it is none. See {@link PvcReleaseState}.
   *
   * <p>JSON name {@code pvc_release_state}; optional, may be null.
   */
  public @Nullable PvcReleaseState pvcReleaseState() {
    return pvcReleaseState;
  }

  /**
   * Notice period, in months, before a professional voice clone is retired.
   *
   * <p>JSON name {@code pvc_notice_period_months}; optional, may be null.
   */
  public @Nullable Integer pvcNoticePeriodMonths() {
    return pvcNoticePeriodMonths;
  }

  /**
   * When the professional voice clone was released.
   *
   * <p>JSON name {@code pvc_released_at}; optional, may be null.
   */
  public java.time.@Nullable OffsetDateTime pvcReleasedAt() {
    return pvcReleasedAt;
  }

  /**
   * When retiring the professional voice clone was requested.
   *
   * <p>JSON name {@code pvc_retire_requested_at}; optional, may be null.
   */
  public java.time.@Nullable OffsetDateTime pvcRetireRequestedAt() {
    return pvcRetireRequestedAt;
  }

  /**
   * When the professional voice clone is retired.
   *
   * <p>JSON name {@code pvc_retire_effective_at}; optional, may be null.
   */
  public java.time.@Nullable OffsetDateTime pvcRetireEffectiveAt() {
    return pvcRetireEffectiveAt;
  }

  /**
   * Quality assessment of the model, as the service reports it.
   *
   * <p>JSON name {@code quality}; optional, may be null.
   */
  public @Nullable Object quality() {
    return quality;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("_id", id);
    ConstraintViolation.required("type", type);
    if (type != null && !type.isKnown()) {
      throw new ConstraintViolation("type", "must be one of " + ModelType.values() + ", was " + type);
    }
    ConstraintViolation.required("title", title);
    ConstraintViolation.required("description", description);
    ConstraintViolation.required("cover_image", coverImage);
    ConstraintViolation.required("state", state);
    if (state != null && !state.isKnown()) {
      throw new ConstraintViolation("state", "must be one of " + ModelState.values() + ", was " + state);
    }
    ConstraintViolation.required("tags", tags);
    ConstraintViolation.noNullItems("tags", tags);
    ConstraintViolation.required("created_at", createdAt);
    ConstraintViolation.required("updated_at", updatedAt);
    ConstraintViolation.required("visibility", visibility);
    if (visibility != null && !visibility.isKnown()) {
      throw new ConstraintViolation("visibility", "must be one of " + Visibility.values() + ", was " + visibility);
    }
    ConstraintViolation.required("like_count", likeCount);
    ConstraintViolation.required("mark_count", markCount);
    ConstraintViolation.required("shared_count", sharedCount);
    ConstraintViolation.required("task_count", taskCount);
    ConstraintViolation.required("author", author);
    if (author != null) {
      try {
        author.validate();
      } catch (ConstraintViolation violation) {
        throw violation.within("author");
      }
    }
    if (trainMode != null && !trainMode.isKnown()) {
      throw new ConstraintViolation("train_mode", "must be one of " + TrainMode.values() + ", was " + trainMode);
    }
    ConstraintViolation.noNullItems("samples", samples);
    if (samples != null) {
      for (int i = 0; i < samples.size(); i++) {
        if (samples.get(i) != null) {
          try {
            samples.get(i).validate();
          } catch (ConstraintViolation violation) {
            throw violation.within("samples[" + i + "]");
          }
        }
      }
    }
    ConstraintViolation.noNullItems("languages", languages);
    if (pvcReleaseState != null && !pvcReleaseState.isKnown()) {
      throw new ConstraintViolation("pvc_release_state", "must be one of " + PvcReleaseState.values() + ", was " + pvcReleaseState);
    }
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
    if (author != null) {
      try {
        author.validateReceived();
      } catch (ConstraintViolation violation) {
        throw violation.within("author");
      }
    }
    if (samples != null) {
      for (int i = 0; i < samples.size(); i++) {
        try {
          samples.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("samples[" + i + "]");
        }
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ModelEntity)) {
      return false;
    }
    ModelEntity that = (ModelEntity) other;
    return Objects.equals(id, that.id)
        && Objects.equals(type, that.type)
        && Objects.equals(title, that.title)
        && Objects.equals(description, that.description)
        && Objects.equals(coverImage, that.coverImage)
        && Objects.equals(state, that.state)
        && Objects.equals(tags, that.tags)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(visibility, that.visibility)
        && Objects.equals(likeCount, that.likeCount)
        && Objects.equals(markCount, that.markCount)
        && Objects.equals(sharedCount, that.sharedCount)
        && Objects.equals(taskCount, that.taskCount)
        && Objects.equals(author, that.author)
        && Objects.equals(trainMode, that.trainMode)
        && Objects.equals(samples, that.samples)
        && Objects.equals(languages, that.languages)
        && Objects.equals(lockVisibility, that.lockVisibility)
        && Objects.equals(unliked, that.unliked)
        && Objects.equals(liked, that.liked)
        && Objects.equals(marked, that.marked)
        && Objects.equals(dmcaTakenDown, that.dmcaTakenDown)
        && Objects.equals(defaultText, that.defaultText)
        && Objects.equals(source, that.source)
        && Objects.equals(pvcReleaseState, that.pvcReleaseState)
        && Objects.equals(pvcNoticePeriodMonths, that.pvcNoticePeriodMonths)
        && Objects.equals(pvcReleasedAt, that.pvcReleasedAt)
        && Objects.equals(pvcRetireRequestedAt, that.pvcRetireRequestedAt)
        && Objects.equals(pvcRetireEffectiveAt, that.pvcRetireEffectiveAt)
        && Objects.equals(quality, that.quality);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, title, description, coverImage, state, tags, createdAt, updatedAt, visibility, likeCount, markCount, sharedCount, taskCount, author, trainMode, samples, languages, lockVisibility, unliked, liked, marked, dmcaTakenDown, defaultText, source, pvcReleaseState, pvcNoticePeriodMonths, pvcReleasedAt, pvcRetireRequestedAt, pvcRetireEffectiveAt, quality);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ModelEntity{"
        + "_id=" + id + ", "
        + "type=" + type + ", "
        + "title=" + title + ", "
        + "description=" + description + ", "
        + "cover_image=" + coverImage + ", "
        + "state=" + state + ", "
        + "tags=" + tags + ", "
        + "created_at=" + createdAt + ", "
        + "updated_at=" + updatedAt + ", "
        + "visibility=" + visibility + ", "
        + "like_count=" + likeCount + ", "
        + "mark_count=" + markCount + ", "
        + "shared_count=" + sharedCount + ", "
        + "task_count=" + taskCount + ", "
        + "author=" + author + ", "
        + "train_mode=" + trainMode + ", "
        + "samples=" + samples + ", "
        + "languages=" + languages + ", "
        + "lock_visibility=" + lockVisibility + ", "
        + "unliked=" + unliked + ", "
        + "liked=" + liked + ", "
        + "marked=" + marked + ", "
        + "dmca_taken_down=" + dmcaTakenDown + ", "
        + "default_text=" + defaultText + ", "
        + "source=" + source + ", "
        + "pvc_release_state=" + pvcReleaseState + ", "
        + "pvc_notice_period_months=" + pvcNoticePeriodMonths + ", "
        + "pvc_released_at=" + pvcReleasedAt + ", "
        + "pvc_retire_requested_at=" + pvcRetireRequestedAt + ", "
        + "pvc_retire_effective_at=" + pvcRetireEffectiveAt + ", "
        + "quality=" + quality
        + "}";
  }

  /** Builds a {@link ModelEntity}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable ModelType type;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable String coverImage;
    private @Nullable ModelState state;
    private java.util.@Nullable List<String> tags;
    private java.time.@Nullable OffsetDateTime createdAt;
    private java.time.@Nullable OffsetDateTime updatedAt;
    private @Nullable Visibility visibility;
    private @Nullable Integer likeCount;
    private @Nullable Integer markCount;
    private @Nullable Integer sharedCount;
    private @Nullable Integer taskCount;
    private @Nullable AuthorEntity author;
    private @Nullable TrainMode trainMode;
    private java.util.@Nullable List<SampleEntity> samples;
    private java.util.@Nullable List<String> languages;
    private @Nullable Boolean lockVisibility;
    private @Nullable Boolean unliked;
    private @Nullable Boolean liked;
    private @Nullable Boolean marked;
    private @Nullable Boolean dmcaTakenDown;
    private @Nullable String defaultText;
    private @Nullable String source;
    private @Nullable PvcReleaseState pvcReleaseState;
    private @Nullable Integer pvcNoticePeriodMonths;
    private java.time.@Nullable OffsetDateTime pvcReleasedAt;
    private java.time.@Nullable OffsetDateTime pvcRetireRequestedAt;
    private java.time.@Nullable OffsetDateTime pvcRetireEffectiveAt;
    private @Nullable Object quality;

    private Builder() {}

    /** Sets {@code _id}: Unique identifier of the created model. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets {@code type}: see {@link ModelEntity#type()}. */
    public Builder type(ModelType type) {
      this.type = type;
      return this;
    }

    /** Sets {@code title}: Model title or name. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets {@code description}: Model description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code cover_image}: URL of the model cover image. */
    public Builder coverImage(String coverImage) {
      this.coverImage = coverImage;
      return this;
    }

    /** Sets {@code state}: see {@link ModelEntity#state()}. */
    public Builder state(ModelState state) {
      this.state = state;
      return this;
    }

    /** Sets {@code tags}: Model tags. */
    public Builder tags(java.util.List<String> tags) {
      this.tags = tags;
      return this;
    }

    /** Sets {@code created_at}: Timestamp when the model was created. */
    public Builder createdAt(java.time.OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets {@code updated_at}: Timestamp when the model was last updated. */
    public Builder updatedAt(java.time.OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets {@code visibility}: Model visibility setting. */
    public Builder visibility(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /** Sets {@code like_count}: Number of likes the model has received. */
    public Builder likeCount(Integer likeCount) {
      this.likeCount = likeCount;
      return this;
    }

    /** Sets {@code like_count} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder likeCount(int likeCount) {
      this.likeCount = likeCount;
      return this;
    }

    /** Sets {@code mark_count}: Number of bookmarks the model has received. */
    public Builder markCount(Integer markCount) {
      this.markCount = markCount;
      return this;
    }

    /** Sets {@code mark_count} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder markCount(int markCount) {
      this.markCount = markCount;
      return this;
    }

    /** Sets {@code shared_count}: Number of times the model has been shared. */
    public Builder sharedCount(Integer sharedCount) {
      this.sharedCount = sharedCount;
      return this;
    }

    /** Sets {@code shared_count} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder sharedCount(int sharedCount) {
      this.sharedCount = sharedCount;
      return this;
    }

    /** Sets {@code task_count}: Number of tasks associated with the model. */
    public Builder taskCount(Integer taskCount) {
      this.taskCount = taskCount;
      return this;
    }

    /** Sets {@code task_count} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder taskCount(int taskCount) {
      this.taskCount = taskCount;
      return this;
    }

    /** Sets {@code author}: see {@link ModelEntity#author()}. */
    public Builder author(AuthorEntity author) {
      this.author = author;
      return this;
    }

    /** Sets {@code train_mode}: see {@link ModelEntity#trainMode()}. */
    public Builder trainMode(@Nullable TrainMode trainMode) {
      this.trainMode = trainMode;
      return this;
    }

    /** Sets {@code samples}: Sample data associated with the model. */
    public Builder samples(java.util.@Nullable List<SampleEntity> samples) {
      this.samples = samples;
      return this;
    }

    /** Sets {@code languages}: Languages supported by the model. */
    public Builder languages(java.util.@Nullable List<String> languages) {
      this.languages = languages;
      return this;
    }

    /** Sets {@code lock_visibility}: Whether the visibility setting is locked. */
    public Builder lockVisibility(@Nullable Boolean lockVisibility) {
      this.lockVisibility = lockVisibility;
      return this;
    }

    /** Sets {@code lock_visibility} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder lockVisibility(boolean lockVisibility) {
      this.lockVisibility = lockVisibility;
      return this;
    }

    /** Sets {@code unliked}: Whether the current user has unliked this model. */
    public Builder unliked(@Nullable Boolean unliked) {
      this.unliked = unliked;
      return this;
    }

    /** Sets {@code unliked} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder unliked(boolean unliked) {
      this.unliked = unliked;
      return this;
    }

    /** Sets {@code liked}: Whether the current user has liked this model. */
    public Builder liked(@Nullable Boolean liked) {
      this.liked = liked;
      return this;
    }

    /** Sets {@code liked} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder liked(boolean liked) {
      this.liked = liked;
      return this;
    }

    /** Sets {@code marked}: Whether the current user has bookmarked this model. */
    public Builder marked(@Nullable Boolean marked) {
      this.marked = marked;
      return this;
    }

    /** Sets {@code marked} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder marked(boolean marked) {
      this.marked = marked;
      return this;
    }

    /** Sets {@code dmca_taken_down}: Whether the model was taken down after a DMCA notice. */
    public Builder dmcaTakenDown(@Nullable Boolean dmcaTakenDown) {
      this.dmcaTakenDown = dmcaTakenDown;
      return this;
    }

    /** Sets {@code dmca_taken_down} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder dmcaTakenDown(boolean dmcaTakenDown) {
      this.dmcaTakenDown = dmcaTakenDown;
      return this;
    }

    /** Sets {@code default_text}: The text the model speaks by default. */
    public Builder defaultText(@Nullable String defaultText) {
      this.defaultText = defaultText;
      return this;
    }

    /** Sets {@code source}: Where the model came from. */
    public Builder source(@Nullable String source) {
      this.source = source;
      return this;
    }

    /** Sets {@code pvc_release_state}: Release state of a professional voice clone; null when it is none. */
    public Builder pvcReleaseState(@Nullable PvcReleaseState pvcReleaseState) {
      this.pvcReleaseState = pvcReleaseState;
      return this;
    }

    /** Sets {@code pvc_notice_period_months}: Notice period, in months, before a professional voice clone is retired. */
    public Builder pvcNoticePeriodMonths(@Nullable Integer pvcNoticePeriodMonths) {
      this.pvcNoticePeriodMonths = pvcNoticePeriodMonths;
      return this;
    }

    /** Sets {@code pvc_notice_period_months} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder pvcNoticePeriodMonths(int pvcNoticePeriodMonths) {
      this.pvcNoticePeriodMonths = pvcNoticePeriodMonths;
      return this;
    }

    /** Sets {@code pvc_released_at}: When the professional voice clone was released. */
    public Builder pvcReleasedAt(java.time.@Nullable OffsetDateTime pvcReleasedAt) {
      this.pvcReleasedAt = pvcReleasedAt;
      return this;
    }

    /** Sets {@code pvc_retire_requested_at}: When retiring the professional voice clone was requested. */
    public Builder pvcRetireRequestedAt(java.time.@Nullable OffsetDateTime pvcRetireRequestedAt) {
      this.pvcRetireRequestedAt = pvcRetireRequestedAt;
      return this;
    }

    /** Sets {@code pvc_retire_effective_at}: When the professional voice clone is retired. */
    public Builder pvcRetireEffectiveAt(java.time.@Nullable OffsetDateTime pvcRetireEffectiveAt) {
      this.pvcRetireEffectiveAt = pvcRetireEffectiveAt;
      return this;
    }

    /** Sets {@code quality}: Quality assessment of the model, as the service reports it. */
    public Builder quality(@Nullable Object quality) {
      this.quality = quality;
      return this;
    }

    /** Returns the value. */
    public ModelEntity build() {
      return new ModelEntity(this);
    }
  }
}

