package fishaudio.client.helpers;

import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import fishaudio.client.internal.ClientRuntime;
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
  /** The generated call: one model. */
  ModelEntity getModel(String id);

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
   * apart, and returns it.
   *
   * @param listener hears the model each time its state changes (the first poll included), or null
   * @throws fishaudio.client.errors.ModelTrainingFailedException when the state becomes {@code failed}
   * @throws fishaudio.client.errors.ModelTrainingTimeoutException when it is not trained within the timeout
   * @throws fishaudio.client.errors.UnknownModelStateException when the state is one the spec does not list
   * @throws CancellationException when the thread is interrupted (its interrupt flag set again)
   */
  default ModelEntity waitUntilTrained(String id, Duration timeout, Consumer<ModelEntity> listener) {
    checkTimeout(timeout);
    return new TrainingWaiter(runtime().clock(), runtime().sleeper()).await(() -> getModel(id), timeout, listener);
  }

  /** {@link #waitUntilTrainedAsync(String, Duration, Consumer)} without a listener. */
  default CompletableFuture<ModelEntity> waitUntilTrainedAsync(String id, Duration timeout) {
    return waitUntilTrainedAsync(id, timeout, null);
  }

  /**
   * {@link #waitUntilTrained(String, Duration, Consumer)} on a thread of its own; cancelling the
   * future interrupts that thread, which stops the wait and the poll in flight.
   */
  default CompletableFuture<ModelEntity> waitUntilTrainedAsync(String id, Duration timeout, Consumer<ModelEntity> listener) {
    runtime().ensureOpen();
    checkTimeout(timeout);
    return TrainingWaiter.inBackground(runtime().shutdown(), id, () -> waitUntilTrained(id, timeout, listener));
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
