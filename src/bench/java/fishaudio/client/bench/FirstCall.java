package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.lang.management.ManagementFactory;

/**
 * One voice-design call in a fresh JVM, through the client or through raw OkHttp + Moshi, then
 * prints "MS_SINCE_JVM_START PROCESS_CPU_MS" and exits. Started by {@link FirstCallDriver}.
 *
 * <p>Arguments: client|raw BASE_URL
 */
public final class FirstCall {
  public static void main(String[] args) {
    int bytes;
    if (args[0].equals("client")) {
      try (FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(args[1]).build()) {
        bytes = client.voiceDesign().designVoice(VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(4).build())
            .candidates().size();
      }
    } else {
      RawClients raw = new RawClients(args[1], Payloads.API_KEY);
      bytes = raw.designVoice(Payloads.INSTRUCTION, 4, RawClients.Decode.JDK).size();
      raw.close();
    }
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(ms + " " + Stats.processCpuNanos() / 1_000_000 + " " + bytes);
    System.exit(0); // OkHttp's pool threads would keep the JVM up for a minute
  }
}
