package fishaudio.client;

/** Hears how much of an upload's file content has been sent. Called on the thread that sends. */
public interface ProgressListener {
  /**
   * @param bytesSent file bytes sent so far in this attempt
   * @param totalBytes the size of all files in the upload, or -1 when a stream's length is unknown
   */
  void onProgress(long bytesSent, long totalBytes);
}
