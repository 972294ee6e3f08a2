package dev.remold.engine;

/** Thrown inside the pipeline when a file must be left as it is; becomes a {@link FileResult.Failed}. */
final class FileFailure extends Exception {
  FileFailure(String message) {
    super(message);
  }
}
