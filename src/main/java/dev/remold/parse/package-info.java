/** Parses JavaScript and TypeScript with tree-sitter into immutable syntax trees with Java char offsets. */
package dev.remold.parse;
