package dev.stacksets.core.internal.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * One credentials file, parsed once and parsed again only when its modification time or size changes: each lookup
 * costs one file-attribute read, and an edited file (rotated keys) is seen on the next request. Thread-safe.
 */
public final class ProfileFileCache {
  private final Path path;
  private volatile Snapshot snapshot;

  /** A cache of the file at {@code path}; nothing is read yet. */
  public ProfileFileCache(Path path) {
    this.path = path;
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /**
   * The parsed file, or null when it does not exist.
   *
   * @throws ConfigFileException when it cannot be read or is malformed (naming the file, and the line)
   */
  public ProfileFile load() {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new ConfigFileException("cannot read credentials file " + path + ": " + e.getClass().getSimpleName(), e);
    }
    if (!attrs.isRegularFile()) {
      throw new ConfigFileException("credentials file " + path + " is not a regular file");
    }
    Snapshot s = snapshot;
    if (s != null && s.modified.equals(attrs.lastModifiedTime()) && s.size == attrs.size()) {
      return s.file;
    }
    ProfileFile parsed;
    try {
      parsed = ProfileFile.parse(path.toString(), Files.readAllLines(path, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new ConfigFileException("credentials file " + path + " is not UTF-8 text", e);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new ConfigFileException("cannot read credentials file " + path + ": " + e.getClass().getSimpleName(), e);
    }
    snapshot = new Snapshot(attrs.lastModifiedTime(), attrs.size(), parsed);
    return parsed;
  }

  private record Snapshot(FileTime modified, long size, ProfileFile file) {}
}
