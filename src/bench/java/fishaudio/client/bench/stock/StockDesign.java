package fishaudio.client.bench.stock;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import org.openapitools.client.ApiClient;
import org.openapitools.client.JSON;
import org.openapitools.client.api.VoiceDesignApi;
import org.openapitools.client.model.VoiceDesignCandidate;
import org.openapitools.client.model.VoiceDesignRequest;
import org.openapitools.client.model.VoiceDesignResponse;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The anchor of {@code design_vs_stock_generator}: one voice-design call through the client the
 * stock openapi-generator {@code java}/{@code retrofit2}/Gson generator makes from the same spec;
 * returns the decoded audio bytes. NOT compiled by the {@code bench} profile: scripts/bench
 * generates the stock client and compiles this with scripts/lib/bench-stock-pom.xml, and the bench
 * loads it by name. Out of the box the stock client cannot read {@code format: byte} (its Gson has
 * no base64 adapter for {@code byte[]} and expects a JSON array); the adapter below is what a stock
 * user has to add. Its create-model takes one {@code MultipartBody.Part} for {@code voices}, so
 * three voices cannot go in one call, and no create-model ratio compares it.
 */
public final class StockDesign implements LongSupplier {
  private final VoiceDesignApi api;
  private final VoiceDesignRequest request =
      new VoiceDesignRequest().instruction("Warm, confident studio narrator with a natural tone").n(4);

  public StockDesign(String baseUrl) {
    ApiClient client = new ApiClient("bearerAuth");
    client.setBearerToken("bench-key");
    Retrofit.Builder builder = client.getAdapterBuilder().baseUrl(baseUrl);
    Gson gson = new JSON().getGson().newBuilder().registerTypeAdapter(byte[].class, new Base64Adapter()).create();
    List<Converter.Factory> factories = builder.converterFactories(); // [scalars, stock Gson]
    factories.set(factories.size() - 1, GsonConverterFactory.create(gson));
    api = client.createService(VoiceDesignApi.class);
  }

  @Override
  public long getAsLong() {
    try {
      Response<VoiceDesignResponse> response = api.designVoice("voice-design-1", request).execute();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      long total = 0;
      for (VoiceDesignCandidate candidate : response.body().getCandidates()) {
        total += candidate.getAudioBase64().length;
      }
      return total;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** base64 text to and from {@code byte[]} with java.util.Base64, streaming like Gson's own adapters. */
  static final class Base64Adapter extends TypeAdapter<byte[]> {
    @Override
    public void write(JsonWriter out, byte[] value) throws IOException {
      out.value(value == null ? null : Base64.getEncoder().encodeToString(value));
    }

    @Override
    public byte[] read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return Base64.getDecoder().decode(in.nextString());
    }
  }
}
