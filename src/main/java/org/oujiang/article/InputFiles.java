package org.oujiang.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Lists the article files under a directory before any is read (recursive, following symbolic links,
 * sorted by path; hidden entries and README files skipped) and turns file-system errors into short
 * reasons. A symbolic-link loop is reported once, where it closes, and not followed.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** Regular files under {@code root} whose name passes {@code wanted}, sorted; problems go to {@code sink}. */
    static List<Path> list(Path root, Predicate<String> wanted, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file) && !readme(file)
                                    && wanted.test(file.getFileName().toString())) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!hidden(file)) {
                                sink.fail(file.toString(), reason(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            sink.fail(root.toString(), "cannot list directory: " + reason(e));
        }
        files.sort(null);
        return files;
    }

    /** A short reason for a file-system error, without the path the origin already names. */
    static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (not followed)";
        }
        if (e instanceof NoSuchFileException) {
            return "no longer exists";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m));
    }

    /** A folder's README documents the folder; it is no article (name it explicitly to ingest it). */
    private static boolean readme(Path p) {
        return p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README.");
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
