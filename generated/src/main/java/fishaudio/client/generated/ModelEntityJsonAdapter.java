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
 * required field that is missing or null is a {@link JsonDataException} naming the field and
 * its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ModelEntityJsonAdapter extends JsonAdapter<ModelEntity> {

  private final JsonAdapter<String> idAdapter;

  private final JsonAdapter<ModelType> typeAdapter;

  private final JsonAdapter<String> titleAdapter;

  private final JsonAdapter<String> descriptionAdapter;

  private final JsonAdapter<String> coverImageAdapter;

  private final JsonAdapter<ModelState> stateAdapter;

  private final JsonAdapter<java.util.List<String>> tagsAdapter;

  private final JsonAdapter<Visibility> visibilityAdapter;

  private final JsonAdapter<Integer> likeCountAdapter;

  private final JsonAdapter<Integer> markCountAdapter;

  private final JsonAdapter<Integer> sharedCountAdapter;

  private final JsonAdapter<Integer> taskCountAdapter;

  private final JsonAdapter<AuthorEntity> authorAdapter;

  private final JsonAdapter<TrainMode> trainModeAdapter;

  private final JsonAdapter<java.util.List<SampleEntity>> samplesAdapter;

  private final JsonAdapter<java.util.List<String>> languagesAdapter;

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

    this.tagsAdapter = moshi.adapter(
        com.squareup.moshi.Types.newParameterizedType(java.util.List.class, String.class));

    this.visibilityAdapter = moshi.adapter(Visibility.class);

    this.likeCountAdapter = moshi.adapter(Integer.class);

    this.markCountAdapter = moshi.adapter(Integer.class);

    this.sharedCountAdapter = moshi.adapter(Integer.class);

    this.taskCountAdapter = moshi.adapter(Integer.class);

    this.authorAdapter = moshi.adapter(AuthorEntity.class);

    this.trainModeAdapter = moshi.adapter(TrainMode.class);

    this.samplesAdapter = moshi.adapter(
        com.squareup.moshi.Types.newParameterizedType(java.util.List.class, SampleEntity.class));

    this.languagesAdapter = moshi.adapter(
        com.squareup.moshi.Types.newParameterizedType(java.util.List.class, String.class));

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
      switch (reader.nextName()) {
        case "_id":

          builder.id(idAdapter.fromJson(reader));

          break;
        case "type":

          builder.type(typeAdapter.fromJson(reader));

          break;
        case "title":

          builder.title(titleAdapter.fromJson(reader));

          break;
        case "description":

          builder.description(descriptionAdapter.fromJson(reader));

          break;
        case "cover_image":

          builder.coverImage(coverImageAdapter.fromJson(reader));

          break;
        case "state":

          builder.state(stateAdapter.fromJson(reader));

          break;
        case "tags":

          builder.tags(tagsAdapter.fromJson(reader));

          break;
        case "created_at":
          builder.createdAt(JsonFields.readDateTime(reader, "created_at"));

          break;
        case "updated_at":
          builder.updatedAt(JsonFields.readDateTime(reader, "updated_at"));

          break;
        case "visibility":

          builder.visibility(visibilityAdapter.fromJson(reader));

          break;
        case "like_count":

          builder.likeCount(likeCountAdapter.fromJson(reader));

          break;
        case "mark_count":

          builder.markCount(markCountAdapter.fromJson(reader));

          break;
        case "shared_count":

          builder.sharedCount(sharedCountAdapter.fromJson(reader));

          break;
        case "task_count":

          builder.taskCount(taskCountAdapter.fromJson(reader));

          break;
        case "author":

          builder.author(authorAdapter.fromJson(reader));

          break;
        case "train_mode":

          builder.trainMode(trainModeAdapter.fromJson(reader));

          break;
        case "samples":

          builder.samples(samplesAdapter.fromJson(reader));

          break;
        case "languages":

          builder.languages(languagesAdapter.fromJson(reader));

          break;
        case "lock_visibility":

          builder.lockVisibility(lockVisibilityAdapter.fromJson(reader));

          break;
        case "unliked":

          builder.unliked(unlikedAdapter.fromJson(reader));

          break;
        case "liked":

          builder.liked(likedAdapter.fromJson(reader));

          break;
        case "marked":

          builder.marked(markedAdapter.fromJson(reader));

          break;
        case "dmca_taken_down":

          builder.dmcaTakenDown(dmcaTakenDownAdapter.fromJson(reader));

          break;
        case "default_text":

          builder.defaultText(defaultTextAdapter.fromJson(reader));

          break;
        case "source":

          builder.source(sourceAdapter.fromJson(reader));

          break;
        case "pvc_release_state":

          builder.pvcReleaseState(pvcReleaseStateAdapter.fromJson(reader));

          break;
        case "pvc_notice_period_months":

          builder.pvcNoticePeriodMonths(pvcNoticePeriodMonthsAdapter.fromJson(reader));

          break;
        case "pvc_released_at":
          builder.pvcReleasedAt(JsonFields.readDateTime(reader, "pvc_released_at"));

          break;
        case "pvc_retire_requested_at":
          builder.pvcRetireRequestedAt(JsonFields.readDateTime(reader, "pvc_retire_requested_at"));

          break;
        case "pvc_retire_effective_at":
          builder.pvcRetireEffectiveAt(JsonFields.readDateTime(reader, "pvc_retire_effective_at"));

          break;
        case "quality":

          builder.quality(qualityAdapter.fromJson(reader));

          break;
        default:
          reader.skipValue(); // A field this client does not know yet.
      }
    }
    reader.endObject();
    ModelEntity value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value '_id' missing or null at " + path);
    }
    if (value.type() == null) {
      throw new JsonDataException("Required value 'type' missing or null at " + path);
    }
    if (value.title() == null) {
      throw new JsonDataException("Required value 'title' missing or null at " + path);
    }
    if (value.description() == null) {
      throw new JsonDataException("Required value 'description' missing or null at " + path);
    }
    if (value.coverImage() == null) {
      throw new JsonDataException("Required value 'cover_image' missing or null at " + path);
    }
    if (value.state() == null) {
      throw new JsonDataException("Required value 'state' missing or null at " + path);
    }
    if (value.tags() == null) {
      throw new JsonDataException("Required value 'tags' missing or null at " + path);
    }
    if (value.createdAt() == null) {
      throw new JsonDataException("Required value 'created_at' missing or null at " + path);
    }
    if (value.updatedAt() == null) {
      throw new JsonDataException("Required value 'updated_at' missing or null at " + path);
    }
    if (value.visibility() == null) {
      throw new JsonDataException("Required value 'visibility' missing or null at " + path);
    }
    if (value.likeCount() == null) {
      throw new JsonDataException("Required value 'like_count' missing or null at " + path);
    }
    if (value.markCount() == null) {
      throw new JsonDataException("Required value 'mark_count' missing or null at " + path);
    }
    if (value.sharedCount() == null) {
      throw new JsonDataException("Required value 'shared_count' missing or null at " + path);
    }
    if (value.taskCount() == null) {
      throw new JsonDataException("Required value 'task_count' missing or null at " + path);
    }
    if (value.author() == null) {
      throw new JsonDataException("Required value 'author' missing or null at " + path);
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

    tagsAdapter.toJson(writer, value.tags());

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

    samplesAdapter.toJson(writer, value.samples());

    writer.name("languages");

    languagesAdapter.toJson(writer, value.languages());

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

