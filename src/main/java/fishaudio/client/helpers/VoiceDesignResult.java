package fishaudio.client.helpers;

import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The candidates a voice-design call returned, each with its audio decoded and checked. */
public final class VoiceDesignResult {
  private final VoiceDesignResponse response;
  private final List<VoiceCandidate> candidates;

  private VoiceDesignResult(VoiceDesignResponse response, List<VoiceCandidate> candidates) {
    this.response = response;
    this.candidates = candidates;
  }

  public static VoiceDesignResult from(VoiceDesignResponse response) {
    List<VoiceCandidate> candidates = new ArrayList<>();
    for (VoiceDesignCandidate candidate : response.candidates()) {
      candidates.add(VoiceCandidate.of(candidate));
    }
    return new VoiceDesignResult(response, Collections.unmodifiableList(candidates));
  }

  /** The candidates, in the order the server sent them. */
  public List<VoiceCandidate> candidates() {
    return candidates;
  }

  /** The generated response model, for fields this class does not surface. */
  public VoiceDesignResponse generated() {
    return response;
  }

  @Override
  public String toString() {
    return "VoiceDesignResult{candidates=" + candidates + "}";
  }
}
