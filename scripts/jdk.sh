# Sourced by ./remold and ./run-tests: finds a JDK 25 or newer and exports JAVA_HOME.
# Looks at REMOLD_JAVA_HOME, JAVA_HOME, the java on PATH, then the usual install folders.

remold_jdk_major() {
  # Prints the feature version of the JDK at $1 (e.g. 25), or nothing.
  local home="$1" v=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  printf '%s' "$v"
}

remold_find_jdk() {
  local candidates=() c on_path
  [ -n "${REMOLD_JAVA_HOME:-}" ] && candidates+=("$REMOLD_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if on_path=$(command -v java 2>/dev/null); then
    on_path=$(readlink -f "$on_path" 2>/dev/null || printf '%s' "$on_path")
    candidates+=("$(dirname "$(dirname "$on_path")")")
  fi
  # Newest first within each folder, so a JDK 26 wins over a JDK 25.
  for c in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* 2>/dev/null | sort -rV); do
    candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    local major
    major=$(remold_jdk_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$c"
      return 0
    fi
  done
  cat >&2 <<'MSG'
remold: no JDK 25 or newer was found (looked at REMOLD_JAVA_HOME, JAVA_HOME, the java on PATH,
/usr/lib/jvm, /usr/java, /opt, /Library/Java/JavaVirtualMachines, ~/.sdkman and ~/.jdks).
Install one, then run the command again:
  Debian/Ubuntu: sudo apt-get install temurin-25-jdk   (from the Adoptium apt repository)
  macOS:         brew install --cask temurin@25
  SDKMAN:        sdk install java 25-tem
or point REMOLD_JAVA_HOME at an existing JDK 25+ folder.
MSG
  return 1
}

remold_require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "remold: Maven (mvn, 3.8 or newer) is needed to build remold. Install it (Debian/Ubuntu: sudo apt-get install maven; macOS: brew install maven) and run again." >&2
    return 1
  fi
}

# Serial GC: a short CLI run with per-thread parsers needs no concurrent collector, and it keeps RSS low.
# C1 only: on two cores the C2 compiler thread takes CPU from the workers for longer than its code saves in a run of
# seconds (benchmark: 10.3 CPU-s -> 8.1; the example app 1.5 s -> 0.9 s wall).
REMOLD_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dpolyglot.engine.WarnInterpreterOnly=false
  -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
# Maven's own libraries warn about sun.misc.Unsafe on JDK 24+; that noise is not ours to show.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
