// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonClass;
import java.util.Objects;
import java.math.BigDecimal;
import java.math.BigDecimal;
import java.math.BigDecimal;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What to speak and how. Speak with a voice model (`reference_id`, or several for a dialogue on the S2 models) or with inline reference audio (`references`, which needs MessagePack: the client sends it as such by itself). 
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #validate()} checks it against the
 * spec's constraints.
 */
@JsonClass(generateAdapter = true, generator = "openapi/templates")
public final class TtsRequest implements Received {
  private final String text;
  private final java.util.@Nullable List<String> referenceId;
  private final java.util.@Nullable List<ReferenceAudio> references;
  private final @Nullable TtsRequestFormat format;
  private final @Nullable Integer sampleRate;
  private final @Nullable TtsRequestMp3Bitrate mp3Bitrate;
  private final @Nullable TtsRequestOpusBitrate opusBitrate;
  private final @Nullable TtsRequestLatency latency;
  private final @Nullable Integer chunkLength;
  private final @Nullable Boolean normalize;
  private final @Nullable ProsodyControl prosody;
  private final @Nullable Double temperature;
  private final @Nullable Double topP;
  private final @Nullable Integer maxNewTokens;
  private final @Nullable Double repetitionPenalty;
  private final @Nullable Integer minChunkLength;
  private final @Nullable Boolean conditionOnPreviousChunks;
  private final @Nullable Double earlyStopThreshold;
  private final java.util.@Nullable List<String> features;

