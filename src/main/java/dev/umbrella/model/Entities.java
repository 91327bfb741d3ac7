package dev.umbrella.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which {@code entity} values of {@code reported_metrics.csv} speak for an engineer's work: the person and the
 * organisation whose security process the role runs. Mike's role is PyPI's security inbox
 * (https://blog.pypi.org/posts/2023-08-04-pypi-hires-safety-engineer/), Seth's is the PSF's CVE numbering and
 * response work (https://github.com/ossf/alpha-omega/blob/main/alpha/engagements/2023/psf/README.md), Samuel's is
 * RubyGems.org security at Ruby Central
 * (https://rubycentral.org/news/ruby-central-welcomes-new-software-engineer-in-residence-sponsored-by-aws/).
 */
public final class Entities {
    private static final Map<String, List<String>> ORGANISATIONS =
            Map.of("mike", List.of("pypi"), "seth", List.of("psf"), "samuel", List.of("rubygems", "rubycentral"));

    private Entities() {}

    /** The person id followed by the organisations that report on the role. */
    public static List<String> of(String personId) {
        List<String> orgs = ORGANISATIONS.getOrDefault(personId, List.of());
        return Stream.concat(Stream.of(personId), orgs.stream()).toList();
    }
}
