// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import java.math.BigDecimal;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Speed and volume of the speech.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ProsodyControl implements Received {
  private final @Nullable Double speed;
  private final @Nullable Double volume;
  private final @Nullable Boolean normalizeLoudness;

  private ProsodyControl(Builder builder) {
    this.speed = builder.speed;
    this.volume = builder.volume;
    this.normalizeLoudness = builder.normalizeLoudness;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.speed = speed;
    builder.volume = volume;
    builder.normalizeLoudness = normalizeLoudness;
    return builder;
  }

  /**
   * Speaking rate; 1 is normal.
   *
   * <p>JSON name {@code speed}; optional. The spec gives a default for when it is not sent: see {@link #speedOrDefault()}.
   */
  public @Nullable Double speed() {
    return speed;
  }

  /** {@link #speed()}, or the spec's default when it was not sent. */
  public double speedOrDefault() {
    return speed != null ? speed : new BigDecimal("1").doubleValue();
  }

  /**
   * Volume change in dB.
   *
   * <p>JSON name {@code volume}; optional. The spec gives a default for when it is not sent: see {@link #volumeOrDefault()}.
   */
  public @Nullable Double volume() {
    return volume;
  }

  /** {@link #volume()}, or the spec's default when it was not sent. */
  public double volumeOrDefault() {
    return volume != null ? volume : new BigDecimal("0").doubleValue();
  }

  /**
   * Even out perceived loudness (S2 models).
   *
   * <p>JSON name {@code normalize_loudness}; optional. The spec gives a default for when it is not sent: see {@link #normalizeLoudnessOrDefault()}.
   */
  public @Nullable Boolean normalizeLoudness() {
    return normalizeLoudness;
  }

  /** {@link #normalizeLoudness()}, or the spec's default when it was not sent: {@code true}. */
  public boolean normalizeLoudnessOrDefault() {
    return normalizeLoudness != null ? normalizeLoudness : true;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.minimum("speed", speed, "0.5", false);
    ConstraintViolation.maximum("speed", speed, "2", false);
    ConstraintViolation.finite("speed", speed);
    ConstraintViolation.finite("volume", volume);
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
    ConstraintViolation.minimum("speed", speed, "0.5", false);
    ConstraintViolation.maximum("speed", speed, "2", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProsodyControl)) {
      return false;
    }
    ProsodyControl that = (ProsodyControl) other;
    return Objects.equals(speed, that.speed)
        && Objects.equals(volume, that.volume)
        && Objects.equals(normalizeLoudness, that.normalizeLoudness);
  }

  @Override
  public int hashCode() {
    return Objects.hash(speed, volume, normalizeLoudness);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ProsodyControl{"
        + "speed=" + speed + ", "
        + "volume=" + volume + ", "
        + "normalize_loudness=" + normalizeLoudness
        + "}";
  }

  /** Builds a {@link ProsodyControl}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable Double speed;
    private @Nullable Double volume;
    private @Nullable Boolean normalizeLoudness;

    private Builder() {}

    /** Sets {@code speed}: Speaking rate; 1 is normal. */
    public Builder speed(@Nullable Double speed) {
      this.speed = speed;
      return this;
    }

    /** Sets {@code speed} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder speed(double speed) {
      this.speed = speed;
      return this;
    }

    /** Sets {@code volume}: Volume change in dB. */
    public Builder volume(@Nullable Double volume) {
      this.volume = volume;
      return this;
    }

    /** Sets {@code volume} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder volume(double volume) {
      this.volume = volume;
      return this;
    }

    /** Sets {@code normalize_loudness}: Even out perceived loudness (S2 models). */
    public Builder normalizeLoudness(@Nullable Boolean normalizeLoudness) {
      this.normalizeLoudness = normalizeLoudness;
      return this;
    }

    /** Sets {@code normalize_loudness} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder normalizeLoudness(boolean normalizeLoudness) {
      this.normalizeLoudness = normalizeLoudness;
      return this;
    }

    /** Returns the value. */
    public ProsodyControl build() {
      return new ProsodyControl(this);
    }
  }
}

