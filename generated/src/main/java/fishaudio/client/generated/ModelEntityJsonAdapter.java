// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes {@link ModelEntity} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ModelEntityJsonAdapter extends JsonAdapter<ModelEntity> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "_id",
      "type",
      "title",
      "description",
      "cover_image",
      "state",
      "tags",
      "created_at",
      "updated_at",
      "visibility",
      "like_count",
      "mark_count",
      "shared_count",
      "task_count",
      "author",
      "train_mode",
      "samples",
      "languages",
      "lock_visibility",
      "unliked",
      "liked",
      "marked",
      "dmca_taken_down",
      "default_text",
      "source",
      "pvc_release_state",
      "pvc_notice_period_months",
      "pvc_released_at",
      "pvc_retire_requested_at",
      "pvc_retire_effective_at",
      "quality");

  private final JsonAdapter<String> idAdapter;
  private final JsonAdapter<ModelType> typeAdapter;
  private final JsonAdapter<String> titleAdapter;
  private final JsonAdapter<String> descriptionAdapter;
  private final JsonAdapter<String> coverImageAdapter;
  private final JsonAdapter<ModelState> stateAdapter;
  private final JsonAdapter<String> tagsItemAdapter;
  private final JsonAdapter<Visibility> visibilityAdapter;
  private final JsonAdapter<Integer> likeCountAdapter;
  private final JsonAdapter<Integer> markCountAdapter;
  private final JsonAdapter<Integer> sharedCountAdapter;
  private final JsonAdapter<Integer> taskCountAdapter;
  private final JsonAdapter<AuthorEntity> authorAdapter;
  private final JsonAdapter<TrainMode> trainModeAdapter;
  private final JsonAdapter<SampleEntity> samplesItemAdapter;
  private final JsonAdapter<String> languagesItemAdapter;
  private final JsonAdapter<Boolean> lockVisibilityAdapter;
  private final JsonAdapter<Boolean> unlikedAdapter;
  private final JsonAdapter<Boolean> likedAdapter;
  private final JsonAdapter<Boolean> markedAdapter;
  private final JsonAdapter<Boolean> dmcaTakenDownAdapter;
  private final JsonAdapter<String> defaultTextAdapter;
  private final JsonAdapter<String> sourceAdapter;
  private final JsonAdapter<PvcReleaseState> pvcReleaseStateAdapter;
  private final JsonAdapter<Integer> pvcNoticePeriodMonthsAdapter;
  private final JsonAdapter<Object> qualityAdapter;

  ModelEntityJsonAdapter(Moshi moshi) {
    this.idAdapter = moshi.adapter(String.class);
    this.typeAdapter = moshi.adapter(ModelType.class);
    this.titleAdapter = moshi.adapter(String.class);
    this.descriptionAdapter = moshi.adapter(String.class);
    this.coverImageAdapter = moshi.adapter(String.class);
    this.stateAdapter = moshi.adapter(ModelState.class);
    this.tagsItemAdapter = moshi.adapter(String.class);
    this.visibilityAdapter = moshi.adapter(Visibility.class);
    this.likeCountAdapter = moshi.adapter(Integer.class);
    this.markCountAdapter = moshi.adapter(Integer.class);
    this.sharedCountAdapter = moshi.adapter(Integer.class);
    this.taskCountAdapter = moshi.adapter(Integer.class);
    this.authorAdapter = moshi.adapter(AuthorEntity.class);
    this.trainModeAdapter = moshi.adapter(TrainMode.class);
    this.samplesItemAdapter = moshi.adapter(SampleEntity.class);
    this.languagesItemAdapter = moshi.adapter(String.class);
    this.lockVisibilityAdapter = moshi.adapter(Boolean.class);
    this.unlikedAdapter = moshi.adapter(Boolean.class);
    this.likedAdapter = moshi.adapter(Boolean.class);
    this.markedAdapter = moshi.adapter(Boolean.class);
    this.dmcaTakenDownAdapter = moshi.adapter(Boolean.class);
    this.defaultTextAdapter = moshi.adapter(String.class);
    this.sourceAdapter = moshi.adapter(String.class);
    this.pvcReleaseStateAdapter = moshi.adapter(PvcReleaseState.class);
    this.pvcNoticePeriodMonthsAdapter = moshi.adapter(Integer.class);
    this.qualityAdapter = moshi.adapter(Object.class);
  }

  @Override
  public ModelEntity fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ModelEntity.Builder builder = ModelEntity.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value '_id' was null at " + reader.getPath());
          }
          builder.id(idAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'type' was null at " + reader.getPath());
          }
          builder.type(typeAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'title' was null at " + reader.getPath());
          }
          builder.title(titleAdapter.fromJson(reader));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'description' was null at " + reader.getPath());
          }
          builder.description(descriptionAdapter.fromJson(reader));
          break;
        case 5:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'cover_image' was null at " + reader.getPath());
          }
          builder.coverImage(coverImageAdapter.fromJson(reader));
          break;
        case 6:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'state' was null at " + reader.getPath());
          }
          builder.state(stateAdapter.fromJson(reader));
          break;
        case 7:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'tags' was null at " + reader.getPath());
          }
          builder.tags(JsonFields.readList(reader, tagsItemAdapter, JsonFields.NO_MAX_ITEMS, "tags"));
          break;
        case 8:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'created_at' was null at " + reader.getPath());
          }
          builder.createdAt(JsonFields.readDateTime(reader, "created_at"));
          break;
        case 9:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'updated_at' was null at " + reader.getPath());
          }
          builder.updatedAt(JsonFields.readDateTime(reader, "updated_at"));
          break;
        case 10:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'visibility' was null at " + reader.getPath());
          }
          builder.visibility(visibilityAdapter.fromJson(reader));
          break;
        case 11:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'like_count' was null at " + reader.getPath());
          }
          builder.likeCount(likeCountAdapter.fromJson(reader));
          break;
        case 12:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'mark_count' was null at " + reader.getPath());
          }
          builder.markCount(markCountAdapter.fromJson(reader));
          break;
        case 13:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'shared_count' was null at " + reader.getPath());
          }
          builder.sharedCount(sharedCountAdapter.fromJson(reader));
          break;
        case 14:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'task_count' was null at " + reader.getPath());
          }
          builder.taskCount(taskCountAdapter.fromJson(reader));
          break;
        case 15:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'author' was null at " + reader.getPath());
          }
          builder.author(authorAdapter.fromJson(reader));
          break;
        case 16:
          builder.trainMode(trainModeAdapter.fromJson(reader));
          break;
        case 17:
          builder.samples(JsonFields.readList(reader, samplesItemAdapter, JsonFields.NO_MAX_ITEMS, "samples"));
          break;
        case 18:
          builder.languages(JsonFields.readList(reader, languagesItemAdapter, JsonFields.NO_MAX_ITEMS, "languages"));
          break;
        case 19:
          builder.lockVisibility(lockVisibilityAdapter.fromJson(reader));
          break;
        case 20:
          builder.unliked(unlikedAdapter.fromJson(reader));
          break;
        case 21:
          builder.liked(likedAdapter.fromJson(reader));
          break;
        case 22:
          builder.marked(markedAdapter.fromJson(reader));
          break;
        case 23:
          builder.dmcaTakenDown(dmcaTakenDownAdapter.fromJson(reader));
          break;
        case 24:
          builder.defaultText(defaultTextAdapter.fromJson(reader));
          break;
        case 25:
          builder.source(sourceAdapter.fromJson(reader));
          break;
        case 26:
          builder.pvcReleaseState(pvcReleaseStateAdapter.fromJson(reader));
          break;
        case 27:
          builder.pvcNoticePeriodMonths(pvcNoticePeriodMonthsAdapter.fromJson(reader));
          break;
        case 28:
          builder.pvcReleasedAt(JsonFields.readDateTime(reader, "pvc_released_at"));
          break;
        case 29:
          builder.pvcRetireRequestedAt(JsonFields.readDateTime(reader, "pvc_retire_requested_at"));
          break;
        case 30:
          builder.pvcRetireEffectiveAt(JsonFields.readDateTime(reader, "pvc_retire_effective_at"));
          break;
        case 31:
          builder.quality(JsonFields.readUntyped(reader, "quality"));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ModelEntity value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value '_id' missing at " + path);
    }
    if (value.type() == null) {
      throw new JsonDataException("Required value 'type' missing at " + path);
    }
    if (value.title() == null) {
      throw new JsonDataException("Required value 'title' missing at " + path);
    }
    if (value.description() == null) {
      throw new JsonDataException("Required value 'description' missing at " + path);
    }
    if (value.coverImage() == null) {
      throw new JsonDataException("Required value 'cover_image' missing at " + path);
    }
    if (value.state() == null) {
      throw new JsonDataException("Required value 'state' missing at " + path);
    }
    if (value.tags() == null) {
      throw new JsonDataException("Required value 'tags' missing at " + path);
    }
    if (value.createdAt() == null) {
      throw new JsonDataException("Required value 'created_at' missing at " + path);
    }
    if (value.updatedAt() == null) {
      throw new JsonDataException("Required value 'updated_at' missing at " + path);
    }
    if (value.visibility() == null) {
      throw new JsonDataException("Required value 'visibility' missing at " + path);
    }
    if (value.likeCount() == null) {
      throw new JsonDataException("Required value 'like_count' missing at " + path);
    }
    if (value.markCount() == null) {
      throw new JsonDataException("Required value 'mark_count' missing at " + path);
    }
    if (value.sharedCount() == null) {
      throw new JsonDataException("Required value 'shared_count' missing at " + path);
    }
    if (value.taskCount() == null) {
      throw new JsonDataException("Required value 'task_count' missing at " + path);
    }
    if (value.author() == null) {
      throw new JsonDataException("Required value 'author' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.tags(), "tags", path);
    JsonFields.requireNoNullItems(value.samples(), "samples", path);
    JsonFields.requireNoNullItems(value.languages(), "languages", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ModelEntity value) throws IOException {
    writer.beginObject();
    writer.name("_id");
    idAdapter.toJson(writer, value.id());
    writer.name("type");
    typeAdapter.toJson(writer, value.type());
    writer.name("title");
    titleAdapter.toJson(writer, value.title());
    writer.name("description");
    descriptionAdapter.toJson(writer, value.description());
    writer.name("cover_image");
    coverImageAdapter.toJson(writer, value.coverImage());
    writer.name("state");
    stateAdapter.toJson(writer, value.state());
    writer.name("tags");
    JsonFields.writeList(writer, tagsItemAdapter, value.tags());
    writer.name("created_at");
    JsonFields.writeDateTime(writer, value.createdAt());
    writer.name("updated_at");
    JsonFields.writeDateTime(writer, value.updatedAt());
    writer.name("visibility");
    visibilityAdapter.toJson(writer, value.visibility());
    writer.name("like_count");
    likeCountAdapter.toJson(writer, value.likeCount());
    writer.name("mark_count");
    markCountAdapter.toJson(writer, value.markCount());
    writer.name("shared_count");
    sharedCountAdapter.toJson(writer, value.sharedCount());
    writer.name("task_count");
    taskCountAdapter.toJson(writer, value.taskCount());
    writer.name("author");
    authorAdapter.toJson(writer, value.author());
    writer.name("train_mode");
    trainModeAdapter.toJson(writer, value.trainMode());
    writer.name("samples");
    JsonFields.writeList(writer, samplesItemAdapter, value.samples());
    writer.name("languages");
    JsonFields.writeList(writer, languagesItemAdapter, value.languages());
    writer.name("lock_visibility");
    lockVisibilityAdapter.toJson(writer, value.lockVisibility());
    writer.name("unliked");
    unlikedAdapter.toJson(writer, value.unliked());
    writer.name("liked");
    likedAdapter.toJson(writer, value.liked());
    writer.name("marked");
    markedAdapter.toJson(writer, value.marked());
    writer.name("dmca_taken_down");
    dmcaTakenDownAdapter.toJson(writer, value.dmcaTakenDown());
    writer.name("default_text");
    defaultTextAdapter.toJson(writer, value.defaultText());
    writer.name("source");
    sourceAdapter.toJson(writer, value.source());
    writer.name("pvc_release_state");
    pvcReleaseStateAdapter.toJson(writer, value.pvcReleaseState());
    writer.name("pvc_notice_period_months");
    pvcNoticePeriodMonthsAdapter.toJson(writer, value.pvcNoticePeriodMonths());
    writer.name("pvc_released_at");
    JsonFields.writeDateTime(writer, value.pvcReleasedAt());
    writer.name("pvc_retire_requested_at");
    JsonFields.writeDateTime(writer, value.pvcRetireRequestedAt());
    writer.name("pvc_retire_effective_at");
    JsonFields.writeDateTime(writer, value.pvcRetireEffectiveAt());
    writer.name("quality");
    qualityAdapter.toJson(writer, value.quality());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ModelEntity)";
  }
}
