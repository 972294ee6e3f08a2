/** Project facts gathered once per project root: package.json, Gen 1 models, and the codegen'd GraphQL operations. */
package dev.remold.project;
