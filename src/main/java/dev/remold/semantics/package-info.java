/** Names and imports: where a name is declared or used, and an import editor that keeps the file's style. */
package dev.remold.semantics;
