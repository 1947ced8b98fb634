package fishaudio.client;

import fishaudio.client.errors.InvalidRequestException;

import fishaudio.client.generated.DesignVoiceModel;

import fishaudio.client.errors.ConfigurationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A key or model header HTTP cannot carry is refused by build(), without printing the key. */
@Timeout(30)
class HeaderValueCheckTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @ParameterizedTest
  @ValueSource(strings = {"sk-PRIVATE\r\nX-Evil: 1", "sk-PRIVATE\nmore", "sk-PRIVATE\u00e9", "sk-PRIVATE\u0000x", "sk-PRIVATE\u007fx"})
  void aKeyWithCharactersAHeaderCannotCarryIsAConfigurationError(String key) {
    ConfigurationException e = fixture.assertThrows(ConfigurationException.class,
        () -> fixture.builder().apiKey(key).build());

    assertFalse(e.getMessage().contains("PRIVATE"), e.getMessage());
    assertFalse(String.valueOf(e.getCause()).contains("PRIVATE"), String.valueOf(e.getCause()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"voice-design-1\r\n", "voice\u2013design", "voice\u0001"})
  void aModelHeaderWithCharactersAHeaderCannotCarryIsRefusedBeforeSending(String model) {
    FishAudio client = fixture.track(fixture.builder().checkHeaderValues(false).build());
    InvalidRequestException e = fixture.assertThrows(InvalidRequestException.class,
        () -> client.voiceDesign().designVoice(DesignVoiceModel.of(model), ClientFixture.designRequest()));

    assertEquals("model", e.field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void aKeyWithASpaceInsideIsStillAccepted() {
    fixture.track(fixture.builder().apiKey("sk two").build());
  }
}
