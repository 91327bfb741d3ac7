package dev.umbrella.datasets.build;

/**
 * One commit as exported by {@code raw/scripts/export_commits.py} (or read from a clone the same
 * way): raw author name and email (no mailmap), the author date with its offset, diff sums and the
 * lower-cased {@code Co-authored-by} emails, {@code ;}-joined. {@code source}/{@code line} say where
 * it was read, for error messages.
 */
record Commit(
        String repo,
        String sha,
        String authorName,
        String authorEmail,
        AuthorTime authorTime,
        boolean merge,
        int filesChanged,
        int linesAdded,
        int linesDeleted,
        String subject,
        String coAuthors) {}
