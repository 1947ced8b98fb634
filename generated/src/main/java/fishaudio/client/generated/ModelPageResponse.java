// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a model list.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class ModelPageResponse implements Received {
  private final Integer total;
  private final java.util.List<ModelEntity> items;
  private final @Nullable Boolean hasMore;
  private final @Nullable Boolean totalIsExact;
  private final @Nullable Boolean windowLimited;
  private final @Nullable Integer maxOffset;
  private final @Nullable Integer accessibleUpperBound;

  private ModelPageResponse(Builder builder) {
    this.total = builder.total;
    this.items = builder.items == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.items));
    this.hasMore = builder.hasMore;
    this.totalIsExact = builder.totalIsExact;
    this.windowLimited = builder.windowLimited;
    this.maxOffset = builder.maxOffset;
    this.accessibleUpperBound = builder.accessibleUpperBound;
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.total = total;
    builder.items = items;
    builder.hasMore = hasMore;
    builder.totalIsExact = totalIsExact;
    builder.windowLimited = windowLimited;
    builder.maxOffset = maxOffset;
    builder.accessibleUpperBound = accessibleUpperBound;
    return builder;
  }

  /**
   * How many models match, over all pages (see total_is_exact).
   *
   * <p>JSON name {@code total}; required.
   */
  public Integer total() {
    return total;
  }

  /**
   * The models of this page.
   *
   * <p>JSON name {@code items}; required.
   */
  public java.util.List<ModelEntity> items() {
    return items;
  }

  /**
   * Whether a later page has more models; null when the server does not say.
   *
   * <p>JSON name {@code has_more}; optional, may be null.
   */
  public @Nullable Boolean hasMore() {
    return hasMore;
  }

  /**
   * Whether total is exact rather than an estimate.
   *
   * <p>JSON name {@code total_is_exact}; optional. The spec gives a default for when it is not sent: see {@link #totalIsExactOrDefault()}.
   */
  public @Nullable Boolean totalIsExact() {
    return totalIsExact;
  }

  /** {@link #totalIsExact()}, or the spec's default when it was not sent: {@code true}. */
  public boolean totalIsExactOrDefault() {
    return totalIsExact != null ? totalIsExact : true;
  }

  /**
   * Whether the listing stops at a window the server keeps, before total.
   *
   * <p>JSON name {@code window_limited}; optional. The spec gives a default for when it is not sent: see {@link #windowLimitedOrDefault()}.
   */
  public @Nullable Boolean windowLimited() {
    return windowLimited;
  }

  /** {@link #windowLimited()}, or the spec's default when it was not sent: {@code false}. */
  public boolean windowLimitedOrDefault() {
    return windowLimited != null ? windowLimited : false;
  }

  /**
   * The largest offset the server serves, when window_limited.
   *
   * <p>JSON name {@code max_offset}; optional, may be null.
   */
  public @Nullable Integer maxOffset() {
    return maxOffset;
  }

  /**
   * How many models can be reached by paging, when that is fewer than total.
   *
   * <p>JSON name {@code accessible_upper_bound}; optional, may be null.
   */
  public @Nullable Integer accessibleUpperBound() {
    return accessibleUpperBound;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("total", total);
    ConstraintViolation.minimum("total", total, "0", false);
    ConstraintViolation.required("items", items);
    ConstraintViolation.noNullItems("items", items);
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != null) {
          try {
            items.get(i).validate();
          } catch (ConstraintViolation violation) {
            throw violation.within("items[" + i + "]");
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
    ConstraintViolation.minimum("total", total, "0", false);
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        try {
          items.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("items[" + i + "]");
        }
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ModelPageResponse)) {
      return false;
    }
    ModelPageResponse that = (ModelPageResponse) other;
    return Objects.equals(total, that.total)
        && Objects.equals(items, that.items)
        && Objects.equals(hasMore, that.hasMore)
        && Objects.equals(totalIsExact, that.totalIsExact)
        && Objects.equals(windowLimited, that.windowLimited)
        && Objects.equals(maxOffset, that.maxOffset)
        && Objects.equals(accessibleUpperBound, that.accessibleUpperBound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, items, hasMore, totalIsExact, windowLimited, maxOffset, accessibleUpperBound);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "ModelPageResponse{"
        + "total=" + total + ", "
        + "items=" + items + ", "
        + "has_more=" + hasMore + ", "
        + "total_is_exact=" + totalIsExact + ", "
        + "window_limited=" + windowLimited + ", "
        + "max_offset=" + maxOffset + ", "
        + "accessible_upper_bound=" + accessibleUpperBound
        + "}";
  }

  /** Builds a {@link ModelPageResponse}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable Integer total;
    private java.util.@Nullable List<ModelEntity> items;
    private @Nullable Boolean hasMore;
    private @Nullable Boolean totalIsExact;
    private @Nullable Boolean windowLimited;
    private @Nullable Integer maxOffset;
    private @Nullable Integer accessibleUpperBound;

    private Builder() {}

    /** Sets {@code total}: How many models match, over all pages (see total_is_exact). */
    public Builder total(Integer total) {
      this.total = total;
      return this;
    }

    /** Sets {@code total} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder total(int total) {
      this.total = total;
      return this;
    }

    /** Sets {@code items}: The models of this page. */
    public Builder items(java.util.List<ModelEntity> items) {
      this.items = items;
      return this;
    }

    /** Sets {@code has_more}: Whether a later page has more models; null when the server does not say. */
    public Builder hasMore(@Nullable Boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    /** Sets {@code has_more} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder hasMore(boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    /** Sets {@code total_is_exact}: Whether total is exact rather than an estimate. */
    public Builder totalIsExact(@Nullable Boolean totalIsExact) {
      this.totalIsExact = totalIsExact;
      return this;
    }

    /** Sets {@code total_is_exact} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder totalIsExact(boolean totalIsExact) {
      this.totalIsExact = totalIsExact;
      return this;
    }

    /** Sets {@code window_limited}: Whether the listing stops at a window the server keeps, before total. */
    public Builder windowLimited(@Nullable Boolean windowLimited) {
      this.windowLimited = windowLimited;
      return this;
    }

    /** Sets {@code window_limited} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder windowLimited(boolean windowLimited) {
      this.windowLimited = windowLimited;
      return this;
    }

    /** Sets {@code max_offset}: The largest offset the server serves, when window_limited. */
    public Builder maxOffset(@Nullable Integer maxOffset) {
      this.maxOffset = maxOffset;
      return this;
    }

    /** Sets {@code max_offset} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder maxOffset(int maxOffset) {
      this.maxOffset = maxOffset;
      return this;
    }

    /** Sets {@code accessible_upper_bound}: How many models can be reached by paging, when that is fewer than total. */
    public Builder accessibleUpperBound(@Nullable Integer accessibleUpperBound) {
      this.accessibleUpperBound = accessibleUpperBound;
      return this;
    }

    /** Sets {@code accessible_upper_bound} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder accessibleUpperBound(int accessibleUpperBound) {
      this.accessibleUpperBound = accessibleUpperBound;
      return this;
    }

    /** Returns the value. */
    public ModelPageResponse build() {
      return new ModelPageResponse(this);
    }
  }
}

