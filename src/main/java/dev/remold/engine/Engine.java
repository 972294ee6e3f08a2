package dev.remold.engine;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.VueFile;
import dev.remold.project.ProjectFacts;
import dev.remold.rules.NewFile;
import dev.remold.rules.Pack;
import dev.remold.rules.Requirement;
import dev.remold.rules.Rule;
import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs rule packs over files and folders: discovery, project facts, a worker pool of file pipelines. */
public final class Engine {
  private final List<Pack> packs;
  private final EngineOptions options;

  /** Creates an engine for the given packs (in order: a pack's rules run before the next pack's). */
  public Engine(List<Pack> packs, EngineOptions options) {
    this.packs = List.copyOf(packs);
    this.options = options;
  }

  /** Returns what the packs would do to the targets; nothing is written. */
  public RunReport run(List<Path> targets) throws IOException {
    return run(targets, Progress.NONE);
  }

  /** Returns what the packs would do to the targets, telling progress about each file; nothing is written. */
  public RunReport run(List<Path> targets, Progress progress) throws IOException {
    List<Discovered> found = new FileDiscovery(options.discovery()).discover(targets);
    progress.started(found.size());
    Map<Path, ProjectFacts> facts = new ConcurrentHashMap<>();
    // Files of one folder share their project root: look it up once per folder, not once per file.
    Map<Path, Path> rootByFolder = new ConcurrentHashMap<>();
    Set<String> notices = Collections.synchronizedSet(new LinkedHashSet<>());
    List<Parser> parsers = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<Parser> parser = ThreadLocal.withInitial(() -> {
      Parser p = new Parser();
      parsers.add(p);
      return p;
    });
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
    try {
      List<Future<Processed>> futures = new ArrayList<>();
      for (Discovered d : found) {
        futures.add(pool.submit(() -> {
          progress.fileStarted(d.relativePath());
          try {
            return process(d, facts, rootByFolder, notices, parser.get());
          } finally {
            progress.fileDone(d.relativePath());
          }
        }));
      }
      List<FileResult> results = new ArrayList<>();
      List<Processed> processed = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        Processed p = await(futures.get(i), found.get(i));
        processed.add(p);
        results.add(p.result());
      }
      results.addAll(NewFiles.settle(processed, notices, parser.get(), this::safetyOf));
      return new RunReport(results, List.copyOf(notices));
    } finally {
      pool.shutdown();
      parsers.forEach(Parser::close);
    }
  }

  /**
   * What became of one file, and the new files its applied rewrites rely on, with the project root they are relative
   * to and the walk root the results name paths from.
   */
  record Processed(FileResult result, List<NewFile> files, Path projectRoot, Path walkRoot) {
    Processed {
      files = List.copyOf(files);
    }

    Processed(FileResult result) {
      this(result, List.of(), null, null);
    }
  }

  private static Processed await(Future<Processed> f, Discovered d) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      return new Processed(new FileResult.Failed(d.path(), d.relativePath(), "internal error: " + e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Processed(new FileResult.Failed(d.path(), d.relativePath(), "interrupted"));
    }
  }

  private Processed process(Discovered d, Map<Path, ProjectFacts> facts, Map<Path, Path> rootByFolder, Set<String> notices,
      Parser parser) {
    if (d instanceof Discovered.Skipped s) {
      return new Processed(new FileResult.Skipped(s.path(), s.relativePath(), s.reason()));
    }
    Path path = d.path();
    String rel = d.relativePath();
    String fileName = path.getFileName().toString();
    Optional<Language> language = Language.forFileName(fileName);
    boolean vue = VueFile.isVueFile(fileName);
    if (language.isEmpty() && !vue) {
      return new Processed(new FileResult.Skipped(path, rel, "not a JavaScript, TypeScript or Vue source file"));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new Processed(new FileResult.Failed(path, rel, "cannot read: " + e.getMessage()));
    }
    Decoded decoded = TextCodec.decode(bytes);
    if (!(decoded instanceof Decoded.Text text)) {
      return new Processed(new FileResult.Skipped(path, rel, ((Decoded.Unsupported) decoded).reason()));
    }
    Path root = rootByFolder.computeIfAbsent(path.toAbsolutePath().getParent(), folder -> ProjectFacts.rootOf(path, d.root()));
    ProjectFacts project = facts.computeIfAbsent(root, ProjectFacts::gather);
    List<Rule> rules = rulesFor(project, notices);
    try {
      FilePipeline pipeline = new FilePipeline(rules, options.prefilter());
      FilePipeline.Outcome out = vue
          ? new VueComponents(pipeline, parser).run(rel, text.text(),
              (extension, templateNames) -> new ProjectFileContext(project, path, extension, templateNames))
          : pipeline.run(new SourceFile(rel, text.text(), language.get()), new ProjectFileContext(project, path), parser);
      if (out.text().equals(text.text())) {
        return new Processed(new FileResult.Unchanged(path, rel, out.sites(), out.notes()));
      }
      return new Processed(new FileResult.Changed(path, rel, text.text(), out.text(), text.bom(), out.rewrites(), out.sites(),
          out.notes()), out.files(), root, d.root());
    } catch (FileFailure e) {
      return new Processed(new FileResult.Failed(path, rel, e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Processed(new FileResult.Failed(path, rel, "internal error while rewriting: " + e));
    }
  }

  private Safety safetyOf(String ruleId) {
    return packs.stream().flatMap(p -> p.rules().stream()).filter(r -> r.id().equals(ruleId)).findFirst()
        .map(Rule::safety).orElse(Safety.SAFE);
  }

  /** Returns the rules of the packs whose preconditions the project meets, noting the packs it does not. */
  private List<Rule> rulesFor(ProjectFacts project, Set<String> notices) {
    List<Rule> rules = new ArrayList<>();
    for (Pack pack : packs) {
      Optional<String> why = project.packageJsonProblem();
      if (why.isEmpty()) {
        for (Requirement r : pack.requires()) {
          why = r.failure(project.dependencies());
          if (why.isPresent()) {
            break;
          }
        }
      }
      if (pack.requires().isEmpty() || why.isEmpty()) {
        rules.addAll(pack.rules());
      } else if (options.force()) {
        notices.add("pack " + pack.name() + " runs on " + project.root() + " although " + why.get() + " (--force)");
        rules.addAll(pack.rules());
      } else {
        notices.add("pack " + pack.name() + " skipped for " + project.root() + ": " + why.get()
            + "; use --force to run it anyway");
      }
    }
    return rules;
  }
}
