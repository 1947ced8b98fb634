package fishaudio.client.bench.stock;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.function.IntSupplier;
import okhttp3.OkHttpClient;
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
 * The anchor for {@code design_vs_stock_generator}: one voice-design call through the client the
 * stock openapi-generator {@code java}/{@code retrofit2}/Gson generator makes from the same spec
 * (generated and compiled by scripts/bench, never committed).
 *
 * <p>NOT compiled by the {@code bench} profile (it needs the stock client): scripts/bench compiles
 * it with the throwaway pom in scripts/lib/bench-stock-pom.xml. The benchmarks load it by name as
 * an {@link IntSupplier} that returns the decoded audio bytes of one call.
 *
 * <p>Out of the box the stock client cannot read {@code format: byte}: its Gson has no base64
 * adapter for {@code byte[]}, so it expects a JSON array of numbers and fails on the base64 string
 * (see {@link StockProbe}). {@code base64Fix} registers the few lines a stock user has to add.
 */
public final class StockDesign implements IntSupplier, AutoCloseable {
  private final VoiceDesignApi api;
  private final VoiceDesignRequest request;
  private final ApiClient client;

  public StockDesign(String baseUrl, String apiKey) {
    this(baseUrl, apiKey, true);
  }

  public StockDesign(String baseUrl, String apiKey, boolean base64Fix) {
    client = new ApiClient("bearerAuth");
    client.setBearerToken(apiKey);
    Retrofit.Builder builder = client.getAdapterBuilder().baseUrl(baseUrl);
    if (base64Fix) {
      Gson gson = new JSON().getGson().newBuilder().registerTypeAdapter(byte[].class, new Base64Adapter()).create();
      List<Converter.Factory> factories = builder.converterFactories(); // [scalars, stock Gson]
      factories.set(factories.size() - 1, GsonConverterFactory.create(gson));
    }
    api = client.createService(VoiceDesignApi.class);
    request = new VoiceDesignRequest()
        .instruction("Warm, confident studio narrator with a natural tone")
        .n(4);
  }

  @Override
  public int getAsInt() {
    try {
      Response<VoiceDesignResponse> response = api.designVoice("voice-design-1", request).execute();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      int total = 0;
      for (VoiceDesignCandidate candidate : response.body().getCandidates()) {
        total += candidate.getAudioBase64().length;
      }
      return total;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    OkHttpClient http = client.getOkBuilder().build();
    http.connectionPool().evictAll();
  }

  /** base64 text to and from {@code byte[]}, with java.util.Base64. */
  static final class Base64Adapter extends TypeAdapter<byte[]> {
    @Override
    public void write(JsonWriter out, byte[] value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(Base64.getEncoder().encodeToString(value));
      }
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
