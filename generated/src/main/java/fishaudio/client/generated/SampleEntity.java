// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sample generated with the model.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class SampleEntity implements Received {
  private final String title;
  private final String text;
  private final String taskId;
  private final String audio;

  private SampleEntity(Builder builder) {
    this.title = builder.title;
    this.text = builder.text;
    this.taskId = builder.taskId;
    this.audio = builder.audio;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.title = title;
    builder.text = text;
    builder.taskId = taskId;
    builder.audio = audio;
    return builder;
  }

  /**
   * Sample title.
   *
   * <p>JSON name {@code title}; required.
   */
  public String title() {
    return title;
  }

  /**
   * The text the sample speaks.
   *
   * <p>JSON name {@code text}; required.
   */
  public String text() {
    return text;
  }

  /**
   * Identifier of the task that produced the sample.
   *
   * <p>JSON name {@code task_id}; required.
   */
  public String taskId() {
    return taskId;
  }

  /**
   * URL of the sample audio.
   *
   * <p>JSON name {@code audio}; required.
   */
  public String audio() {
    return audio;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("title", title);
    ConstraintViolation.required("text", text);
    ConstraintViolation.required("task_id", taskId);
    ConstraintViolation.required("audio", audio);
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
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SampleEntity)) {
      return false;
    }
    SampleEntity that = (SampleEntity) other;
    return Objects.equals(title, that.title)
        && Objects.equals(text, that.text)
        && Objects.equals(taskId, that.taskId)
        && Objects.equals(audio, that.audio);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, text, taskId, audio);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "SampleEntity{"
        + "title=" + title + ", "
        + "text=" + text + ", "
        + "task_id=" + taskId + ", "
        + "audio=" + audio
        + "}";
  }

  /** Builds a {@link SampleEntity}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String text;
    private @Nullable String taskId;
    private @Nullable String audio;

    private Builder() {}

    /** Sets {@code title}: Sample title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets {@code text}: The text the sample speaks. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Sets {@code task_id}: Identifier of the task that produced the sample. */
    public Builder taskId(String taskId) {
      this.taskId = taskId;
      return this;
    }

    /** Sets {@code audio}: URL of the sample audio. */
    public Builder audio(String audio) {
      this.audio = audio;
      return this;
    }

    /** Returns the value. */
    public SampleEntity build() {
      return new SampleEntity(this);
    }
  }
}

