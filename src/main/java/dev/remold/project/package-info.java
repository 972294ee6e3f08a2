/**
 * Project facts gathered once per project root (package.json, Gen 1 models, the codegen'd GraphQL operations), and
 * the text editors of package.json and .gitignore.
 */
package dev.remold.project;
