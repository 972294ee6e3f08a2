package dev.remold.engine;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import dev.remold.rules.Finding;
import dev.remold.rules.NewFile;
import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the new files that applied rewrites asked for into results: one per project file, written only where no file
 * stands, so a second run (or a file the user wrote) leaves what is there alone.
 */
final class NewFiles {
  private NewFiles() {}

  private record Request(NewFile file, Path walkRoot) {}

  /** Returns a created-file result for each new file the processed files asked for, noting what cannot be created. */
  static List<FileResult> settle(List<Engine.Processed> processed, Set<String> notices, Parser parser,
      Function<String, Safety> safetyOf) {
    Map<Path, List<Request>> byTarget = new TreeMap<>();
    for (Engine.Processed p : processed) {
      for (NewFile f : p.files()) {
        Path target = p.projectRoot().resolve(f.path()).normalize();
        byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(new Request(f, p.walkRoot()));
      }
    }
    List<FileResult> results = new ArrayList<>();
    for (Map.Entry<Path, List<Request>> e : byTarget.entrySet()) {
      Path target = e.getKey();
      List<Request> requests = e.getValue();
      Set<String> texts = new LinkedHashSet<>();
      Set<String> ruleIds = new LinkedHashSet<>();
      Set<Finding> sites = new LinkedHashSet<>();
      requests.forEach(r -> {
        NewFile f = r.file();
        texts.add(f.text());
        ruleIds.add(f.ruleId());
        // A note asks a person to act, at the rule's level; a new file without one is a plain rewrite.
        sites.add(new Finding(f.ruleId(), f.note().isEmpty() ? Safety.SAFE : safetyOf.apply(f.ruleId()), 1, f.note()));
      });
      String rules = (ruleIds.size() == 1 ? "rule " : "rules ") + String.join(", ", ruleIds);
      Path walkRoot = requests.getFirst().walkRoot().toAbsolutePath().normalize();
      String rel = walkRoot.relativize(target).toString().replace('\\', '/');
      if (rel.startsWith("..")) {
        notices.add(rules + " asked for a new file " + target + ", outside the folders given; it was not created");
        continue;
      }
      if (texts.size() > 1) {
        results.add(new FileResult.Failed(target, rel, rules + " asked for " + texts.size()
            + " different contents of this new file; it was not created"));
        continue;
      }
      String text = texts.iterator().next();
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!holds(target, text)) {
          notices.add(rel + " exists already and was left as it is, though " + rules
              + " would have written it otherwise; check that it provides what the rewritten files import from it");
        }
        continue;
      }
      Optional<Language> language = Language.forFileName(target.getFileName().toString());
      if (language.isPresent()) {
        SyntaxTree tree = parser.parse(new SourceFile(rel, text, language.get()));
        if (!tree.errors().isEmpty()) {
          results.add(new FileResult.Failed(target, rel, rules + " asked for a new file with a syntax error at line "
              + tree.lineOf(tree.errors().getFirst().start()) + "; it was not created"));
          continue;
        }
      }
      Map<String, Integer> rewrites = new TreeMap<>();
      ruleIds.forEach(id -> rewrites.put(id, 1));
      String note = "a new file, which " + rules + " asked for; apply creates it only where no file stands";
      results.add(new FileResult.Changed(target, rel, "", text, false, rewrites, List.copyOf(sites), List.of(note),
          /* created= */ true));
    }
    return results;
  }

  /** Returns whether a file already holds the text (a second run after apply). */
  private static boolean holds(Path file, String text) {
    try {
      return TextCodec.decode(Files.readAllBytes(file)) instanceof Decoded.Text t && t.text().equals(text);
    } catch (IOException e) {
      return false;
    }
  }
}
