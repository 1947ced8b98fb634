package fishaudio.client.bench.stock;

import fishaudio.client.bench.LoopbackServer;
import fishaudio.client.bench.Payloads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.openapitools.client.ApiClient;
import org.openapitools.client.api.VoiceCloningApi;
import org.openapitools.client.model.CreateModelTrainMode;
import org.openapitools.client.model.CreateModelType;
import org.openapitools.client.model.Visibility;
import retrofit2.Response;

/**
 * Finds out, once per run, what the stock client does with our spec, for the report: does a
 * voice-design call work out of the box, and what does its create-model request look like on the
 * wire. Prints one JSON object.
 */
public final class StockProbe {
  public static void main(String[] args) throws Exception {
    List<String> fields = new ArrayList<>();
    byte[] design = Payloads.designResponse(4, 2000);
    long expected = 4 * Payloads.wavSize(2000);
    try (LoopbackServer server = new LoopbackServer(64 * 1024)
        .route("POST", "/v1/voice-design", 200, "application/json", LoopbackServer.bytes(design))
        .route("POST", "/model", 201, "application/json", LoopbackServer.utf8(Payloads.MODEL_ENTITY_JSON))
        .start()) {
      try {
        int n = new StockDesign(server.url(), Payloads.API_KEY, false).getAsInt();
        fields.add(field("design_out_of_box", n == expected ? "works" : "wrong size " + n));
      } catch (Throwable e) {
        fields.add(field("design_out_of_box", "fails: " + rootCause(e)));
      }
      try {
        int n = new StockDesign(server.url(), Payloads.API_KEY, true).getAsInt();
        fields.add(field("design_with_base64_adapter", n == expected ? "works" : "wrong size " + n));
      } catch (Throwable e) {
        fields.add(field("design_with_base64_adapter", "fails: " + rootCause(e)));
      }

      // create-model: the signature takes ONE MultipartBody.Part for `voices`, so three voices cannot go in one call.
      String signature = Arrays.toString(Arrays.stream(VoiceCloningApi.class.getMethods())
          .filter(m -> m.getName().equals("createModel")).findFirst().get().getParameterTypes());
      fields.add(field("create_model_signature", signature));
      ApiClient client = new ApiClient("bearerAuth");
      client.setBearerToken(Payloads.API_KEY);
      client.getAdapterBuilder().baseUrl(server.url());
      VoiceCloningApi api = client.createService(VoiceCloningApi.class);
      MultipartBody.Part voice = MultipartBody.Part.createFormData("voices", "voice-1.wav",
          RequestBody.create(Payloads.wavOfSize(1024, 1), MediaType.get("audio/wav")));
      try {
        Response<?> response = api.createModel(CreateModelType.TTS, "Studio narrator", CreateModelTrainMode.FAST,
            voice, Visibility.PRIVATE, null, null, Arrays.asList("one", "two"), null, null, null).execute();
        fields.add(field("create_model_one_voice_status", String.valueOf(response.code())));
      } catch (Throwable e) {
        fields.add(field("create_model_one_voice_status", "fails: " + rootCause(e)));
      }
      fields.add(field("create_model_parts", parts(server.lastRequest())));
    }
    System.out.println("{" + String.join(",", fields) + "}");
  }

  /** "name [content-type] = preview" for each part of the kept multipart body. */
  private static String parts(byte[] request) {
    String text = new String(request, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    String boundary = null;
    for (String line : text.substring(0, headEnd).split("\r\n")) {
      int at = line.toLowerCase().indexOf("boundary=");
      if (line.toLowerCase().startsWith("content-type:") && at >= 0) {
        boundary = line.substring(at + "boundary=".length()).trim();
      }
    }
    if (boundary == null) {
      return "not multipart";
    }
    List<String> out = new ArrayList<>();
    String body = text.substring(headEnd + 4);
    for (String part : body.split("--" + java.util.regex.Pattern.quote(boundary))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      String name = "?";
      String type = "";
      for (String line : part.substring(0, split).trim().split("\r\n")) {
        String lower = line.toLowerCase();
        if (lower.startsWith("content-disposition:")) {
          int n = line.indexOf("name=\"");
          name = line.substring(n + 6, line.indexOf('"', n + 6));
        } else if (lower.startsWith("content-type:")) {
          type = line.substring(13).trim();
        }
      }
      String value = part.substring(split + 4).replaceAll("\r\n$", "");
      String preview = type.startsWith("audio/") ? "<" + value.length() + " bytes>"
          : value.length() > 30 ? value.substring(0, 30) + "..." : value;
      out.add(name + " [" + type + "] = " + preview);
    }
    return String.join("; ", out);
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getName() + ": " + root.getMessage();
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static String field(String name, String value) {
    return "\"" + name + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }
}
