package dev.umbrella.datasets.build;

import java.util.List;

/**
 * The raw public records a build needs, by path under the raw directory (see {@code raw/SOURCES.md}).
 * A fixed list, not a directory scan, so that a missing file is an error instead of silently
 * fewer rows.
 */
final class RawRecords {
    /** The commit exports of SOURCES.md §2, one per repository. */
    static final List<String> COMMIT_EXPORTS = List.of(
            "git/psf__advisory-database.commits.tsv.gz",
            "git/pypa__advisory-database.commits.tsv.gz",
            "git/pypa__pip.commits.tsv.gz",
            "git/pypi__inspector.commits.tsv.gz",
            "git/pypi__warehouse.commits.tsv.gz",
            "git/python__peps.commits.tsv.gz",
            "git/python__release-tools.commits.tsv.gz",
            "git/rubygems__configure-rubygems-credentials.commits.tsv.gz",
            "git/rubygems__rubygems.commits.tsv.gz",
            "git/rubygems__rubygems.org.commits.tsv.gz",
            "git/rubysec__ruby-advisory-db.commits.tsv.gz",
            "git/sethmlarson__psrt-ghsa-bot.commits.tsv.gz",
            "git/sethmlarson__truststore.commits.tsv.gz",
            "git/sigstore__sigstore-ruby.commits.tsv.gz",
            "git/urllib3__urllib3.commits.tsv.gz");

    private RawRecords() {}
}
