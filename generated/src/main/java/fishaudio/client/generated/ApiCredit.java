// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import java.math.BigDecimal;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An account's API credit.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ApiCredit implements Received {
  private final String id;
  private final String userId;
  private final BigDecimal credit;
  private final BigDecimal cumulativeTopUp;
  private final java.time.OffsetDateTime createdAt;
  private final java.time.OffsetDateTime updatedAt;
  private final Boolean hasPhoneSha256;
  private final @Nullable Boolean hasFreeCredit;

  private ApiCredit(Builder builder) {
    this.id = builder.id;
    this.userId = builder.userId;
    this.credit = builder.credit;
    this.cumulativeTopUp = builder.cumulativeTopUp;
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
    this.hasPhoneSha256 = builder.hasPhoneSha256;
    this.hasFreeCredit = builder.hasFreeCredit;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.userId = userId;
    builder.credit = credit;
    builder.cumulativeTopUp = cumulativeTopUp;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    builder.hasPhoneSha256 = hasPhoneSha256;
    builder.hasFreeCredit = hasFreeCredit;
    return builder;
  }

  /**
   * The wallet's id.
   *
   * <p>JSON name {@code _id}; required.
   */
  public String id() {
    return id;
  }

  /**
   * The user the wallet belongs to.
   *
   * <p>JSON name {@code user_id}; required.
   */
  public String userId() {
    return userId;
  }

  /**
   * The credit left, a decimal number sent as text.
   *
   * <p>JSON name {@code credit}; required.
   */
  public BigDecimal credit() {
    return credit;
  }

  /**
   * Everything ever topped up, a decimal number sent as text.
   *
   * <p>JSON name {@code cumulative_top_up}; required.
   */
  public BigDecimal cumulativeTopUp() {
    return cumulativeTopUp;
  }

  /**
   * When the wallet was created.
   *
   * <p>JSON name {@code created_at}; required.
   */
  public java.time.OffsetDateTime createdAt() {
    return createdAt;
  }

  /**
   * When the wallet last changed.
   *
   * <p>JSON name {@code updated_at}; required.
   */
  public java.time.OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /**
   * Whether a phone number is on file.
   *
   * <p>JSON name {@code has_phone_sha256}; required.
   */
  public Boolean hasPhoneSha256() {
    return hasPhoneSha256;
  }

  /**
   * Whether free credit is available, when asked with `check_free_credit`.
   *
   * <p>JSON name {@code has_free_credit}; optional, may be null.
   */
  public @Nullable Boolean hasFreeCredit() {
    return hasFreeCredit;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("_id", id);
    ConstraintViolation.required("user_id", userId);
    ConstraintViolation.required("credit", credit);
    ConstraintViolation.required("cumulative_top_up", cumulativeTopUp);
    ConstraintViolation.required("created_at", createdAt);
    ConstraintViolation.required("updated_at", updatedAt);
    ConstraintViolation.required("has_phone_sha256", hasPhoneSha256);
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
    if (!(other instanceof ApiCredit)) {
      return false;
    }
    ApiCredit that = (ApiCredit) other;
    return Objects.equals(id, that.id)
        && Objects.equals(userId, that.userId)
        && Objects.equals(credit, that.credit)
        && Objects.equals(cumulativeTopUp, that.cumulativeTopUp)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(hasPhoneSha256, that.hasPhoneSha256)
        && Objects.equals(hasFreeCredit, that.hasFreeCredit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, userId, credit, cumulativeTopUp, createdAt, updatedAt, hasPhoneSha256, hasFreeCredit);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ApiCredit{"
        + "_id=" + id + ", "
        + "user_id=" + userId + ", "
        + "credit=" + credit + ", "
        + "cumulative_top_up=" + cumulativeTopUp + ", "
        + "created_at=" + createdAt + ", "
        + "updated_at=" + updatedAt + ", "
        + "has_phone_sha256=" + hasPhoneSha256 + ", "
        + "has_free_credit=" + hasFreeCredit
        + "}";
  }

  /** Builds a {@link ApiCredit}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String userId;
    private @Nullable BigDecimal credit;
    private @Nullable BigDecimal cumulativeTopUp;
    private java.time.@Nullable OffsetDateTime createdAt;
    private java.time.@Nullable OffsetDateTime updatedAt;
    private @Nullable Boolean hasPhoneSha256;
    private @Nullable Boolean hasFreeCredit;

    private Builder() {}

    /** Sets {@code _id}: The wallet's id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets {@code user_id}: The user the wallet belongs to. */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /** Sets {@code credit}: The credit left, a decimal number sent as text. */
    public Builder credit(BigDecimal credit) {
      this.credit = credit;
      return this;
    }

    /** Sets {@code cumulative_top_up}: Everything ever topped up, a decimal number sent as text. */
    public Builder cumulativeTopUp(BigDecimal cumulativeTopUp) {
      this.cumulativeTopUp = cumulativeTopUp;
      return this;
    }

    /** Sets {@code created_at}: When the wallet was created. */
    public Builder createdAt(java.time.OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets {@code updated_at}: When the wallet last changed. */
    public Builder updatedAt(java.time.OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** Sets {@code has_phone_sha256}: Whether a phone number is on file. */
    public Builder hasPhoneSha256(Boolean hasPhoneSha256) {
      this.hasPhoneSha256 = hasPhoneSha256;
      return this;
    }

    /** Sets {@code has_phone_sha256} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder hasPhoneSha256(boolean hasPhoneSha256) {
      this.hasPhoneSha256 = hasPhoneSha256;
      return this;
    }

    /** Sets {@code has_free_credit}: Whether free credit is available, when asked with `check_free_credit`. */
    public Builder hasFreeCredit(@Nullable Boolean hasFreeCredit) {
      this.hasFreeCredit = hasFreeCredit;
      return this;
    }

    /** Sets {@code has_free_credit} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder hasFreeCredit(boolean hasFreeCredit) {
      this.hasFreeCredit = hasFreeCredit;
      return this;
    }

    /** Returns the value. */
    public ApiCredit build() {
      return new ApiCredit(this);
    }
  }
}