  private TtsRequest(Builder builder) {
    this.text = builder.text;
    this.referenceId = builder.referenceId == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.referenceId));
    this.references = builder.references == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.references));
    this.format = builder.format;
    this.sampleRate = builder.sampleRate;
    this.mp3Bitrate = builder.mp3Bitrate;
    this.opusBitrate = builder.opusBitrate;
    this.latency = builder.latency;
    this.chunkLength = builder.chunkLength;
    this.normalize = builder.normalize;
    this.prosody = builder.prosody;
    this.temperature = builder.temperature;
    this.topP = builder.topP;
    this.maxNewTokens = builder.maxNewTokens;
    this.repetitionPenalty = builder.repetitionPenalty;
    this.minChunkLength = builder.minChunkLength;
    this.conditionOnPreviousChunks = builder.conditionOnPreviousChunks;
    this.earlyStopThreshold = builder.earlyStopThreshold;
    this.features = builder.features == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(builder.features));
  }

  /** Returns a builder with every field unset, except a field whose enum has one value, which holds it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.text = text;
    builder.referenceId = referenceId;
    builder.references = references;
    builder.format = format;
    builder.sampleRate = sampleRate;
    builder.mp3Bitrate = mp3Bitrate;
    builder.opusBitrate = opusBitrate;
    builder.latency = latency;
    builder.chunkLength = chunkLength;
    builder.normalize = normalize;
    builder.prosody = prosody;
    builder.temperature = temperature;
    builder.topP = topP;
    builder.maxNewTokens = maxNewTokens;
    builder.repetitionPenalty = repetitionPenalty;
    builder.minChunkLength = minChunkLength;
    builder.conditionOnPreviousChunks = conditionOnPreviousChunks;
    builder.earlyStopThreshold = earlyStopThreshold;
    builder.features = features;
    return builder;
  }

  /**
   * The text to speak; empty in the start of a live session, whose text follows in `text` messages.
   *
   * <p>JSON name {@code text}; required.
   */
  public String text() {
    return text;
  }

  /**
   * A voice model id, or several (one per speaker, S2 models only).
   *
   * <p>JSON name {@code reference_id}; optional.
   */
  public java.util.@Nullable List<String> referenceId() {
    return referenceId;
  }

  /**
   * Reference audio with its transcript, for a voice without a model; needs MessagePack.
   *
   * <p>JSON name {@code references}; optional, may be null.
   */
  public java.util.@Nullable List<ReferenceAudio> references() {
    return references;
  }

  /**
   * The audio format. See {@link TtsRequestFormat}.
   *
   * <p>JSON name {@code format}; optional. The spec gives a default for when it is not sent: see {@link #formatOrDefault()}.
   */
  public @Nullable TtsRequestFormat format() {
    return format;
  }

  /** {@link #format()}, or the spec's default when it was not sent: {@code TtsRequestFormat.MP3}. */
  public TtsRequestFormat formatOrDefault() {
    return format != null ? format : TtsRequestFormat.MP3;
  }

  /**
   * Samples per second; when left out, 44100 (48000 for opus).
   *
   * <p>JSON name {@code sample_rate}; optional, may be null.
   */
  public @Nullable Integer sampleRate() {
    return sampleRate;
  }

  /**
   * The mp3 bitrate in kbps. See {@link TtsRequestMp3Bitrate}.
   *
   * <p>JSON name {@code mp3_bitrate}; optional. The spec gives a default for when it is not sent: see {@link #mp3BitrateOrDefault()}.
   */
  public @Nullable TtsRequestMp3Bitrate mp3Bitrate() {
    return mp3Bitrate;
  }

  /** {@link #mp3Bitrate()}, or the spec's default when it was not sent: {@code TtsRequestMp3Bitrate.NUMBER_128}. */
  public TtsRequestMp3Bitrate mp3BitrateOrDefault() {
    return mp3Bitrate != null ? mp3Bitrate : TtsRequestMp3Bitrate.NUMBER_128;
  }

  /**
   * The opus bitrate in bps; -1000 for automatic. See {@link TtsRequestOpusBitrate}.
   *
   * <p>JSON name {@code opus_bitrate}; optional. The spec gives a default for when it is not sent: see {@link #opusBitrateOrDefault()}.
   */
  public @Nullable TtsRequestOpusBitrate opusBitrate() {
    return opusBitrate;
  }

  /** {@link #opusBitrate()}, or the spec's default when it was not sent: {@code TtsRequestOpusBitrate.NUMBER_MINUS_1000}. */
  public TtsRequestOpusBitrate opusBitrateOrDefault() {
    return opusBitrate != null ? opusBitrate : TtsRequestOpusBitrate.NUMBER_MINUS_1000;
  }

  /**
   * The latency and quality trade-off: normal is the best quality, low the lowest latency. See {@link TtsRequestLatency}.
   *
   * <p>JSON name {@code latency}; optional. The spec gives a default for when it is not sent: see {@link #latencyOrDefault()}.
   */
  public @Nullable TtsRequestLatency latency() {
    return latency;
  }

  /** {@link #latency()}, or the spec's default when it was not sent: {@code TtsRequestLatency.NORMAL}. */
  public TtsRequestLatency latencyOrDefault() {
    return latency != null ? latency : TtsRequestLatency.NORMAL;
  }

  /**
   * Characters per text chunk.
   *
   * <p>JSON name {@code chunk_length}; optional. The spec gives a default for when it is not sent: see {@link #chunkLengthOrDefault()}.
   */
  public @Nullable Integer chunkLength() {
    return chunkLength;
  }

  /** {@link #chunkLength()}, or the spec's default when it was not sent: {@code 300}. */
  public int chunkLengthOrDefault() {
    return chunkLength != null ? chunkLength : 300;
  }

  /**
   * Normalise English and Chinese text, for numbers especially.
   *
   * <p>JSON name {@code normalize}; optional. The spec gives a default for when it is not sent: see {@link #normalizeOrDefault()}.
   */
  public @Nullable Boolean normalize() {
    return normalize;
  }

  /** {@link #normalize()}, or the spec's default when it was not sent: {@code true}. */
  public boolean normalizeOrDefault() {
    return normalize != null ? normalize : true;
  }

  /**
   * Speed and volume.
   *
   * <p>JSON name {@code prosody}; optional, may be null.
   */
  public @Nullable ProsodyControl prosody() {
    return prosody;
  }

  /**
   * Expressiveness; higher is more varied.
   *
   * <p>JSON name {@code temperature}; optional. The spec gives a default for when it is not sent: see {@link #temperatureOrDefault()}.
   */
  public @Nullable Double temperature() {
    return temperature;
  }

  /** {@link #temperature()}, or the spec's default when it was not sent. */
  public double temperatureOrDefault() {
    return temperature != null ? temperature : new BigDecimal("0.7").doubleValue();
  }

  /**
   * Diversity, by nucleus sampling.
   *
   * <p>JSON name {@code top_p}; optional. The spec gives a default for when it is not sent: see {@link #topPOrDefault()}.
   */
  public @Nullable Double topP() {
    return topP;
  }

  /** {@link #topP()}, or the spec's default when it was not sent. */
  public double topPOrDefault() {
    return topP != null ? topP : new BigDecimal("0.7").doubleValue();
  }

  /**
   * The most audio tokens a text chunk makes.
   *
   * <p>JSON name {@code max_new_tokens}; optional. The spec gives a default for when it is not sent: see {@link #maxNewTokensOrDefault()}.
   */
  public @Nullable Integer maxNewTokens() {
    return maxNewTokens;
  }

  /** {@link #maxNewTokens()}, or the spec's default when it was not sent: {@code 1024}. */
  public int maxNewTokensOrDefault() {
    return maxNewTokens != null ? maxNewTokens : 1024;
  }

  /**
   * A penalty on repeated audio; above 1 repeats less.
   *
   * <p>JSON name {@code repetition_penalty}; optional. The spec gives a default for when it is not sent: see {@link #repetitionPenaltyOrDefault()}.
   */
  public @Nullable Double repetitionPenalty() {
    return repetitionPenalty;
  }

  /** {@link #repetitionPenalty()}, or the spec's default when it was not sent. */
  public double repetitionPenaltyOrDefault() {
    return repetitionPenalty != null ? repetitionPenalty : new BigDecimal("1.2").doubleValue();
  }

  /**
   * Characters before a new chunk starts.
   *
   * <p>JSON name {@code min_chunk_length}; optional. The spec gives a default for when it is not sent: see {@link #minChunkLengthOrDefault()}.
   */
  public @Nullable Integer minChunkLength() {
    return minChunkLength;
  }

  /** {@link #minChunkLength()}, or the spec's default when it was not sent: {@code 50}. */
  public int minChunkLengthOrDefault() {
    return minChunkLength != null ? minChunkLength : 50;
  }

  /**
   * Use the audio so far as context, for a consistent voice.
   *
   * <p>JSON name {@code condition_on_previous_chunks}; optional. The spec gives a default for when it is not sent: see {@link #conditionOnPreviousChunksOrDefault()}.
   */
  public @Nullable Boolean conditionOnPreviousChunks() {
    return conditionOnPreviousChunks;
  }

  /** {@link #conditionOnPreviousChunks()}, or the spec's default when it was not sent: {@code true}. */
  public boolean conditionOnPreviousChunksOrDefault() {
    return conditionOnPreviousChunks != null ? conditionOnPreviousChunks : true;
  }

  /**
   * Early stopping threshold for batch processing.
   *
   * <p>JSON name {@code early_stop_threshold}; optional. The spec gives a default for when it is not sent: see {@link #earlyStopThresholdOrDefault()}.
   */
  public @Nullable Double earlyStopThreshold() {
    return earlyStopThreshold;
  }

  /** {@link #earlyStopThreshold()}, or the spec's default when it was not sent. */
  public double earlyStopThresholdOrDefault() {
    return earlyStopThreshold != null ? earlyStopThreshold : new BigDecimal("1").doubleValue();
  }

  /**
   * Feature flags for the request, such as `quality-guard`.
   *
   * <p>JSON name {@code features}; optional.
   */
  public java.util.@Nullable List<String> features() {
    return features;
  }

  /**
   * Checks this value against the constraints the spec states: required fields, lengths,
   * bounds, item counts, enum values and the cross-field rules in its {@code x-} extensions.
   *
   * @throws ConstraintViolation naming the first field that breaks one, and the bound it breaks
   */
  public void validate() {
    ConstraintViolation.required("text", text);
    ConstraintViolation.noNullItems("reference_id", referenceId);
    ConstraintViolation.noNullItems("references", references);
    if (references != null) {
      for (int i = 0; i < references.size(); i++) {
        if (references.get(i) != null) {
          try {
            references.get(i).validate();
          } catch (ConstraintViolation violation) {
            throw violation.within("references[" + i + "]");
          }
        }
      }
    }
    if (format != null && !format.isKnown()) {
      throw new ConstraintViolation("format", "must be one of " + TtsRequestFormat.values() + ", was " + format);
    }
    ConstraintViolation.minimum("sample_rate", sampleRate, "1", false);
    if (mp3Bitrate != null && !mp3Bitrate.isKnown()) {
      throw new ConstraintViolation("mp3_bitrate", "must be one of " + TtsRequestMp3Bitrate.values() + ", was " + mp3Bitrate);
    }
    if (opusBitrate != null && !opusBitrate.isKnown()) {
      throw new ConstraintViolation("opus_bitrate", "must be one of " + TtsRequestOpusBitrate.values() + ", was " + opusBitrate);
    }
    if (latency != null && !latency.isKnown()) {
      throw new ConstraintViolation("latency", "must be one of " + TtsRequestLatency.values() + ", was " + latency);
    }
    ConstraintViolation.minimum("chunk_length", chunkLength, "100", false);
    ConstraintViolation.maximum("chunk_length", chunkLength, "300", false);
    if (prosody != null) {
      try {
        prosody.validate();
      } catch (ConstraintViolation violation) {
        throw violation.within("prosody");
      }
    }
    ConstraintViolation.minimum("temperature", temperature, "0", false);
    ConstraintViolation.maximum("temperature", temperature, "1", false);
    ConstraintViolation.finite("temperature", temperature);
    ConstraintViolation.minimum("top_p", topP, "0", false);
    ConstraintViolation.maximum("top_p", topP, "1", false);
    ConstraintViolation.finite("top_p", topP);
    ConstraintViolation.minimum("max_new_tokens", maxNewTokens, "1", false);
    ConstraintViolation.minimum("repetition_penalty", repetitionPenalty, "0", false);
    ConstraintViolation.finite("repetition_penalty", repetitionPenalty);
    ConstraintViolation.minimum("min_chunk_length", minChunkLength, "0", false);
    ConstraintViolation.maximum("min_chunk_length", minChunkLength, "100", false);
    ConstraintViolation.minimum("early_stop_threshold", earlyStopThreshold, "0", false);
    ConstraintViolation.maximum("early_stop_threshold", earlyStopThreshold, "1", false);
    ConstraintViolation.finite("early_stop_threshold", earlyStopThreshold);
    ConstraintViolation.noNullItems("features", features);
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
    if (references != null) {
      for (int i = 0; i < references.size(); i++) {
        try {
          references.get(i).validateReceived();
        } catch (ConstraintViolation violation) {
          throw violation.within("references[" + i + "]");
        }
      }
    }
    ConstraintViolation.minimum("sample_rate", sampleRate, "1", false);
    ConstraintViolation.minimum("chunk_length", chunkLength, "100", false);
    ConstraintViolation.maximum("chunk_length", chunkLength, "300", false);
    if (prosody != null) {
      try {
        prosody.validateReceived();
      } catch (ConstraintViolation violation) {
        throw violation.within("prosody");
      }
    }
    ConstraintViolation.minimum("temperature", temperature, "0", false);
    ConstraintViolation.maximum("temperature", temperature, "1", false);
    ConstraintViolation.minimum("top_p", topP, "0", false);
    ConstraintViolation.maximum("top_p", topP, "1", false);
    ConstraintViolation.minimum("max_new_tokens", maxNewTokens, "1", false);
    ConstraintViolation.minimum("repetition_penalty", repetitionPenalty, "0", false);
    ConstraintViolation.minimum("min_chunk_length", minChunkLength, "0", false);
    ConstraintViolation.maximum("min_chunk_length", minChunkLength, "100", false);
    ConstraintViolation.minimum("early_stop_threshold", earlyStopThreshold, "0", false);
    ConstraintViolation.maximum("early_stop_threshold", earlyStopThreshold, "1", false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TtsRequest)) {
      return false;
    }
    TtsRequest that = (TtsRequest) other;
    return Objects.equals(text, that.text)
        && Objects.equals(referenceId, that.referenceId)
        && Objects.equals(references, that.references)
        && Objects.equals(format, that.format)
        && Objects.equals(sampleRate, that.sampleRate)
        && Objects.equals(mp3Bitrate, that.mp3Bitrate)
        && Objects.equals(opusBitrate, that.opusBitrate)
        && Objects.equals(latency, that.latency)
        && Objects.equals(chunkLength, that.chunkLength)
        && Objects.equals(normalize, that.normalize)
        && Objects.equals(prosody, that.prosody)
        && Objects.equals(temperature, that.temperature)
        && Objects.equals(topP, that.topP)
        && Objects.equals(maxNewTokens, that.maxNewTokens)
        && Objects.equals(repetitionPenalty, that.repetitionPenalty)
        && Objects.equals(minChunkLength, that.minChunkLength)
        && Objects.equals(conditionOnPreviousChunks, that.conditionOnPreviousChunks)
        && Objects.equals(earlyStopThreshold, that.earlyStopThreshold)
        && Objects.equals(features, that.features);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, referenceId, references, format, sampleRate, mp3Bitrate, opusBitrate, latency, chunkLength, normalize, prosody, temperature, topP, maxNewTokens, repetitionPenalty, minChunkLength, conditionOnPreviousChunks, earlyStopThreshold, features);
  }

  /** Field by field; audio payloads appear as their size only, so a log line stays short. */
  @Override
  public String toString() {
    return "TtsRequest{"
        + "text=" + text + ", "
        + "reference_id=" + referenceId + ", "
        + "references=" + references + ", "
        + "format=" + format + ", "
        + "sample_rate=" + sampleRate + ", "
        + "mp3_bitrate=" + mp3Bitrate + ", "
        + "opus_bitrate=" + opusBitrate + ", "
        + "latency=" + latency + ", "
        + "chunk_length=" + chunkLength + ", "
        + "normalize=" + normalize + ", "
        + "prosody=" + prosody + ", "
        + "temperature=" + temperature + ", "
        + "top_p=" + topP + ", "
        + "max_new_tokens=" + maxNewTokens + ", "
        + "repetition_penalty=" + repetitionPenalty + ", "
        + "min_chunk_length=" + minChunkLength + ", "
        + "condition_on_previous_chunks=" + conditionOnPreviousChunks + ", "
        + "early_stop_threshold=" + earlyStopThreshold + ", "
        + "features=" + features
        + "}";
  }

  /** Builds a {@link TtsRequest}. Setters take the value as is; {@link #build()} does not validate. */
  public static final class Builder {
    private @Nullable String text;
    private java.util.@Nullable List<String> referenceId;
    private java.util.@Nullable List<ReferenceAudio> references;
    private @Nullable TtsRequestFormat format;
    private @Nullable Integer sampleRate;
    private @Nullable TtsRequestMp3Bitrate mp3Bitrate;
    private @Nullable TtsRequestOpusBitrate opusBitrate;
    private @Nullable TtsRequestLatency latency;
    private @Nullable Integer chunkLength;
    private @Nullable Boolean normalize;
    private @Nullable ProsodyControl prosody;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer maxNewTokens;
    private @Nullable Double repetitionPenalty;
    private @Nullable Integer minChunkLength;
    private @Nullable Boolean conditionOnPreviousChunks;
    private @Nullable Double earlyStopThreshold;
    private java.util.@Nullable List<String> features;

    private Builder() {}

    /** Sets {@code text}: The text to speak; empty in the start of a live session, whose text follows in `text` messages. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Sets {@code reference_id}: A voice model id, or several (one per speaker, S2 models only). */
    public Builder referenceId(java.util.@Nullable List<String> referenceId) {
      this.referenceId = referenceId;
      return this;
    }

    /** Sets {@code reference_id} to one value, which is sent as the value alone. */
    public Builder referenceId(String referenceId) {
      this.referenceId = referenceId == null ? null : java.util.Collections.singletonList(referenceId);
      return this;
    }

    /** Sets {@code references}: Reference audio with its transcript, for a voice without a model; needs MessagePack. */
    public Builder references(java.util.@Nullable List<ReferenceAudio> references) {
      this.references = references;
      return this;
    }

    /** Sets {@code format}: The audio format. */
    public Builder format(@Nullable TtsRequestFormat format) {
      this.format = format;
      return this;
    }

    /** Sets {@code sample_rate}: Samples per second; when left out, 44100 (48000 for opus). */
    public Builder sampleRate(@Nullable Integer sampleRate) {
      this.sampleRate = sampleRate;
      return this;
    }

    /** Sets {@code sample_rate} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder sampleRate(int sampleRate) {
      this.sampleRate = sampleRate;
      return this;
    }

    /** Sets {@code mp3_bitrate}: The mp3 bitrate in kbps. */
    public Builder mp3Bitrate(@Nullable TtsRequestMp3Bitrate mp3Bitrate) {
      this.mp3Bitrate = mp3Bitrate;
      return this;
    }

    /** Sets {@code opus_bitrate}: The opus bitrate in bps; -1000 for automatic. */
    public Builder opusBitrate(@Nullable TtsRequestOpusBitrate opusBitrate) {
      this.opusBitrate = opusBitrate;
      return this;
    }

    /** Sets {@code latency}: The latency and quality trade-off: normal is the best quality, low the lowest latency. */
    public Builder latency(@Nullable TtsRequestLatency latency) {
      this.latency = latency;
      return this;
    }

    /** Sets {@code chunk_length}: Characters per text chunk. */
    public Builder chunkLength(@Nullable Integer chunkLength) {
      this.chunkLength = chunkLength;
      return this;
    }

    /** Sets {@code chunk_length} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder chunkLength(int chunkLength) {
      this.chunkLength = chunkLength;
      return this;
    }

    /** Sets {@code normalize}: Normalise English and Chinese text, for numbers especially. */
    public Builder normalize(@Nullable Boolean normalize) {
      this.normalize = normalize;
      return this;
    }

    /** Sets {@code normalize} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder normalize(boolean normalize) {
      this.normalize = normalize;
      return this;
    }

    /** Sets {@code prosody}: Speed and volume. */
    public Builder prosody(@Nullable ProsodyControl prosody) {
      this.prosody = prosody;
      return this;
    }

    /** Sets {@code temperature}: Expressiveness; higher is more varied. */
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /** Sets {@code temperature} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder temperature(double temperature) {
      this.temperature = temperature;
      return this;
    }

    /** Sets {@code top_p}: Diversity, by nucleus sampling. */
    public Builder topP(@Nullable Double topP) {
      this.topP = topP;
      return this;
    }

    /** Sets {@code top_p} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder topP(double topP) {
      this.topP = topP;
      return this;
    }

    /** Sets {@code max_new_tokens}: The most audio tokens a text chunk makes. */
    public Builder maxNewTokens(@Nullable Integer maxNewTokens) {
      this.maxNewTokens = maxNewTokens;
      return this;
    }

    /** Sets {@code max_new_tokens} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder maxNewTokens(int maxNewTokens) {
      this.maxNewTokens = maxNewTokens;
      return this;
    }

    /** Sets {@code repetition_penalty}: A penalty on repeated audio; above 1 repeats less. */
    public Builder repetitionPenalty(@Nullable Double repetitionPenalty) {
      this.repetitionPenalty = repetitionPenalty;
      return this;
    }

    /** Sets {@code repetition_penalty} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder repetitionPenalty(double repetitionPenalty) {
      this.repetitionPenalty = repetitionPenalty;
      return this;
    }

    /** Sets {@code min_chunk_length}: Characters before a new chunk starts. */
    public Builder minChunkLength(@Nullable Integer minChunkLength) {
      this.minChunkLength = minChunkLength;
      return this;
    }

    /** Sets {@code min_chunk_length} from a plain {@code int}; the boxed overload takes null for "not sent". */
    public Builder minChunkLength(int minChunkLength) {
      this.minChunkLength = minChunkLength;
      return this;
    }

    /** Sets {@code condition_on_previous_chunks}: Use the audio so far as context, for a consistent voice. */
    public Builder conditionOnPreviousChunks(@Nullable Boolean conditionOnPreviousChunks) {
      this.conditionOnPreviousChunks = conditionOnPreviousChunks;
      return this;
    }

    /** Sets {@code condition_on_previous_chunks} from a plain {@code boolean}; the boxed overload takes null for "not sent". */
    public Builder conditionOnPreviousChunks(boolean conditionOnPreviousChunks) {
      this.conditionOnPreviousChunks = conditionOnPreviousChunks;
      return this;
    }

    /** Sets {@code early_stop_threshold}: Early stopping threshold for batch processing. */
    public Builder earlyStopThreshold(@Nullable Double earlyStopThreshold) {
      this.earlyStopThreshold = earlyStopThreshold;
      return this;
    }

    /** Sets {@code early_stop_threshold} from a plain {@code double}; the boxed overload takes null for "not sent". */
    public Builder earlyStopThreshold(double earlyStopThreshold) {
      this.earlyStopThreshold = earlyStopThreshold;
      return this;
    }

    /** Sets {@code features}: Feature flags for the request, such as `quality-guard`. */
    public Builder features(java.util.@Nullable List<String> features) {
      this.features = features;
      return this;
    }

    /** Returns the value. */
    public TtsRequest build() {
      return new TtsRequest(this);
    }
  }
}

