package dev.remold.engine;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.VueFile;
import dev.remold.project.ModuleUses;
import dev.remold.project.ProjectFacts;
import dev.remold.rules.MarkupRule;
import dev.remold.rules.NewFile;
import dev.remold.rules.Pack;
import dev.remold.rules.ProjectRule;
import dev.remold.rules.Requirement;
import dev.remold.rules.Rule;
import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs rule packs over files and folders: discovery, project facts, a worker pool of file pipelines. */
public final class Engine {
  /** Skipped files larger than this are not read for their imports (a bundle of hundreds of megabytes). */
  private static final long MAX_SCANNED_BYTES = 64L << 20;

  private final List<Pack> packs;
  private final EngineOptions options;
  private final Map<String, String> packOptions;
  /** The {@code module#export} conditions of the project rules, answered for each file as it is scanned. */
  private final List<String> namedImportQueries;

  /** Creates an engine for the given packs (in order: a pack's rules run before the next pack's). */
  public Engine(List<Pack> packs, EngineOptions options) {
    this.packs = List.copyOf(packs);
    this.options = options;
    this.namedImportQueries = packs.stream().flatMap(p -> p.projectRules().stream())
        .flatMap(r -> r.ifImports().stream()).filter(q -> q.contains("#")).distinct().toList();
    // Rules see every option of their packs: the value the run gives, else the pack's default (its first value).
    Map<String, String> effective = new java.util.LinkedHashMap<>(options.options());
    packs.forEach(p -> p.options().forEach((name, values) -> effective.putIfAbsent(name, values.getFirst())));
    this.packOptions = Map.copyOf(effective);
  }

  /** A project as its files are processed: the pipeline of the rules its packs apply (shared: it is immutable) and what its files import. */
  private record ProjectState(ProjectFacts facts, FilePipeline pipeline, List<ProjectRule> projectRules, ModuleUses uses,
      Set<Path> walkRoots, FirstLook firstLook) {}

  /** Returns what the packs would do to the targets; nothing is written. */
  public RunReport run(List<Path> targets) throws IOException {
    return run(targets, Progress.NONE);
  }

  /** Returns what the packs would do to the targets, telling progress about each file; nothing is written. */
  public RunReport run(List<Path> targets, Progress progress) throws IOException {
    return run(targets, null, progress);
  }

  /**
   * Starts finding the files of the targets on a thread of its own, so the walk overlaps the loading of the rules
   * (it needs neither); {@link #run(List, Future, Progress)} takes the result. Component templates (.html) are found
   * too, and kept only where the packs read them.
   */
  public static Future<List<Discovered>> discoverAhead(List<Path> targets, DiscoveryOptions options) {
    java.util.concurrent.FutureTask<List<Discovered>> walk =
        new java.util.concurrent.FutureTask<>(() -> new FileDiscovery(options, /* templates= */ true).discover(targets));
    Thread.ofPlatform().daemon().name("remold-discovery").start(walk);
    return walk;
  }

