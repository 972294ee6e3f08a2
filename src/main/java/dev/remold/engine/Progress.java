package dev.remold.engine;

/**
 * Hears how far a run has got. The engine calls it from its worker threads, so an implementation is thread-safe and
 * returns at once (count, remember, and draw elsewhere).
 */
public interface Progress {
  /** A listener that ignores everything. */
  Progress NONE = new Progress() {};

  /** Called once, after discovery and before any file is processed, with the number of files the run will visit. */
  default void started(int files) {}

  /** Called on a worker thread as it begins a file. */
  default void fileStarted(String relativePath) {}

  /** Called on a worker thread when it has finished a file, whatever came of it. */
  default void fileDone(String relativePath) {}
}
