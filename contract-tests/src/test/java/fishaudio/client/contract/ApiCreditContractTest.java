package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.generated.AccountService.GetApiCreditQuery;
import fishaudio.client.generated.ApiCredit;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The account's API credit through the public client, against Prism: the path and query judged,
 * every declared response and example, the decimal strings read as exact {@link BigDecimal}s.
 */
@PrismContract
class ApiCreditContractTest {
  private static final String OPERATION = "getApiCredit";
  static final int DYNAMIC_RUNS = 30;
  private static final Pattern DECIMAL_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final Prism prism;
  private final Wire wire = new Wire();

  ApiCreditContractTest(Prism prism) {
    this.prism = prism;
  }

  static Stream<Spec.DeclaredResponse> declaredResponses() {
    return Spec.get().declaredResponses(OPERATION).stream();
  }

  static Stream<Spec.ResponseExample> responseExamples() {
    return Spec.get().responseExamples(OPERATION).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (declared.code() < 300) {
      ApiCredit credit = client.account().getApiCredit();
      credit.validate();
      assertNotNull(credit.credit());
      assertNotNull(credit.cumulativeTopUp());
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.account().getApiCredit());
      ExampleAssertions.assertTypedError(declared, e);
    }
    assertEquals(1, wire.requestCount());
    assertEquals(declared.code(), wire.last().status);
    assertTrue(KnownFields.mediaTypeMatches(declared.mediaType, wire.last().responseContentType), wire.last().toString());
    wire.assertNoViolations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void everyNamedResponseExample(Spec.ResponseExample example) {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (example.code() < 300) {
      ApiCredit credit = client.account().getApiCredit();
      assertCreditMatches(example.object(), credit);
      ExampleAssertions.assertJsonEquals(example.value, ExampleAssertions.toJsonValue(credit, ApiCredit.class),
          "ApiCredit round trip of " + example);
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.account().getApiCredit());
      ExampleAssertions.assertErrorMatches(example, e);
    }
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  /** The decimal strings become BigDecimals with the very digits sent: {@code '12.3456'} is 12.3456, scale 4. */
  static void assertCreditMatches(Map<String, Object> want, ApiCredit got) {
    assertEquals(want.get("_id"), got.id());
    assertEquals(want.get("user_id"), got.userId());
    assertEquals(new BigDecimal((String) want.get("credit")), got.credit(), "credit, digits and scale");
    assertEquals(want.get("credit"), got.credit().toPlainString());
    assertEquals(new BigDecimal((String) want.get("cumulative_top_up")), got.cumulativeTopUp(), "cumulative_top_up, digits and scale");
    assertEquals(want.get("cumulative_top_up"), got.cumulativeTopUp().toPlainString());
    assertEquals(OffsetDateTime.parse((String) want.get("created_at")), got.createdAt());
    assertEquals(OffsetDateTime.parse((String) want.get("updated_at")), got.updatedAt());
    assertEquals(want.get("has_phone_sha256"), got.hasPhoneSha256());
    assertEquals(want.get("has_free_credit"), got.hasFreeCredit());
  }

  /** The caller by default ({@code self}), another user, and both query parameters: judged by Prism, at the wire as given. */
  @Test
  void pathAndQueryAsTheSpecWritesThem() {
    wire.prefer("code=200");
    FishAudio client = Clients.fishAudio(prism, wire);
    client.account().getApiCredit();
    assertEquals("/wallet/self/api-credit", okhttp3.HttpUrl.get(wire.last().url).encodedPath());
    assertEquals(null, okhttp3.HttpUrl.get(wire.last().url).query());
    client.account().getApiCredit("665f1c2a9b1e4c0087654321", GetApiCreditQuery.builder().checkFreeCredit(true).teamId("team-7").build());
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get(wire.last().url);
    assertEquals("/wallet/665f1c2a9b1e4c0087654321/api-credit", url.encodedPath());
    assertEquals("true", url.queryParameter("check_free_credit"));
    assertEquals("team-7", url.queryParameter("team_id"));
    assertEquals("GET", wire.last().method);
    wire.assertNoViolations();
  }

  /** Reading the credit is safe to repeat ({@code x-idempotent}): a 500 is retried too, then typed. */
  @Test
  void serverErrorIsRetriedThenTyped() {
    wire.prefer("code=500");
    ServerException e = assertThrows(ServerException.class, () -> Clients.fishAudio(prism, wire, 1).account().getApiCredit());
    assertEquals(500, e.status());
    assertEquals(2, wire.requestCount());
    wire.assertNoViolations();
  }

  @Test
  void rateLimitIsRetriedThenTyped() {
    wire.prefer("code=429");
    RateLimitException e = assertThrows(RateLimitException.class, () -> Clients.fishAudio(prism, wire, 2).account().getApiCredit());
    assertEquals(429, e.status());
    assertEquals(3, wire.requestCount());
    wire.assertNoViolations();
  }

  @Test
  void asyncCredit() throws Exception {
    Spec.ResponseExample example = Spec.get().responseExamples(OPERATION).stream().filter(e -> e.code() < 300)
        .findFirst().orElseThrow(AssertionError::new);
    wire.prefer(example.prefer());
    assertCreditMatches(example.object(), Clients.fishAudio(prism, wire).account().getApiCreditAsync().get(30, TimeUnit.SECONDS));
    wire.assertNoViolations();
  }

  /**
   * Credit Prism invents from the schema. The spec types {@code credit} and {@code cumulative_top_up}
   * as {@code string, format: decimal} with the pattern of a decimal's text, so Prism fakes decimals
   * ("-83.1"), and every answer must decode to two decimals. (Without the pattern Prism filled them
   * with any text, "ullamco", which the client refused, naming the field.)
   */
  @Test
  void dynamicResponsesDecodeWithTheirDecimals() {
    for (int i = 0; i < DYNAMIC_RUNS; i++) {
      Wire fuzz = new Wire().prefer("dynamic=true");
      try {
        ApiCredit credit = Clients.fishAudio(prism, fuzz).account().getApiCredit();
        assertTrue(DECIMAL_TEXT.matcher(credit.credit().toPlainString()).matches(), credit.credit().toPlainString());
        assertTrue(DECIMAL_TEXT.matcher(credit.cumulativeTopUp().toPlainString()).matches(),
            credit.cumulativeTopUp().toPlainString());
      } catch (RuntimeException | AssertionError e) {
        throw fuzz.explain(e);
      }
      fuzz.assertNoViolations();
    }
  }
}
