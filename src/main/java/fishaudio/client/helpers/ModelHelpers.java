package fishaudio.client.helpers;

import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import fishaudio.client.internal.ClientRuntime;
import fishaudio.client.internal.ResponseKind;
import retrofit2.Call;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the voice-model service gains on top of its generated calls ({@code x-java-implements} on
 * its tag in the spec): waiting until a model is trained, and walking every page of a list. The
 * generated service implements the abstract methods; these read nothing but them.
 */
public interface ModelHelpers {
  /** The generated call: one model, validated and not yet sent. */
  Call<ModelEntity> getModelCall(String id);

  /** The generated call: one page of models. */
  ModelPageResponse listModels(ListModelsQuery query);

  /** The pipeline the generated calls run through. */
  ClientRuntime runtime();

  /** {@link #waitUntilTrained(String, Duration, Consumer)} without a listener. */
  default ModelEntity waitUntilTrained(String id, Duration timeout) {
    return waitUntilTrained(id, timeout, null);
  }

  /**
   * Polls the model until it is trained, 1 s after the first poll, then 2 s, 4 s..., at most 15 s
   * apart, and returns it. The timeout is a deadline for the whole wait, each poll's retries, waits
   * and reads included; a poll that fails with a 429, 500, 502, 503, 504 or a transport failure saw
   * no change. A zero timeout polls once; one too large for the clock ({@code ChronoUnit.FOREVER})
   * is none. See {@link TrainingWaiter}.
   *
   * @param listener hears the model each time its state changes (the first answer included), on the
   *     thread that completed that poll; or null
   * @throws fishaudio.client.errors.ModelTrainingFailedException when the state becomes {@code failed}
   * @throws fishaudio.client.errors.ModelTrainingTimeoutException when it is not trained within the
   *     timeout (with the last state seen, if a poll was answered)
   * @throws fishaudio.client.errors.UnknownModelStateException when the state is one the spec does not list
   * @throws CancellationException when the thread is interrupted (its interrupt flag set again), or
   *     the client closed
   */
  default ModelEntity waitUntilTrained(String id, Duration timeout, Consumer<ModelEntity> listener) {
    getModelCall(id); // validates the id now
    checkTimeout(timeout);
    try {
      return runtime().trainingWaiter().await(id, timeout, listener, this::pollModel);
    } catch (FishAudioException e) {
      throw runtime().errors().handOut(e);
    }
  }

  /** {@link #waitUntilTrainedAsync(String, Duration, Consumer)} without a listener. */
  default CompletableFuture<ModelEntity> waitUntilTrainedAsync(String id, Duration timeout) {
    return waitUntilTrainedAsync(id, timeout, null);
  }

  /**
   * {@link #waitUntilTrained(String, Duration, Consumer)} without blocking, and without a thread of
   * its own. Cancelling the future, or the client's {@code close()}, cancels the poll in flight (its
   * HTTP call) and the timers, at once.
   */
  default CompletableFuture<ModelEntity> waitUntilTrainedAsync(String id, Duration timeout, Consumer<ModelEntity> listener) {
    getModelCall(id);
    checkTimeout(timeout);
    CompletableFuture<ModelEntity> wait = runtime().trainingWaiter().awaitAsync(id, timeout, listener, this::pollModel);
    CompletableFuture<ModelEntity> handedOut = new CompletableFuture<ModelEntity>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        wait.cancel(mayInterruptIfRunning);
        return super.cancel(mayInterruptIfRunning);
      }
    };
    wait.whenComplete((model, failure) -> {
      Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause == null) {
        handedOut.complete(model);
      } else if (cause instanceof FishAudioException) {
        handedOut.completeExceptionally(runtime().errors().handOut((FishAudioException) cause));
      } else {
        handedOut.completeExceptionally(cause);
      }
    });
    return handedOut;
  }

  /** One poll of a training wait: the model, within the time left of the wait. */
  default CompletableFuture<ModelEntity> pollModel(String id, Duration timeLeft) {
    return runtime().executeAsync(runtime().within(getModelCall(id), timeLeft), ResponseKind.json());
  }

  /**
   * Every model the query matches, from its page on (the first when unset), each page fetched
   * only when iteration reaches it; see {@link ModelPager} for when paging stops. The query is
   * validated now, not at the first page.
   */
  default ModelPager allModels(ListModelsQuery query) {
    runtime().ensureOpen();
    if (query == null) {
      throw new InvalidRequestException("query", "query is required", null);
    }
    runtime().validate(query::validate);
    return new ModelPager(query, this::listModels);
  }

  /** @throws InvalidRequestException for a null or negative timeout */
  static void checkTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative()) {
      throw new InvalidRequestException("timeout", "timeout must be zero or positive", null);
    }
  }
}
