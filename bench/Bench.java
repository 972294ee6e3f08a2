/*
 * remold's benchmark: generates a deterministic corpus of realistic JS/TS/TSX files, some of which
 * carry Amplify Gen 1 Auth calls, runs `remold diff` over it (and ast-grep with equivalent rules
 * when it is installed) several times, and prints wall, CPU, peak RSS, files/s and MB/s (medians)
 * and checks both tools made the expected edits. Run with: java bench/Bench.java [options]
 * With --real DIR the corpus is a copy of the JS/TS sources under DIR (say, the repositories of
 * ../shared/bench/CORPUS.md, extracted there) with the same Amplify snippets appended to a share of them.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Bench {
  static int files = 15_000;
  static double density = 0.05;
  static int runs = 3;
  static Path corpus = Path.of(System.getProperty("java.io.tmpdir"), "remold-bench-corpus");
  static boolean astGrep = true;
  static List<String> remoldExtra = new ArrayList<>();
  static Path real;

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--density" -> density = Double.parseDouble(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--no-ast-grep" -> astGrep = false;
        case "--remold-arg" -> remoldExtra.add(args[++i]);
        case "--real" -> real = Path.of(args[++i]);
        default -> {
          System.err.println("usage: java bench/Bench.java [--files N] [--density 0.05] [--runs 3] [--corpus DIR] [--real SOURCES]"
              + " [--no-ast-grep] [--remold-arg ARG]...");
          System.exit(2);
        }
      }
    }
    Corpus c = real == null ? Corpus.generate(corpus, files, density) : Corpus.copy(real, corpus, density);
    System.out.printf("corpus: %s — %,d files, %.1f MB, %d files with Amplify calls, %d expected rewrites, %d near-misses%n",
        corpus, c.files, c.bytes / 1e6, c.amplifyFiles, c.expectedRewrites, c.nearMisses);
    Path repo = Path.of(".").toAbsolutePath().normalize();
    // One untimed run builds the jar when needed and warms the OS file cache.
    List<String> remold = new ArrayList<>(List.of(repo.resolve("remold").toString(), "diff", "-o", "/dev/null"));
    if (real != null) {
      // The copied repositories have package.json files of their own, none of which depends on aws-amplify.
      remold.add("--force");
    }
    remold.addAll(remoldExtra);
    remold.add(corpus.toString());
    run(remold);
    Stats r = measure("remold", remold, c);
    int edits = remoldEdits(run(remold).err);
    System.out.printf("remold edits (auth-sign-in + auth-forgot-password): %d of %d expected%n", edits, c.expectedRewrites);

    Path sg = astGrep ? AstGrep.install() : null;
    if (sg != null) {
      List<String> cmd = List.of(sg.toString(), "scan", "--config", repo.resolve("bench/ast-grep/sgconfig.yml").toString(),
          "--json=compact", corpus.toString());
      Stats a = measure("ast-grep", cmd, c);
      int sgEdits = countOccurrences(run(cmd).out, "\"ruleId\":\"");
      System.out.printf("ast-grep matches: %d of %d expected%n", sgEdits, c.expectedRewrites);
      System.out.printf("ratio remold/ast-grep wall: %.2f×%n", r.wall / a.wall);
    } else if (astGrep) {
      System.out.println("ast-grep is not available (npm install @ast-grep/cli failed): no comparison");
    }
  }

  static int remoldEdits(String summary) {
    int total = 0;
    Matcher m = Pattern.compile("^\\s+(auth-sign-in|auth-forgot-password)\\s+(\\d+)$", Pattern.MULTILINE).matcher(summary);
    while (m.find()) {
      total += Integer.parseInt(m.group(2));
    }
    return total;
  }

  static int countOccurrences(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  record Result(int exit, String out, String err, double wall, double cpu, long rssKb) {}

  record Stats(double wall, double cpu, long rssKb) {}

  static Stats measure(String name, List<String> cmd, Corpus c) throws Exception {
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    List<Long> rss = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Result r = run(cmd);
      walls.add(r.wall);
      cpus.add(r.cpu);
      rss.add(r.rssKb);
    }
    double wall = median(walls);
    double cpu = median(cpus);
    long peak = Collections.max(rss);
    System.out.printf("%-9s wall %6.2f s (median of %d: %s)  cpu %6.2f s  peak RSS %4d MiB  %,8.0f files/s  %5.1f MB/s%n",
        name, wall, runs, walls.stream().map(w -> String.format("%.2f", w)).toList(), cpu, peak / 1024,
        c.files / wall, c.bytes / 1e6 / wall);
    return new Stats(wall, cpu, peak);
  }

  static double median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  /** Runs a command under /usr/bin/time (when present) for CPU time and peak RSS. */
  static Result run(List<String> cmd) throws Exception {
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    Path timeFile = Files.createTempFile("bench-time", ".txt");
    List<String> full = new ArrayList<>();
    if (timed) {
      full.addAll(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%e %U %S %M"));
    }
    full.addAll(cmd);
    Path out = Files.createTempFile("bench-out", ".txt");
    Path err = Files.createTempFile("bench-err", ".txt");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = 0;
    long rss = 0;
    if (timed) {
      String[] t = Files.readString(timeFile).trim().split("\\s+");
      wall = Double.parseDouble(t[0]);
      cpu = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
      rss = Long.parseLong(t[3]);
    }
    Result r = new Result(exit, Files.readString(out), Files.readString(err), wall, cpu, rss);
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    Files.deleteIfExists(timeFile);
    return r;
  }

  /** Installs ast-grep from npm into a cache folder outside the sources, once. */
  static final class AstGrep {
    static Path install() throws Exception {
      Path cache = Path.of(System.getProperty("user.home"), ".cache", "remold", "ast-grep-0.40.0");
      Path sg = cache.resolve("node_modules/.bin/ast-grep");
      if (!Files.isExecutable(sg)) {
        Files.createDirectories(cache);
        Result r = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", cache.toString(), "@ast-grep/cli@0.40.0"));
        if (r.exit != 0) {
          System.err.println(r.err);
          return null;
        }
      }
      return Files.isExecutable(sg) ? sg : null;
    }
  }

  /** A deterministic corpus: the same options give the same bytes on every machine. */
  static final class Corpus {
    int files;
    long bytes;
    int amplifyFiles;
    int expectedRewrites;
    int nearMisses;

    static final Pattern SOURCE = Pattern.compile(".*\\.(js|jsx|mjs|cjs|ts|tsx|mts|cts)$");

    /**
     * Copies the sources under a folder (no hidden folders, no node_modules), appending an Amplify snippet, with its
     * import, to a deterministic share of them (never to a .d.ts); a root package.json says aws-amplify 5.
     */
    static Corpus copy(Path sources, Path root, double density) throws IOException {
      Path marker = root.resolve(".corpus-real-" + density);
      Corpus c = cached(marker, -1);
      if (c != null) {
        return c;
      }
      c = new Corpus();
      clear(root);
      List<Path> all;
      try (var walk = Files.walk(sources)) {
        all = walk.filter(Files::isRegularFile).filter(p -> SOURCE.matcher(p.getFileName().toString()).matches())
            .filter(p -> {
              for (Path part : sources.relativize(p)) {
                if (part.toString().startsWith(".") || part.toString().equals("node_modules")) {
                  return false;
                }
              }
              return true;
            }).sorted().toList();
      }
      Random rnd = new Random(42);
      for (int i = 0; i < all.size(); i++) {
        Path from = all.get(i);
        byte[] data = Files.readAllBytes(from);
        if (rnd.nextDouble() < density && !from.getFileName().toString().endsWith(".d.ts")) {
          int shape = c.amplifyFiles % 4;
          c.expectedRewrites += shape == 3 ? 1 : 2;
          c.nearMisses += shape == 3 ? 3 : 0;
          c.amplifyFiles++;
          String tail = "\nimport { Auth } from 'aws-amplify';\n" + Gen.amplifySnippet(shape, i);
          byte[] more = tail.getBytes(StandardCharsets.UTF_8);
          byte[] both = java.util.Arrays.copyOf(data, data.length + more.length);
          System.arraycopy(more, 0, both, data.length, more.length);
          data = both;
        }
        Path to = root.resolve(sources.relativize(from).toString());
        Files.createDirectories(to.getParent());
        Files.write(to, data);
        c.bytes += data.length;
        c.files++;
      }
      Files.writeString(marker, c.files + " " + c.bytes + " " + c.amplifyFiles + " " + c.expectedRewrites + " " + c.nearMisses + "\n");
      return c;
    }

    /** Returns the corpus a marker describes, when the folder already holds it. */
    static Corpus cached(Path marker, int count) throws IOException {
      if (!Files.exists(marker)) {
        return null;
      }
      String[] s = Files.readString(marker).trim().split(" ");
      Corpus c = new Corpus();
      int k = count < 0 ? 1 : 0;
      c.files = count < 0 ? Integer.parseInt(s[0]) : count;
      c.bytes = Long.parseLong(s[k]);
      c.amplifyFiles = Integer.parseInt(s[k + 1]);
      c.expectedRewrites = Integer.parseInt(s[k + 2]);
      c.nearMisses = Integer.parseInt(s[k + 3]);
      return c;
    }

    static void clear(Path root) throws IOException {
      if (Files.exists(root)) {
        try (var walk = Files.walk(root)) {
          walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(root);
      Files.writeString(root.resolve("package.json"),
          "{ \"name\": \"bench\", \"private\": true, \"dependencies\": { \"aws-amplify\": \"^5.3.11\", \"react\": \"^18.2.0\" } }\n");
    }

    static Corpus generate(Path root, int count, double density) throws IOException {
      Path marker = root.resolve(".corpus-" + count + "-" + density);
      Corpus cachedCorpus = cached(marker, count);
      if (cachedCorpus != null) {
        return cachedCorpus;
      }
      Corpus c = new Corpus();
      clear(root);
      Random rnd = new Random(42);
      Gen gen = new Gen(rnd);
      for (int i = 0; i < count; i++) {
        String ext = switch (rnd.nextInt(10)) {
          case 0, 1, 2, 3 -> "tsx";
          case 4, 5, 6 -> "ts";
          case 7, 8 -> "js";
          default -> "jsx";
        };
        String dir = "packages/p" + (i % 40) + "/src/" + gen.word() + (i % 7);
        StringBuilder sb = new StringBuilder();
        gen.module(sb, ext);
        if (rnd.nextDouble() < density) {
          int shape = c.amplifyFiles % 4;
          c.expectedRewrites += shape == 3 ? 1 : 2;
          c.nearMisses += shape == 3 ? 3 : 0;
          c.amplifyFiles++;
          sb.insert(0, "import { Auth } from 'aws-amplify';\n");
          sb.append(Gen.amplifySnippet(shape, i));
        }
        Path file = root.resolve(dir).resolve("m" + i + "." + ext);
        Files.createDirectories(file.getParent());
        byte[] data = sb.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, data);
        c.bytes += data.length;
        c.files++;
      }
      Files.writeString(marker, c.bytes + " " + c.amplifyFiles + " " + c.expectedRewrites + " " + c.nearMisses + "\n");
      return c;
    }
  }

  /** Writes plausible frontend modules: imports, types, components with hooks and JSX, helpers, comments. */
  static final class Gen {
    static final String[] WORDS = {"user", "order", "cart", "item", "price", "account", "session", "profile", "list",
        "table", "row", "column", "filter", "search", "query", "result", "chart", "series", "point", "theme", "color",
        "layout", "panel", "dialog", "button", "input", "form", "field", "value", "state", "event", "handler", "route",
        "page", "menu", "toolbar", "editor", "canvas", "shape", "node", "edge", "graph", "tree", "cache", "store"};
    final Random rnd;

    Gen(Random rnd) {
      this.rnd = rnd;
    }

    String word() {
      return WORDS[rnd.nextInt(WORDS.length)];
    }

    String cap(String w) {
      return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    String name() {
      return word() + cap(word());
    }

    void module(StringBuilder sb, String ext) {
      boolean ts = ext.startsWith("ts");
      boolean jsx = ext.endsWith("x");
      sb.append("// ").append(cap(word())).append(" ").append(word()).append(" module: generated for the remold benchmark.\n");
      if (jsx) {
        sb.append("import React, { useEffect, useMemo, useState } from 'react';\n");
      }
      int imports = 2 + rnd.nextInt(6);
      for (int i = 0; i < imports; i++) {
        sb.append("import { ").append(name()).append(", ").append(name()).append(" } from '../").append(word()).append("/")
            .append(word()).append("';\n");
      }
      sb.append('\n');
      int parts = 3 + rnd.nextInt(14);
      for (int i = 0; i < parts; i++) {
        switch (rnd.nextInt(jsx ? 5 : 4)) {
          case 0 -> typeDecl(sb, ts);
          case 1 -> helper(sb, ts);
          case 2 -> constants(sb);
          case 3 -> classDecl(sb, ts);
          default -> component(sb, ts);
        }
        sb.append('\n');
      }
    }

    void typeDecl(StringBuilder sb, boolean ts) {
      String n = cap(name());
      if (!ts) {
        sb.append("/** @typedef {{ id: string, ").append(word()).append(": number }} ").append(n).append(" */\n");
        return;
      }
      sb.append("export interface ").append(n).append(" {\n");
      int fields = 2 + rnd.nextInt(8);
      for (int i = 0; i < fields; i++) {
        sb.append("  ").append(name()).append(rnd.nextBoolean() ? "?" : "").append(": ")
            .append(switch (rnd.nextInt(5)) {
              case 0 -> "string";
              case 1 -> "number";
              case 2 -> "boolean";
              case 3 -> "Array<" + cap(word()) + ">";
              default -> "Record<string, unknown>";
            }).append(";\n");
      }
      sb.append("}\n");
    }

    void helper(StringBuilder sb, boolean ts) {
      String a = word();
      String b = word() + "s";
      sb.append("export function ").append(name()).append("(").append(a).append(ts ? ": number" : "").append(", ")
          .append(b).append(ts ? ": string[]" : "").append(")").append(ts ? ": string" : "").append(" {\n");
      sb.append("  const out = [];\n");
      sb.append("  for (let i = 0; i < ").append(b).append(".length; i++) {\n");
      sb.append("    if (").append(b).append("[i].length > ").append(a).append(") {\n");
      sb.append("      out.push(`${").append(b).append("[i]}:${i}`);\n");
      sb.append("    } else if (i % ").append(2 + rnd.nextInt(5)).append(" === 0) {\n");
      sb.append("      out.push(").append(b).append("[i].toUpperCase());\n");
      sb.append("    }\n  }\n");
      sb.append("  return out.join(', ') || '").append(rnd.nextInt(9) == 0 ? "空の結果 ✨" : "empty").append("';\n}\n");
    }

    void constants(StringBuilder sb) {
      sb.append("export const ").append(name().toUpperCase()).append(" = {\n");
      int n = 3 + rnd.nextInt(10);
      for (int i = 0; i < n; i++) {
        sb.append("  ").append(name()).append(": ");
        switch (rnd.nextInt(3)) {
          case 0 -> sb.append(rnd.nextInt(10_000));
          case 1 -> sb.append('\'').append(word()).append('-').append(word()).append('\'');
          default -> sb.append("[").append(rnd.nextInt(100)).append(", ").append(rnd.nextInt(100)).append("]");
        }
        sb.append(",\n");
      }
      sb.append("};\n");
    }

    void classDecl(StringBuilder sb, boolean ts) {
      String n = cap(name());
      sb.append("export class ").append(n).append(" {\n");
      sb.append("  ").append(ts ? "private " : "").append("items").append(ts ? ": string[]" : "").append(" = [];\n\n");
      int methods = 1 + rnd.nextInt(4);
      for (int i = 0; i < methods; i++) {
        String m = name();
        sb.append("  ").append(m).append("(").append(word()).append(ts ? ": string" : "").append(") {\n");
        sb.append("    // Keeps the ").append(word()).append(" in order.\n");
        sb.append("    this.items = this.items.filter((x) => x !== '").append(word()).append("').sort();\n");
        sb.append("    return this.items.length;\n  }\n\n");
      }
      sb.append("}\n");
    }

    void component(StringBuilder sb, boolean ts) {
      String n = cap(name());
      String v = word();
      sb.append("export function ").append(n).append("({ ").append(v).append(", on").append(cap(word())).append(" }")
          .append(ts ? ": { " + v + ": string; on" + "Change?: () => void }" : "").append(") {\n");
      sb.append("  const [open, setOpen] = useState(false);\n");
      sb.append("  const label = useMemo(() => `").append(cap(word())).append(": ${").append(v).append("}`, [").append(v).append("]);\n");
      sb.append("  useEffect(() => {\n    if (open) {\n      document.title = label;\n    }\n  }, [open, label]);\n");
      sb.append("  return (\n    <div className=\"").append(word()).append("-").append(word()).append("\">\n");
      sb.append("      <button type=\"button\" onClick={() => setOpen(!open)}>\n        {label}\n      </button>\n");
      sb.append("      {open && <span title=\"").append(word()).append("\">{").append(v).append("}</span>}\n");
      sb.append("    </div>\n  );\n}\n");
    }

    /** Two Auth call sites in one of four shapes; shape 3 adds near-misses that must not change. */
    static String amplifySnippet(int shape, int i) {
      return switch (shape) {
        case 0 -> "\nexport async function login" + i + "(u, p) {\n  await Auth.signIn(u, p);\n  await Auth.forgotPassword(u);\n}\n";
        case 1 -> "\nexport async function login" + i + "(form) {\n  await Auth.signIn(\n    form.username,\n    form.password\n  );\n"
            + "  return Auth.forgotPassword(\n    form.username\n  );\n}\n";
        case 2 -> "\nexport function login" + i + "(u, p) {\n  return Auth.signIn(u, p).then(() => Auth.forgotPassword(u));\n}\n";
        default -> "\nexport function nearMiss" + i + "(u, other, args) {\n  Auth.signIn(u);\n  Auth.signIn(...args);\n"
            + "  other.Auth.signIn(u, 'x');\n  return Auth.forgotPassword(u);\n}\n";
      };
    }
  }
}
