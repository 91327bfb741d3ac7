package dev.umbrella.model;

import java.util.List;
import java.util.Map;

/**
 * Which {@code entity} values of {@code reported_metrics.csv} speak for an engineer's work: the person and the
 * organisation whose security process the role runs. Mike's role is PyPI's security inbox (PyPI blog
 * 2023-08-04), Seth's is the PSF's CVE numbering and response work (AO 2023/psf README), Samuel's is RubyGems.org
 * security at Ruby Central (Ruby Central 2024 announcement); facts.md §1.
 */
public final class Entities {
    private static final Map<String, List<String>> ORGANISATIONS =
            Map.of("mike", List.of("pypi"), "seth", List.of("psf"), "samuel", List.of("rubygems", "rubycentral"));

    private Entities() {}

    /** The person id followed by the organisations that report on the role. */
    public static List<String> of(String personId) {
        List<String> orgs = ORGANISATIONS.getOrDefault(personId, List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(personId), orgs.stream()).toList();
    }
}
