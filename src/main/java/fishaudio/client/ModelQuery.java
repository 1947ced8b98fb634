package fishaudio.client;

import fishaudio.client.generated.ModelSortBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The filters and paging of a model list, for {@link FishAudio#listModels(ModelQuery)}. Immutable;
 * build one with {@link #builder()}. Unset values are left out of the query, so the server's
 * defaults apply (see {@code GET /model} in the spec for the bounds and defaults, which the server
 * and the contract suite enforce; this class states none of them).
 */
public final class ModelQuery {
  private final Integer pageSize;
  private final Integer pageNumber;
  private final String title;
  private final List<String> tags;
  private final Boolean self;
  private final String authorId;
  private final List<String> languages;
  private final List<String> titleLanguages;
  private final ModelSortBy sortBy;

  private ModelQuery(Builder b) {
    this.pageSize = b.pageSize;
    this.pageNumber = b.pageNumber;
    this.title = b.title;
    this.tags = copy(b.tags);
    this.self = b.self;
    this.authorId = b.authorId;
    this.languages = copy(b.languages);
    this.titleLanguages = copy(b.titleLanguages);
    this.sortBy = b.sortBy;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pageSize = pageSize;
    b.pageNumber = pageNumber;
    b.title = title;
    b.tags = tags;
    b.self = self;
    b.authorId = authorId;
    b.languages = languages;
    b.titleLanguages = titleLanguages;
    b.sortBy = sortBy;
    return b;
  }

  /** {@code page_size}, or null for the server's default. */
  public Integer pageSize() {
    return pageSize;
  }

  /** {@code page_number}, or null for the server's default (the first page). */
  public Integer pageNumber() {
    return pageNumber;
  }

  /** {@code title}, or null. */
  public String title() {
    return title;
  }

  /** The repeated {@code tag} values, or null. */
  public List<String> tags() {
    return tags;
  }

  /** {@code self}, or null. */
  public Boolean self() {
    return self;
  }

  /** {@code author_id}, or null. */
  public String authorId() {
    return authorId;
  }

  /** The repeated {@code language} values, or null. */
  public List<String> languages() {
    return languages;
  }

  /** The repeated {@code title_language} values, or null. */
  public List<String> titleLanguages() {
    return titleLanguages;
  }

  /** {@code sort_by}, or null. */
  public ModelSortBy sortBy() {
    return sortBy;
  }

  /** The same query on another page. */
  ModelQuery page(int number) {
    Builder b = toBuilder();
    b.pageNumber = number;
    return b.build();
  }

  void check() {
    checkItems("tag", tags);
    checkItems("language", languages);
    checkItems("title_language", titleLanguages);
  }

  private static void checkItems(String field, List<String> values) {
    if (values != null && values.contains(null)) {
      throw new InvalidRequestException(field, field + " must not contain null", null);
    }
  }

  private static List<String> copy(List<String> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  @Override
  public String toString() {
    return "ModelQuery{pageSize=" + pageSize + ", pageNumber=" + pageNumber + ", title=" + title + ", tags=" + tags
        + ", self=" + self + ", authorId=" + authorId + ", languages=" + languages + ", titleLanguages="
        + titleLanguages + ", sortBy=" + sortBy + "}";
  }

  /** Builds a {@link ModelQuery}; setters take values as they are. */
  public static final class Builder {
    private Integer pageSize;
    private Integer pageNumber;
    private String title;
    private List<String> tags;
    private Boolean self;
    private String authorId;
    private List<String> languages;
    private List<String> titleLanguages;
    private ModelSortBy sortBy;

    private Builder() {}

    /** Sets {@code page_size}. */
    public Builder pageSize(Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets {@code page_number}, counted from 1. */
    public Builder pageNumber(Integer pageNumber) {
      this.pageNumber = pageNumber;
      return this;
    }

    /** Sets {@code title}. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the tags, sent as one {@code tag} parameter each. */
    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    /** Sets {@code self}: only the models of the caller's workspace. */
    public Builder self(Boolean self) {
      this.self = self;
      return this;
    }

    /** Sets {@code author_id}; the server ignores it when {@code self} is true. */
    public Builder authorId(String authorId) {
      this.authorId = authorId;
      return this;
    }

    /** Sets the languages, sent as one {@code language} parameter each. */
    public Builder languages(List<String> languages) {
      this.languages = languages;
      return this;
    }

    /** Sets the title languages, sent as one {@code title_language} parameter each. */
    public Builder titleLanguages(List<String> titleLanguages) {
      this.titleLanguages = titleLanguages;
      return this;
    }

    /** Sets {@code sort_by}. */
    public Builder sortBy(ModelSortBy sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /** Builds the query. */
    public ModelQuery build() {
      return new ModelQuery(this);
    }
  }
}
