// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Information about the model author.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class AuthorEntity implements Received {
  private final String id;
  private final String nickname;
  private final String avatar;

  private AuthorEntity(Builder builder) {
    this.id = builder.id;
    this.nickname = builder.nickname;
    this.avatar = builder.avatar;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.nickname = nickname;
    builder.avatar = avatar;
    return builder;
  }

  /**
   * Unique identifier of the author.
   *
   * <p>JSON name {@code _id}; required.
   */
  public String id() {
    return id;
  }

  /**
   * The author's display name.
   *
   * <p>JSON name {@code nickname}; required.
   */
  public String nickname() {
    return nickname;
  }

  /**
   * URL of the author's avatar.
   *
   * <p>JSON name {@code avatar}; required.
   */
  public String avatar() {
    return avatar;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("_id", id);
    ConstraintViolation.required("nickname", nickname);
    ConstraintViolation.required("avatar", avatar);
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
    if (!(other instanceof AuthorEntity)) {
      return false;
    }
    AuthorEntity that = (AuthorEntity) other;
    return Objects.equals(id, that.id)
        && Objects.equals(nickname, that.nickname)
        && Objects.equals(avatar, that.avatar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, nickname, avatar);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "AuthorEntity{"
        + "_id=" + id + ", "
        + "nickname=" + nickname + ", "
        + "avatar=" + avatar
        + "}";
  }

  /** Builds a {@link AuthorEntity}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String nickname;
    private @Nullable String avatar;

    private Builder() {}

    /** Sets {@code _id}: Unique identifier of the author. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets {@code nickname}: The author's display name. */
    public Builder nickname(String nickname) {
      this.nickname = nickname;
      return this;
    }

    /** Sets {@code avatar}: URL of the author's avatar. */
    public Builder avatar(String avatar) {
      this.avatar = avatar;
      return this;
    }

    /** Returns the value. */
    public AuthorEntity build() {
      return new AuthorEntity(this);
    }
  }
}

