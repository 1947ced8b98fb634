// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Generated voice candidates.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class VoiceDesignResponse implements Received {
  private final java.util.List<VoiceDesignCandidate> candidates;

  private VoiceDesignResponse(Builder builder) {
    this.candidates = builder.candidates == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.candidates));
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.candidates = candidates;
    return builder;
  }

  /**
   * Generated voice candidates, as many as the request's `n` asked for.
   *
   * <p>JSON name {@code candidates}; required.
   */
  public java.util.List<VoiceDesignCandidate> candidates() {
    return candidates;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("candidates", candidates);
    ConstraintViolation.noNullItems("candidates", candidates);
    ConstraintViolation.maxItems("candidates", candidates, 4);
    if (candidates != null) {
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i) != null) {
          try {
            candidates.get(i).validate();
          } catch (ConstraintViolation violation) {
            throw violation.within("candidates[" + i + "]");
          }
        }
      }
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
    ConstraintViolation.maxItems("candidates", candidates, 4);
    if (candidates != null) {
      for (int i = 0; i < candidates.size(); i++) {
        try {
          candidates.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("candidates[" + i + "]");
        }
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VoiceDesignResponse)) {
      return false;
    }
    VoiceDesignResponse that = (VoiceDesignResponse) other;
    return Objects.equals(candidates, that.candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "VoiceDesignResponse{"
        + "candidates=" + candidates
        + "}";
  }

  /** Builds a {@link VoiceDesignResponse}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private java.util.@Nullable List<VoiceDesignCandidate> candidates;

    private Builder() {}

    /** Sets {@code candidates}: Generated voice candidates, as many as the request's `n` asked for. */
    public Builder candidates(java.util.List<VoiceDesignCandidate> candidates) {
      this.candidates = candidates;
      return this;
    }

    /** Returns the value. */
    public VoiceDesignResponse build() {
      return new VoiceDesignResponse(this);
    }
  }
}

