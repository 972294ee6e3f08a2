package dev.remold.report;

import dev.remold.engine.FileResult;
import dev.remold.engine.RunReport;
import dev.remold.rules.Finding;
import dev.remold.rules.Safety;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A small run, built by hand, that every kind of site, marker and file status appears in. */
final class Fixtures {
  static final Path ROOT = Path.of("/work/app").toAbsolutePath();

  static final RuleCatalog RULES = RuleCatalog.ofInfos(List.of(
      new RuleInfo("auth-sign-out", "Auth.signOut() → signOut()", Safety.SAFE, "AUTH-20", Category.AUTH, true),
      new RuleInfo("auth-sign-in", "Auth.signIn(u, p) → signIn({ username: u, password: p })", Safety.SAFE_NOTE, "AUTH-04",
          Category.AUTH, true),
      new RuleInfo("api-graphql-list", "API.graphql(list) → client.models.X.list()", Safety.REVIEW, "DATA-01",
          Category.API_GRAPHQL, true),
      new RuleInfo("user-attributes", "Flags user.attributes reads", Safety.REVIEW, "USR-03", Category.AUTH, false),
      new RuleInfo("storage-unmigrated", "Flags Storage calls", Safety.MANUAL, "STO-01", Category.STORAGE, false)));

  private Fixtures() {}

  static RunReport run() {
    String before = "import { Auth } from 'aws-amplify';\nAuth.signOut();\nAuth.signIn(u, p);\nAuth.signOut();\n";
    String after = "import { signOut, signIn } from 'aws-amplify/auth';\nsignOut();\n"
        + "// NOTE(amplify-migrate): AUTH-04 resolves nextStep\nsignIn({ username: u, password: p });\nsignOut();\n";
    FileResult changed = new FileResult.Changed(ROOT.resolve("src/auth.js"), "src/auth.js", before, after, false,
        Map.of("auth-sign-out", 2, "auth-sign-in", 1),
        List.of(new Finding("auth-sign-in", Safety.SAFE_NOTE, 3, "resolves nextStep"), new Finding("auth-sign-out", Safety.SAFE, 5, ""),
            new Finding("auth-sign-out", Safety.SAFE, 9, "")),
        List.of());
    FileResult unchanged = new FileResult.Unchanged(ROOT.resolve("src/files.js"), "src/files.js",
        List.of(new Finding("storage-unmigrated", Safety.MANUAL, 7, "Storage.put moved to uploadData"),
            new Finding("user-attributes", Safety.REVIEW, 3, "read attributes with fetchUserAttributes()")),
        List.of("rule x at line 2 was not applied: its edit overlaps one by rule y"));
    FileResult skipped = new FileResult.Skipped(ROOT.resolve("src/big.js"), "src/big.js", "larger than 1 MiB");
    FileResult failed = new FileResult.Failed(ROOT.resolve("src/broken file.js"), "src/broken file.js",
        "the rewrite would introduce a syntax error at line 4 (rules api-graphql-list); the file was left unchanged");
    return new RunReport(List.of(changed, unchanged, skipped, failed), List.of());
  }

  /** Marker text: the unchanged file holds its MANUAL marker and one an earlier run left behind. */
  static String text(FileResult r) {
    return switch (r) {
      case FileResult.Changed c -> c.after();
      case FileResult.Unchanged u -> "// TODO(amplify-migrate): DATA-01 list() resolves { data }\nx();\n"
          + "  // TODO(amplify-migrate): USR-03 read attributes with fetchUserAttributes()\n  user.attributes;\n\n\n"
          + "// TODO(amplify-migrate): STO-01 Storage.put moved to uploadData\nStorage.put(k, v);\n";
      default -> null;
    };
  }

  static Inventory inventory() {
    return Inventory.of(run(), RULES, Fixtures::text);
  }
}
