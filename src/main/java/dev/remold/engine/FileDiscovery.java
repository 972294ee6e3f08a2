package dev.remold.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Finds the JavaScript, TypeScript and Vue files to rewrite under the given targets.
 *
 * <p>A folder target is walked, skipping dependency and build output folders, the Gen 1 {@code amplify/} backend and
 * whatever {@code .gitignore} files exclude. A file target is always taken, since the user named it. Results are
 * sorted by relative path and each real file is reported once.
 */
public final class FileDiscovery {

  static final Set<String> SOURCE_EXTENSIONS =
      Set.of(".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".vue");

  /** Folders that hold dependencies, VCS data or generated output, never hand-written frontend code. */
  static final Set<String> EXCLUDED_FOLDERS =
      Set.of("node_modules", ".git", "dist", "build", ".next", ".nuxt", "coverage");

  static final String OUTSIDE_LINK = "symlink leads outside the project";

  private final DiscoveryOptions options;
  private final boolean templates;
  private final List<Glob> includes;
  private final List<Glob> excludes;

  /** Creates a discovery with the given options, throwing {@link IllegalArgumentException} for a malformed glob. */
  public FileDiscovery(DiscoveryOptions options) {
    this(options, /* templates= */ false);
  }

  /**
   * Creates a discovery that, with {@code templates}, also finds the {@code .html} files of folders it walks (Angular
   * component templates, which the engine reads only in projects whose markup rules apply to them).
   */
  FileDiscovery(DiscoveryOptions options, boolean templates) {
    this.options = options;
    this.templates = templates;
    this.includes = options.includes().stream().map(Glob::compile).toList();
    this.excludes = options.excludes().stream().map(Glob::compile).toList();
  }

  /**
   * Returns the candidates and skipped files under the targets, sorted by relative path; throws only when a target
   * itself cannot be read.
   */
  public List<Discovered> discover(List<Path> targets) throws IOException {
    Results results = new Results();
    for (Path given : targets) {
      Path target = given.toAbsolutePath().normalize();
      if (!Files.exists(target)) {
        throw new NoSuchFileException(given.toString(), null, "no such file or folder");
      }
      if (Files.isDirectory(target)) {
        Root root = new Root(target, target.toRealPath());
        walk(root, target, root.real(), "", parentIgnores(target), results);
      } else {
        addFileTarget(target, results);
      }
    }
    List<Discovered> sorted = new ArrayList<>(results.all());
    // Two targets may have different roots, so equal relative paths fall back to the full path.
    sorted.sort(Comparator.comparing(Discovered::relativePath).thenComparing(d -> d.path().toString()));
    return List.copyOf(sorted);
  }

  /** The folder a walk started at, as given and as resolved, so links can be checked against the real tree. */
  private record Root(Path path, Path real) {}

  /** The ignore rules of one {@code .gitignore} and the folder its patterns are relative to. */
  private record IgnoreFrame(Path dir, IgnoreNode node) {}

  /** An explicitly named file is taken even when ignored or in an excluded folder: the user asked for it. */
  private void addFileTarget(Path file, Results results) throws IOException {
    Path rootPath = projectRoot(file);
    String relative = slashes(rootPath.relativize(file));
    Path real = file.toRealPath();
    boolean viaLink = Files.isSymbolicLink(file);
    if (!takes(file.getFileName().toString())) {
      results.add(real, viaLink, new Discovered.Skipped(file, rootPath, relative,
          "not a JavaScript, TypeScript or Vue source file"));
      return;
    }
    if (!passesGlobs(relative)) {
      return;
    }
    results.add(real, viaLink, sizeChecked(file, rootPath, relative, Files.size(real)));
  }

  /** Returns the nearest folder above the file that holds a package.json, or else the file's own folder. */
  private static Path projectRoot(Path file) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("package.json"))) {
        return dir;
      }
    }
    return file.getParent();
  }

  /**
   * Returns the ignore rules of the folders above the target, outermost first, up to the git work tree holding it;
   * a target outside any work tree inherits none, because git would not apply them either.
   */
  private static List<IgnoreFrame> parentIgnores(Path target) {
    Path workTree = null;
    for (Path dir = target; dir != null; dir = dir.getParent()) {
      // A worktree or submodule has a .git file rather than a folder; both mark the work tree root.
      if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        workTree = dir;
        break;
      }
    }
    if (workTree == null || workTree.equals(target)) {
      return List.of();
    }
    List<IgnoreFrame> frames = new ArrayList<>();
    for (Path dir = target.getParent(); dir != null && dir.startsWith(workTree); dir = dir.getParent()) {
      IgnoreFrame frame = loadIgnore(dir);
      if (frame != null) {
        frames.addFirst(frame);
      }
    }
    return frames;
  }

  /** Returns the folder's .gitignore rules, or null when it has none or it cannot be read. */
  private static IgnoreFrame loadIgnore(Path dir) {
    Path file = dir.resolve(".gitignore");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(in);
    } catch (IOException e) {
      // An unreadable .gitignore would otherwise abort the whole run; git itself carries on without it.
      return null;
    }
    return node.getRules().isEmpty() ? null : new IgnoreFrame(dir, node);
  }

  /**
   * Walks one folder; {@code realDir} is its resolved path, known without a system call because linked folders are
   * never entered.
   */
  private void walk(Root root, Path dir, Path realDir, String relativeDir, List<IgnoreFrame> inherited,
      Results results) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | DirectoryIteratorException e) {
      String relative = relativeDir.isEmpty() ? "." : relativeDir;
      results.add(realDir, /* viaLink= */ false,
          new Discovered.Skipped(dir, root.path(), relative, "cannot read this folder (" + describe(e) + ")"));
      return;
    }
    // Sorted so that which of two equal entries is kept never depends on the file system's listing order.
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));

    List<IgnoreFrame> frames = inherited;
    IgnoreFrame own = loadIgnore(dir);
    if (own != null) {
      frames = new ArrayList<>(inherited);
      frames.add(own);
    }
    boolean hasPackageJson = entries.stream()
        .anyMatch(p -> p.getFileName().toString().equals("package.json") && Files.isRegularFile(p));

    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      String relative = relativeDir.isEmpty() ? name : relativeDir + "/" + name;
      Path real = realDir.resolve(name);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        if (takes(name)) {
          results.add(real, false, new Discovered.Skipped(entry, root.path(), relative,
              "cannot read this file (" + describe(e) + ")"));
        }
        continue;
      }
      if (attributes.isSymbolicLink()) {
        visitLink(root, entry, name, relative, frames, results);
      } else if (attributes.isDirectory()) {
        if (!isExcludedFolder(name, entry, hasPackageJson) && !isIgnored(frames, entry, /* isDirectory= */ true)) {
          walk(root, entry, real, relative, frames, results);
        }
      } else if (attributes.isRegularFile() && takes(name)) {
        if (!isIgnored(frames, entry, /* isDirectory= */ false) && passesGlobs(relative)) {
          results.add(real, false, sizeChecked(entry, root.path(), relative, attributes.size()));
        }
      }
    }
  }

  /**
   * Handles a symbolic link without following it into a folder: links that leave the project are reported, a link
   * to a file inside it is kept unless the real file is found too, and a linked folder inside it is left to the walk
   * of the real folder (which also rules out cycles).
   */
  private void visitLink(Root root, Path link, String name, String relative, List<IgnoreFrame> frames,
      Results results) {
    Path real;
    try {
      real = link.toRealPath();
    } catch (IOException e) {
      if (takes(name) && !isIgnored(frames, link, false) && passesGlobs(relative)) {
        results.add(link, true, new Discovered.Skipped(link, root.path(), relative, "symlink leads nowhere"));
      }
      return;
    }
    boolean isDirectory = Files.isDirectory(real);
    if (isDirectory && EXCLUDED_FOLDERS.contains(name)) {
      return;
    }
    if (isIgnored(frames, link, isDirectory)) {
      return;
    }
    boolean inside = real.startsWith(root.real());
    if (isDirectory) {
      if (!inside) {
        // Keyed by the link itself: two links to the same outside folder are two things to tell the user about.
        results.add(link, true, new Discovered.Skipped(link, root.path(), relative, OUTSIDE_LINK));
      }
      return;
    }
    if (!Files.isRegularFile(real) || !takes(name) || !passesGlobs(relative)) {
      return;
    }
    if (!inside) {
      results.add(link, true, new Discovered.Skipped(link, root.path(), relative, OUTSIDE_LINK));
      return;
    }
    long size;
    try {
      size = Files.size(real);
    } catch (IOException e) {
      results.add(real, true, new Discovered.Skipped(link, root.path(), relative,
          "cannot read this file (" + describe(e) + ")"));
      return;
    }
    results.add(real, true, sizeChecked(link, root.path(), relative, size));
  }

  /**
   * Tells whether a folder never holds frontend code: dependencies, build output, or the Gen 1 backend. An
   * {@code amplify} folder counts as the backend only beside a package.json or when it has the CLI's own files;
   * a {@code src/amplify/} of helpers is frontend code.
   */
  private static boolean isExcludedFolder(String name, Path dir, boolean parentHasPackageJson) {
    if (EXCLUDED_FOLDERS.contains(name)) {
      return true;
    }
    if (!name.equals("amplify")) {
      return false;
    }
    return parentHasPackageJson
        || Files.isDirectory(dir.resolve("backend"))
        || Files.isDirectory(dir.resolve(".config"))
        || Files.isRegularFile(dir.resolve("team-provider-info.json"));
  }

  /**
   * Applies the .gitignore rules from the innermost file outwards; the first file with a matching rule decides, as
   * in git. Folders are checked as the walk enters them, so a file under an ignored folder is never reached, which
   * is also git's rule (a file cannot be re-included when its folder is excluded).
   */
  private static boolean isIgnored(List<IgnoreFrame> frames, Path entry, boolean isDirectory) {
    for (int i = frames.size() - 1; i >= 0; i--) {
      IgnoreFrame frame = frames.get(i);
      String path = slashes(frame.dir().relativize(entry));
      switch (frame.node().isIgnored(path, isDirectory)) {
        case IGNORED -> {
          return true;
        }
        case NOT_IGNORED -> {
          return false;
        }
        // JGit no longer returns the NEGATE variant: its rules resolve negation within one file.
        case CHECK_PARENT, CHECK_PARENT_NEGATE_FIRST_MATCH -> {
          // the next file out decides
        }
      }
    }
    return false;
  }

  /** Returns whether a path relative to a walk root passes the include and exclude globs. */
  boolean passesGlobs(String relative) {
    if (!includes.isEmpty() && includes.stream().noneMatch(g -> g.matches(relative))) {
      return false;
    }
    return excludes.stream().noneMatch(g -> g.matches(relative));
  }

  private Discovered sizeChecked(Path path, Path root, String relative, long size) {
    if (size > options.maxFileBytes()) {
      String limit = humanSize(options.maxFileBytes());
      String actual = humanSize(size);
      if (actual.equals(limit)) {
        // "larger than 1 MiB (1 MiB)" would read as a contradiction.
        actual = size + " bytes";
      }
      return new Discovered.Skipped(path, root, relative,
          "larger than " + limit + " (" + actual + "); raise --max-file-size to include it");
    }
    return new Discovered.Candidate(path, root, relative);
  }

  /** Formats a byte count as a person reads it: "512 bytes", "12.5 KiB", "1 MiB", "1.4 MiB". */
  static String humanSize(long bytes) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = String.format(Locale.ROOT, "%.1f", value);
    if (number.endsWith(".0")) {
      number = number.substring(0, number.length() - 2);
    }
    return number + " " + units[unit];
  }

  /** Tells whether a walk takes a file: a source file, or a template when asked for. */
  private boolean takes(String fileName) {
    return isSource(fileName) || (templates && isTemplate(fileName));
  }

  /** Returns whether a file name is that of an HTML template. */
  static boolean isTemplate(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".html");
  }

  static boolean isSource(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && SOURCE_EXTENSIONS.contains(fileName.substring(dot));
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  private static String describe(Exception failure) {
    // A failure while listing arrives wrapped; the wrapped one names the actual problem.
    Exception e = failure instanceof DirectoryIteratorException wrapped ? wrapped.getCause() : failure;
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }

  /**
   * The results so far, one per real file: when a file is reached both directly and through a link, the direct
   * path wins, so the report names the file the user actually has.
   */
  private static final class Results {
    private final Map<Path, Found> byKey = new HashMap<>();

    private record Found(Discovered discovered, boolean viaLink) {}

    void add(Path key, boolean viaLink, Discovered discovered) {
      Found existing = byKey.get(key);
      if (existing == null || (existing.viaLink() && !viaLink)) {
        byKey.put(key, new Found(discovered, viaLink));
      }
    }

    List<Discovered> all() {
      return byKey.values().stream().map(Found::discovered).toList();
    }
  }
}