  /**
   * Returns what the packs would do to the targets, with their files as {@link #discoverAhead} found them (found here
   * when null), telling progress about each file; nothing is written.
   */
  public RunReport run(List<Path> targets, Future<List<Discovered>> discoveredAhead, Progress progress) throws IOException {
    boolean templates = packs.stream().flatMap(p -> p.rules().stream())
        .anyMatch(r -> r instanceof MarkupRule m && m.reads(MarkupRule.Templates.ANGULAR));
    FileDiscovery discovery = new FileDiscovery(options.discovery(), templates);
    Map<Path, ProjectState> facts = new ConcurrentHashMap<>();
    // Files of one folder share their project root: look it up once per folder, not once per file.
    Map<Path, Path> rootByFolder = new ConcurrentHashMap<>();
    Set<String> notices = Collections.synchronizedSet(new LinkedHashSet<>());
    Set<Path> named = new java.util.HashSet<>();
    targets.forEach(t -> named.add(t.toAbsolutePath().normalize()));
    // An .html file a walk found counts only where it is read: elsewhere it was never there, as before templates.
    List<Discovered> found = (discoveredAhead == null ? discovery.discover(targets)
        : templates ? awaitDiscovery(discoveredAhead) : withoutTemplates(awaitDiscovery(discoveredAhead), targets, discovery))
        .stream()
        .filter(d -> !FileDiscovery.isTemplate(d.path().getFileName().toString())
            || named.contains(d.path().toAbsolutePath().normalize()) || readsHtml(d, facts, rootByFolder, notices))
        .toList();
    progress.started(found.size());
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
      results.addAll(projectFileResults(targets, found, results, facts, rootByFolder, discovery, notices));
      results.addAll(NewFiles.settle(processed, notices, parser.get(), this::safetyOf));
      // Sorted as discovery sorts, so package.json and .gitignore take their place among the source files.
      results.sort(Comparator.comparing(FileResult::relativePath).thenComparing(r -> r.path().toString()));
      return new RunReport(results, List.copyOf(notices));
    } finally {
      pool.shutdown();
      // A parser is freed only once no worker can be using it (an interrupted run may leave one parsing).
      if (awaitWorkers(pool)) {
        parsers.forEach(Parser::close);
      }
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

  /**
   * Returns what a walk without templates finds, from what the walk ahead (with them) found: no .html file it met in a
   * folder, and an .html file named as a target as such a walk reports it (not a source file).
   */
  private static List<Discovered> withoutTemplates(List<Discovered> found, List<Path> targets, FileDiscovery discovery)
      throws IOException {
    List<Discovered> out = new ArrayList<>(found.stream()
        .filter(d -> !FileDiscovery.isTemplate(d.path().getFileName().toString())).toList());
    List<Path> namedTemplates = targets.stream()
        .filter(t -> FileDiscovery.isTemplate(t.getFileName().toString()) && !Files.isDirectory(t)).toList();
    if (!namedTemplates.isEmpty()) {
      out.addAll(discovery.discover(namedTemplates));
      out.sort(Comparator.comparing(Discovered::relativePath).thenComparing(d -> d.path().toString()));
    }
    return out;
  }

  private static boolean awaitWorkers(ExecutorService pool) {
    try {
      return pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<Discovered> awaitDiscovery(Future<List<Discovered>> walk) throws IOException {
    try {
      return walk.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while finding files", e);
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

  /**
   * Returns the package.json and .gitignore results of the projects the packs migrated; a project's files are edited
   * only when a folder given to the run holds it, and its dependencies removed only when every file was read.
   */
  private List<FileResult> projectFileResults(List<Path> targets, List<Discovered> found, List<FileResult> results,
      Map<Path, ProjectState> projects, Map<Path, Path> rootByFolder, FileDiscovery discovery, Set<String> notices) {
    // A file not read as code (a Vue component, a file over the size limit) may still import a package.
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) instanceof FileResult.Skipped s) {
        Path walkRoot = found.get(i).root();
        Path root = rootByFolder.computeIfAbsent(s.path().toAbsolutePath().getParent(),
            folder -> ProjectFacts.rootOf(s.path(), walkRoot));
        ProjectState state = projects.get(root);
        if (state != null && !state.projectRules().isEmpty() && scannable(s.path())) {
          try {
            byte[] bytes = Files.readAllBytes(s.path());
            String text = TextCodec.decode(bytes) instanceof Decoded.Text t ? t.text() : ProjectFiles.looseText(bytes);
            state.uses().add(relative(root, s.path()), text, namedImportQueries);
          } catch (IOException | RuntimeException e) {
            // Unreadable (a folder, a dangling link): it imports nothing remold could see.
          }
        }
      }
    }
    Map<Path, Integer> failed = new java.util.HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) instanceof FileResult.Failed f) {
        Path walkRoot = found.get(i).root();
        failed.merge(rootByFolder.computeIfAbsent(f.path().toAbsolutePath().getParent(),
            folder -> ProjectFacts.rootOf(f.path(), walkRoot)), 1, Integer::sum);
      }
    }
    Set<Path> folders = new java.util.HashSet<>();
    targets.stream().map(t -> t.toAbsolutePath().normalize()).filter(Files::isDirectory).forEach(folders::add);
    boolean complete = options.discovery().includes().isEmpty() && options.discovery().excludes().isEmpty();
    List<FileResult> out = new ArrayList<>();
    for (Path root : new TreeSet<>(projects.keySet())) {
      ProjectState state = projects.get(root);
      if (state.projectRules().isEmpty()) {
        continue;
      }
      Optional<Path> walkRoot = new TreeSet<>(state.walkRoots()).stream()
          .filter(w -> folders.contains(w) && root.startsWith(w)).findFirst();
      if (walkRoot.isEmpty()) {
        if (Files.isRegularFile(root.resolve("package.json"))) {
          notices.add("package.json of " + root + " was not updated: it is outside the folders remold was given;"
              + " run remold on " + root + " to update it");
        }
        continue;
      }
      if (failed.containsKey(root)) {
        // A project whose package.json says aws-amplify 6 no longer meets the pack's precondition: the files that
        // failed could then only be rewritten with --force. So package.json waits until every file is rewritten.
        notices.add("package.json and .gitignore of " + root + " were not updated: " + failed.get(root)
            + (failed.get(root) == 1 ? " file" : " files") + " failed; fix them and run remold again");
        continue;
      }
      out.addAll(ProjectFiles.results(new ProjectFiles.Project(root, state.facts().dependencies(), state.projectRules(),
          state.uses(), walkRoot.get(), complete), discovery::passesGlobs));
    }
    return out;
  }

  /** Tells whether a skipped file can be read for its imports: a plain file (not a link out), of a sane size. */
  private static boolean scannable(Path file) {
    try {
      return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= MAX_SCANNED_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  private Processed process(Discovered d, Map<Path, ProjectState> facts, Map<Path, Path> rootByFolder, Set<String> notices,
      Parser parser) {
    if (d instanceof Discovered.Skipped s) {
      return new Processed(new FileResult.Skipped(s.path(), s.relativePath(), s.reason()));
    }
    Path path = d.path();
    String rel = d.relativePath();
    String fileName = path.getFileName().toString();
    Optional<Language> language = Language.forFileName(fileName);
    boolean vue = VueFile.isVueFile(fileName);
    boolean html = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".html");
    if (language.isEmpty() && !vue && !(html && readsHtml(d, facts, rootByFolder, notices))) {
      return new Processed(new FileResult.Skipped(path, rel, "not a JavaScript, TypeScript or Vue source file"));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new Processed(new FileResult.Failed(path, rel, "cannot read: " + e.getMessage()));
    }
    // Plain ASCII is text as it is; anything else is decoded, and refused here when it is not UTF-8 text.
    boolean ascii = TextCodec.isAscii(bytes);
    Decoded decoded = ascii ? null : TextCodec.decode(bytes);
    if (decoded instanceof Decoded.Unsupported unsupported) {
      return new Processed(new FileResult.Skipped(path, rel, unsupported.reason()));
    }
    Path root = rootByFolder.computeIfAbsent(path.toAbsolutePath().getParent(), folder -> ProjectFacts.rootOf(path, d.root()));
    ProjectState state = stateOf(root, facts, notices);
    state.walkRoots().add(d.root());
    // Vue components and templates are read as they always are; a script file gets one scan first, over its bytes.
    FirstLook.Seen seen = vue || html ? new FirstLook.Seen(null, true) : state.firstLook().of(bytes);
    if (ascii && !vue && !html && !seen.namesAskedModule() && !state.pipeline().mayMatch(seen.present())) {
      // Most files of a big repository: no rule can act and none of its imports counts; its text is never built.
      return new Processed(new FileResult.Unchanged(path, rel, List.of(), List.of()));
    }
    Decoded.Text text = (Decoded.Text) (decoded != null ? decoded : TextCodec.decode(bytes));
    ProjectFacts project = state.facts();
    String scanned = text.text();
    try {
      FilePipeline pipeline = state.pipeline();
      FilePipeline.Outcome out = vue
          ? new VueComponents(pipeline, parser).run(rel, text.text(),
              (extension, templateNames) -> new ProjectFileContext(project, path, extension, templateNames, packOptions))
          : html ? angularTemplate(pipeline, text.text(), new ProjectFileContext(project, path, packOptions))
          : pipeline.run(new SourceFile(rel, text.text(), language.get()), new ProjectFileContext(project, path, packOptions), parser,
              seen.present());
      scanned = out.text();
      if (out.text().equals(text.text())) {
        return new Processed(new FileResult.Unchanged(path, rel, out.sites(), out.notes()));
      }
      return new Processed(new FileResult.Changed(path, rel, text.text(), out.text(), text.bom(), out.rewrites(), out.sites(),
          out.notes()), out.files(), root, d.root());
    } catch (FileFailure e) {
      return new Processed(new FileResult.Failed(path, rel, e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Processed(new FileResult.Failed(path, rel, "internal error while rewriting: " + e));
    } finally {
      // What the rewritten files import decides which dependencies package.json still needs; a file that names no
      // module a project rule asks about (and was not rewritten) imports none of them.
      if (!state.projectRules().isEmpty() && (seen.namesAskedModule() || !scanned.equals(text.text()))) {
        state.uses().add(relative(root, path), scanned, namedImportQueries);
      }
    }
  }

  private ProjectState stateOf(Path root, Map<Path, ProjectState> facts, Set<String> notices) {
    return facts.computeIfAbsent(root, r -> {
      ProjectFacts project = ProjectFacts.gather(r);
      List<Pack> applied = packsFor(project, notices);
      // One pipeline per project: its index of required text is built once, not once per file.
      FilePipeline pipeline = new FilePipeline(applied.stream().flatMap(p -> p.rules().stream()).toList(), options.prefilter());
      List<ProjectRule> projectRules = applied.stream().flatMap(p -> p.projectRules().stream()).toList();
      project.expectCodeQueries(applied.stream().flatMap(p -> p.rules().stream()).flatMap(rule -> rule.projectCodeQueries().stream()).toList());
      return new ProjectState(project, pipeline, projectRules, new ModuleUses(), ConcurrentHashMap.newKeySet(),
          new FirstLook(pipeline.requiredText(), projectRules.stream().flatMap(rule -> rule.modulesAsked().stream()).toList()));
    });
  }

  /**
   * Tells whether an .html file is read: as an Angular component template, when some markup rule for Angular
   * templates may act in its project (a project that depends on @aws-amplify/ui-angular, for the built-in pack).
   */
  private boolean readsHtml(Discovered d, Map<Path, ProjectState> facts, Map<Path, Path> rootByFolder, Set<String> notices) {
    Path path = d.path();
    Path root = rootByFolder.computeIfAbsent(path.toAbsolutePath().getParent(), folder -> ProjectFacts.rootOf(path, d.root()));
    ProjectState state = stateOf(root, facts, notices);
    return !state.pipeline().markupRules(MarkupRule.Templates.ANGULAR, null,
        new ProjectFileContext(state.facts(), path, packOptions)).isEmpty();
  }

  /** Returns an Angular template file with the renames of the markup rules for it, its markup checked to be intact. */
  private static FilePipeline.Outcome angularTemplate(FilePipeline pipeline, String text, ProjectFileContext context)
      throws FileFailure {
    List<MarkupRule> rules = pipeline.markupRules(MarkupRule.Templates.ANGULAR, text, context);
    MarkupPass.Result r = MarkupPass.run(rules, text, 0, text.length(), List.of());
    String out = dev.remold.rewrite.EditSet.apply(text, r.edits());
    if (!r.edits().isEmpty()) {
      MarkupPass.checkShape(text, 0, text.length(), out, 0, out.length(), r.rewrites().keySet());
    }
    return new FilePipeline.Outcome(out, r.rewrites(), r.findings(), r.sites(), r.notes(), List.of());
  }

  private Safety safetyOf(String ruleId) {
    return packs.stream().flatMap(p -> p.rules().stream()).filter(r -> r.id().equals(ruleId)).findFirst()
        .map(Rule::safety).orElse(Safety.SAFE);
  }

  /** Returns the packs whose preconditions the project meets, noting the packs it does not. */
  private List<Pack> packsFor(ProjectFacts project, Set<String> notices) {
    List<Pack> applied = new ArrayList<>();
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
        applied.add(pack);
      } else if (options.force()) {
        notices.add("pack " + pack.name() + " runs on " + project.root() + " although " + why.get() + " (--force)");
        applied.add(pack);
      } else {
        notices.add("pack " + pack.name() + " skipped for " + project.root() + ": " + why.get()
            + "; use --force to run it anyway");
      }
    }
    return applied;
  }
}
