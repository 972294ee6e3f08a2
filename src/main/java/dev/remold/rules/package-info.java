/** Rule files and packs: YAML read strictly (every problem reported with file and line) into compiled, immutable rules. */
package dev.remold.rules;
