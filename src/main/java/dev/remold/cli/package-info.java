/** The command line: arguments to options, the engine wired up, failures mapped to exit codes and messages. */
package dev.remold.cli;
