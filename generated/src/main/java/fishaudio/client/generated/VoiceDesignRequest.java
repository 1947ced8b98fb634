// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import java.math.BigDecimal;
import java.math.BigDecimal;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Request body for synchronous voice design generation.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class VoiceDesignRequest implements Received {
  private final String instruction;
  private final @Nullable String referenceText;
  private final @Nullable String language;
  private final @Nullable Integer n;
  private final @Nullable Double speed;
  private final @Nullable Integer numStep;
  private final @Nullable Double guidanceScale;
  private final @Nullable Double instructGuidanceScale;
  private final @Nullable Integer seed;

  private VoiceDesignRequest(Builder builder) {
    this.instruction = builder.instruction;
    this.referenceText = builder.referenceText;
    this.language = builder.language;
    this.n = builder.n;
    this.speed = builder.speed;
    this.numStep = builder.numStep;
    this.guidanceScale = builder.guidanceScale;
    this.instructGuidanceScale = builder.instructGuidanceScale;
    this.seed = builder.seed;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.instruction = instruction;
    builder.referenceText = referenceText;
    builder.language = language;
    builder.n = n;
    builder.speed = speed;
    builder.numStep = numStep;
    builder.guidanceScale = guidanceScale;
    builder.instructGuidanceScale = instructGuidanceScale;
    builder.seed = seed;
    return builder;
  }

  /**
   * Voice design prompt. Must contain 1 to 2000 characters.
   *
   * <p>JSON name {@code instruction}; required.
   */
  public String instruction() {
    return instruction;
  }

  /**
   * Optional text used as reference content for the generated voice (preview text).
   *
   * <p>JSON name {@code reference_text}; optional, may be null.
   */
  public @Nullable String referenceText() {
    return referenceText;
  }

  /**
   * Optional BCP-47 language hint, such as en, zh, or ja.
   *
   * <p>JSON name {@code language}; optional, may be null.
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Number of voice candidates to generate.
   *
   * <p>JSON name {@code n}; optional. The spec gives a default for when it is not sent: see {@link #nOrDefault()}.
   */
  public @Nullable Integer n() {
    return n;
  }

  /** {@link #n()}, or the spec's default when it was not sent: {@code 2}. */
  public int nOrDefault() {
    return n != null ? n : 2;
  }

  /**
   * Speaking speed multiplier for candidate generation.
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
   * Number of diffusion steps used by the voice-design model.
   *
   * <p>JSON name {@code num_step}; optional. The spec gives a default for when it is not sent: see {@link #numStepOrDefault()}.
   */
  public @Nullable Integer numStep() {
    return numStep;
  }

  /** {@link #numStep()}, or the spec's default when it was not sent: {@code 32}. */
  public int numStepOrDefault() {
    return numStep != null ? numStep : 32;
  }

  /**
   * Classifier-free guidance scale. Higher values follow the prompt more strongly.
   *
   * <p>JSON name {@code guidance_scale}; optional. The spec gives a default for when it is not sent: see {@link #guidanceScaleOrDefault()}.
   */
  public @Nullable Double guidanceScale() {
    return guidanceScale;
  }

  /** {@link #guidanceScale()}, or the spec's default when it was not sent. */
  public double guidanceScaleOrDefault() {
    return guidanceScale != null ? guidanceScale : new BigDecimal("2").doubleValue();
  }

  /**
   * Instruction guidance scale for prompt conditioning.
   *
   * <p>JSON name {@code instruct_guidance_scale}; optional. The spec gives a default for when it is not sent: see {@link #instructGuidanceScaleOrDefault()}.
   */
  public @Nullable Double instructGuidanceScale() {
    return instructGuidanceScale;
  }

  /** {@link #instructGuidanceScale()}, or the spec's default when it was not sent. */
  public double instructGuidanceScaleOrDefault() {
    return instructGuidanceScale != null ? instructGuidanceScale : new BigDecimal("0").doubleValue();
  }

  /**
   * Optional deterministic seed for candidate generation.
   *
   * <p>JSON name {@code seed}; optional, may be null.
   */
  public @Nullable Integer seed() {
    return seed;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("instruction", instruction);
    ConstraintViolation.minLength("instruction", instruction, 1);
    ConstraintViolation.maxLength("instruction", instruction, 2000);
    ConstraintViolation.maxLength("reference_text", referenceText, 300);
    ConstraintViolation.minimum("n", n, "1", false);
    ConstraintViolation.maximum("n", n, "4", false);
    ConstraintViolation.minimum("speed", speed, "0", true);
    ConstraintViolation.maximum("speed", speed, "3", false);
    ConstraintViolation.finite("speed", speed);
    ConstraintViolation.minimum("num_step", numStep, "1", false);
    ConstraintViolation.maximum("num_step", numStep, "128", false);
    ConstraintViolation.minimum("guidance_scale", guidanceScale, "0", false);
    ConstraintViolation.finite("guidance_scale", guidanceScale);
    ConstraintViolation.minimum("instruct_guidance_scale", instructGuidanceScale, "0", false);
    ConstraintViolation.finite("instruct_guidance_scale", instructGuidanceScale);
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
    ConstraintViolation.minLength("instruction", instruction, 1);
    ConstraintViolation.maxLength("instruction", instruction, 2000);
    ConstraintViolation.maxLength("reference_text", referenceText, 300);
    ConstraintViolation.minimum("n", n, "1", false);
    ConstraintViolation.maximum("n", n, "4", false);
    ConstraintViolation.minimum("speed", speed, "0", true);
    ConstraintViolation.maximum("speed", speed, "3", false);
    ConstraintViolation.minimum("num_step", numStep, "1", false);
    ConstraintViolation.maximum("num_step", numStep, "128", false);
    ConstraintViolation.minimum("guidance_scale", guidanceScale, "0", false);
    ConstraintViolation.minimum("instruct_guidance_scale", instructGuidanceScale, "0", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VoiceDesignRequest)) {
      return false;
    }
    VoiceDesignRequest that = (VoiceDesignRequest) other;
    return Objects.equals(instruction, that.instruction)
        && Objects.equals(referenceText, that.referenceText)
        && Objects.equals(language, that.language)
        && Objects.equals(n, that.n)
        && Objects.equals(speed, that.speed)
        && Objects.equals(numStep, that.numStep)
        && Objects.equals(guidanceScale, that.guidanceScale)
        && Objects.equals(instructGuidanceScale, that.instructGuidanceScale)
        && Objects.equals(seed, that.seed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instruction, referenceText, language, n, speed, numStep, guidanceScale, instructGuidanceScale, seed);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "VoiceDesignRequest{"
        + "instruction=" + instruction + ", "
        + "reference_text=" + referenceText + ", "
        + "language=" + language + ", "
        + "n=" + n + ", "
        + "speed=" + speed + ", "
        + "num_step=" + numStep + ", "
        + "guidance_scale=" + guidanceScale + ", "
        + "instruct_guidance_scale=" + instructGuidanceScale + ", "
        + "seed=" + seed
        + "}";
  }

  /** Builds a {@link VoiceDesignRequest}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String instruction;
    private @Nullable String referenceText;
    private @Nullable String language;
    private @Nullable Integer n;
    private @Nullable Double speed;
    private @Nullable Integer numStep;
    private @Nullable Double guidanceScale;
    private @Nullable Double instructGuidanceScale;
    private @Nullable Integer seed;

    private Builder() {}

    /** Sets {@code instruction}: Voice design prompt. Must contain 1 to 2000 characters. */
    public Builder instruction(String instruction) {
      this.instruction = instruction;
      return this;
    }

    /** Sets {@code reference_text}: Optional text used as reference content for the generated voice (preview text). */
    public Builder referenceText(@Nullable String referenceText) {
      this.referenceText = referenceText;
      return this;
    }

    /** Sets {@code language}: Optional BCP-47 language hint, such as en, zh, or ja. */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /** Sets {@code n}: Number of voice candidates to generate. */
    public Builder n(@Nullable Integer n) {
      this.n = n;
      return this;
    }

    /** Sets {@code n} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder n(int n) {
      this.n = n;
      return this;
    }

    /** Sets {@code speed}: Speaking speed multiplier for candidate generation. */
    public Builder speed(@Nullable Double speed) {
      this.speed = speed;
      return this;
    }

    /** Sets {@code speed} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder speed(double speed) {
      this.speed = speed;
      return this;
    }

    /** Sets {@code num_step}: Number of diffusion steps used by the voice-design model. */
    public Builder numStep(@Nullable Integer numStep) {
      this.numStep = numStep;
      return this;
    }

    /** Sets {@code num_step} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder numStep(int numStep) {
      this.numStep = numStep;
      return this;
    }

    /** Sets {@code guidance_scale}: Classifier-free guidance scale. Higher values follow the prompt more strongly. */
    public Builder guidanceScale(@Nullable Double guidanceScale) {
      this.guidanceScale = guidanceScale;
      return this;
    }

    /** Sets {@code guidance_scale} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder guidanceScale(double guidanceScale) {
      this.guidanceScale = guidanceScale;
      return this;
    }

    /** Sets {@code instruct_guidance_scale}: Instruction guidance scale for prompt conditioning. */
    public Builder instructGuidanceScale(@Nullable Double instructGuidanceScale) {
      this.instructGuidanceScale = instructGuidanceScale;
      return this;
    }

    /** Sets {@code instruct_guidance_scale} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder instructGuidanceScale(double instructGuidanceScale) {
      this.instructGuidanceScale = instructGuidanceScale;
      return this;
    }

    /** Sets {@code seed}: Optional deterministic seed for candidate generation. */
    public Builder seed(@Nullable Integer seed) {
      this.seed = seed;
      return this;
    }

    /** Sets {@code seed} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder seed(int seed) {
      this.seed = seed;
      return this;
    }

    /** Returns the value. */
    public VoiceDesignRequest build() {
      return new VoiceDesignRequest(this);
    }
  }
}

