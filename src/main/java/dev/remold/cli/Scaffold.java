package dev.remold.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a new rule and a before/after pair that it passes, so an author starts from a green {@code remold test}. */
final class Scaffold {
  private Scaffold() {}

  /** Returns the files written for a rule {@code id} in a pack folder (created when missing); never overwrites. */
  static List<Path> rule(Path pack, String id, boolean javascript) throws IOException {
    Path ruleFile = pack.resolve(id + (javascript ? ".js" : ".yaml"));
    Path before = pack.resolve(PairTests.TESTS).resolve(id).resolve("before").resolve("example.js");
    Path after = pack.resolve(PairTests.TESTS).resolve(id).resolve("after").resolve("example.js");
    for (Path p : List.of(ruleFile, before, after)) {
      if (Files.exists(p)) {
        throw new FileAlreadyExistsException(p.toString());
      }
    }
    List<Path> written = new ArrayList<>();
    Files.createDirectories(pack);
    Path manifest = pack.resolve("pack.yaml");
    if (!Files.exists(manifest)) {
      String name = pack.toAbsolutePath().normalize().getFileName().toString();
      write(manifest, "name: " + name + "\ndescription: Rules of my project\n", written);
    }
    write(ruleFile, javascript ? jsRule(id) : yamlRule(id), written);
    write(before, """
        import { oldApi } from './legacy';

        export function load(id) {
          return oldApi(id);
        }
        """, written);
    write(after, """
        import { newApi } from './modern';

        export function load(id) {
          return newApi(id);
        }
        """, written);
    return written;
  }

  private static void write(Path file, String text, List<Path> written) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    written.add(file);
  }

  private static String yamlRule(String id) {
    return """
        # A rule: what to find (`rule`, a pattern of code with $METAVARIABLES) and what to write instead (`fix`).
        # Language reference: docs/rules.md. Run `remold test <pack folder>` after each change.
        id: %s
        description: Replaces oldApi(x) from ./legacy with newApi(x) from ./modern
        safety: SAFE
        rule: $F($ARG)
        constraints:
          F: { symbol: ./legacy#oldApi }   # only the oldApi that ./legacy exports, however it is imported
        fix: newApi($ARG)
        imports:
          add: [{ name: newApi, from: ./modern }]
          removeUnused: [{ name: oldApi, from: ./legacy }]
        """.formatted(id);
  }

  private static String jsRule(String id) {
    return """
        // A JavaScript rule: `match` (a pattern, or a rule object as in YAML) picks the code, `fix` says what it becomes.
        // Guide: docs/custom-rules.md. Run `remold test <pack folder>` after each change.
        export const meta = {
          id: '%s',
          description: 'Replaces oldApi(x) from ./legacy with newApi(x) from ./modern',
          safety: 'SAFE',
        };

        export const match = 'oldApi($ARG)';

        // Return the new code for the matched node, or nothing to leave it; `api` edits anything else.
        export function fix(match, api) {
          const binding = api.bindingOf(match.node.child('function'));
          if (binding?.kind !== 'import' || binding.module !== './legacy') return;  // another oldApi: leave it
          const newApi = api.addImport('newApi', './modern');  // the name to call it by (an alias if taken)
          api.removeImportIfUnused('oldApi', './legacy');
          return `${newApi}(${match.captures.ARG.text})`;
        }
        """.formatted(id);
  }
}
