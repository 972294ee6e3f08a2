/** Runs remold over files: discovery, the per-file pipeline, safe writes and the run summary. */
package dev.remold.engine;
