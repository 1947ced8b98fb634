package fishaudio.client.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared voice-design JSON builder writes the fields the spec names, and its parts join into the whole. */
class CandidateJsonTest {
  private final JsonAdapter<Map<String, Object>> json = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  @Test
  void aResponseCarriesEachCandidateWithItsBase64Audio() throws Exception {
    byte[] wav = WavFiles.silence(24000, 4);

    Map<String, Object> response = json.fromJson(CandidateJson.designResponse(
        CandidateJson.candidate("cand_1", 1, wav, 24000, 10, "Hello", "Warm"),
        CandidateJson.candidate("cand_2", 2, "!!!", 16000, 20, "Bye", "Calm")));

    List<?> candidates = (List<?>) response.get("candidates");
    assertEquals(2, candidates.size());
    Map<?, ?> first = (Map<?, ?>) candidates.get(0);
    assertEquals("cand_1", first.get("id"));
    assertEquals(1.0, first.get("index"));
    assertEquals(Base64.getEncoder().encodeToString(wav), first.get("audio_base64"));
    assertEquals(24000.0, first.get("sample_rate"));
    assertEquals(10.0, first.get("duration_ms"));
    assertEquals("Hello", first.get("text"));
    assertEquals("Warm", first.get("instruct"));
    assertEquals("en", first.get("language"));
    assertEquals("!!!", ((Map<?, ?>) candidates.get(1)).get("audio_base64"));
  }

  @Test
  void prefixAudioAndSuffixMakeTheWholeCandidate() {
    assertEquals(CandidateJson.candidate("c", 3, "UklGRg==", 44100, 5, "t", "i"),
        CandidateJson.prefix("c", 3) + "UklGRg==" + CandidateJson.suffix(44100, 5, "t", "i"));
  }
}
