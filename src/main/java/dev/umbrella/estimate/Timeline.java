package dev.umbrella.estimate;

import dev.umbrella.datasets.PeriodKind;
import dev.umbrella.model.ActivityMonth;
import dev.umbrella.model.Engineer;
import dev.umbrella.model.Panel;
import dev.umbrella.model.Period;
import dev.umbrella.model.TableBuilder;
import dev.umbrella.model.Tabular;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Which months of one engineer are pre, transition, post and later periods under a {@link Design}, over which
 * repositories, and how far each repository's export reaches. Every estimator works on the same timeline, so the
 * before/after, the segmented regression and the difference-in-differences compare the same months.
 *
 * <p>Coverage is per repository: a repository's months after its export ends are missing for that repository
 * only (see {@link Coverage}). The data end at the last month that the repositories carrying the engineer's funded
 * work cover (the latest of their exports), so a stale export (e.g. an advisory database that ends in 2024) never
 * cuts the other repositories' months. A repository whose export covers fewer funded months than the design's
 * minimum segment is left out, with a note.
 *
 * @param start the first day of funding (stated, derived or assumed)
 * @param coverage each counted repository's last complete month, in the order of {@link #repos()}
 * @param months every month from the first pre month to the data end, with {@link #segments()} in parallel
 * @param insufficient empty when estimates can be made, otherwise why not
 */
public record Timeline(
        String engineerId,
        LocalDate start,
        String startSource,
        List<String> repos,
        List<YearMonth> coverage,
        YearMonth dataEnd,
        List<YearMonth> months,
        List<Segment> segments,
        List<String> notes,
        String insufficient)
        implements Tabular {

    public Timeline {
        repos = List.copyOf(repos);
        coverage = List.copyOf(coverage);
        months = List.copyOf(months);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** Lays out the engineer's months for the design. */
    public static Timeline of(Engineer engineer, Panel panel, Design design) {
        List<String> notes = new ArrayList<>();
        List<String> candidates = design.repos().isEmpty() ? panel.reposOf(engineer.id()) : design.repos();
        Optional<Period> funded = engineer.firstFunded();
        if (candidates.isEmpty()) {
            return empty(engineer, null, "", candidates, notes, "no commits by " + engineer.id() + " in commits.csv");
        }
        List<String> fundedWork = fundedWork(engineer, panel, candidates);
        String endRepo = fundedWork.stream()
                .max(Comparator.comparing(panel::lastCompleteMonth).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        YearMonth dataEnd = panel.lastCompleteMonth(endRepo);
        notes.add("data end " + dataEnd + ": last complete month of " + endRepo + ", the latest export among the "
                + fundedWork.size() + " repositories with " + engineer.id() + "'s funded work; an export that ends"
                + " earlier is missing for its own repository only");
        if (funded.isEmpty() && design.assumedStart() == null) {
            return empty(
                    engineer, null, "", candidates, notes, "periods.csv has no funded period for " + engineer.id());
        }
        LocalDate start;
        String startSource;
        if (design.assumedStart() != null) {
            start = design.assumedStart();
            startSource = "assumed by the analyst (periods.csv: "
                    + funded.map(p -> p.start() + ", " + p.confidence()).orElse("none") + ")";
        } else {
            start = funded.get().start();
            startSource = "periods.csv, " + funded.get().confidence();
            if (funded.get().isDerived()) {
                notes.add("funded start " + start + " is derived, not stated by a source: the exact start month is"
                        + " uncertain; widen .transition(...) or pass .assumeStart(...)");
            }
        }
        YearMonth t0 = YearMonth.from(start);
        YearMonth transitionFrom = t0.minusMonths(design.transitionMonths() / 2);
        YearMonth transitionTo = transitionFrom.plusMonths(design.transitionMonths() - 1L);
        if (design.transitionMonths() > 0) {
            notes.add("transition " + transitionFrom + ".." + transitionTo + " left out");
        }

        YearMonth first = transitionFrom;
        int pre = 0;
        for (YearMonth m = transitionFrom.minusMonths(1);
                pre < design.preMonths()
                        && !m.isBefore(panel.firstMonth())
                        && engineer.kindOf(m).orElse(null) == PeriodKind.VOLUNTEER;
                m = m.minusMonths(1)) {
            first = m;
            pre++;
        }
        List<YearMonth> months = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int post = 0;
        int cap = design.postMonths() == 0 ? Integer.MAX_VALUE : design.postMonths();
        for (YearMonth m = first; !m.isAfter(dataEnd); m = m.plusMonths(1)) {
            months.add(m);
            Segment segment;
            if (m.isBefore(transitionFrom)) {
                segment = Segment.PRE;
            } else if (!m.isAfter(transitionTo)) {
                segment = Segment.TRANSITION;
            } else {
                segment = later(engineer.kindOf(m).orElse(null), post < cap);
                if (segment == Segment.POST) {
                    post++;
                }
            }
            segments.add(segment);
        }
        List<String> repos = new ArrayList<>();
        List<YearMonth> coverage = new ArrayList<>();
        for (String repo : candidates) {
            YearMonth end = panel.lastCompleteMonth(repo);
            int covered = 0;
            for (int i = 0; i < months.size(); i++) {
                covered += segments.get(i) == Segment.POST && !months.get(i).isAfter(end) ? 1 : 0;
            }
            if (post > 0 && covered < design.minSegmentMonths()) {
                notes.add(repo + " left out: its export (to " + end + ") covers " + covered + " of the " + post
                        + " funded months (need " + design.minSegmentMonths() + ")");
                continue;
            }
            repos.add(repo);
            coverage.add(end);
            if (end.isBefore(dataEnd)) {
                notes.add(repo + " export ends " + end + ": its later months are missing, not zero");
            }
        }
        notes.add("pre " + pre + " volunteer months, post " + post + " funded months");
        String insufficient = "";
        if (repos.isEmpty()) {
            insufficient = "no repository's export covers " + design.minSegmentMonths() + " funded months";
        } else if (pre < design.minSegmentMonths()) {
            insufficient = "only " + pre + " volunteer months before the transition in the data (need "
                    + design.minSegmentMonths() + ")";
        } else if (post < design.minSegmentMonths()) {
            insufficient = "only " + post + " funded months after the transition up to " + dataEnd + " (need "
                    + design.minSegmentMonths() + ")";
        }
        return new Timeline(
                engineer.id(), start, startSource, repos, coverage, dataEnd, months, segments, notes, insufficient);
    }

    /** The repositories where the engineer authored a commit in a funded period (all of them if there are none). */
    private static List<String> fundedWork(Engineer engineer, Panel panel, List<String> repos) {
        List<String> result = new ArrayList<>();
        for (ActivityMonth m : panel.months(engineer.id())) {
            if (!m.repo().equals(Panel.ALL)
                    && repos.contains(m.repo())
                    && m.commits() > 0
                    && engineer.kindOf(m.month()).orElse(null) == PeriodKind.FUNDED
                    && !result.contains(m.repo())) {
                result.add(m.repo());
            }
        }
        return result.isEmpty() ? repos : result;
    }

    /**
     * Repositories whose export ends early: it leaves more than the design's minimum segment of the funded window
     * uncovered. The sensitivity table repeats each estimate without them.
     */
    public List<String> staleRepos(int toleranceMonths) {
        int[] post = indices(Segment.POST);
        if (post.length == 0) {
            return List.of();
        }
        YearMonth postEnd = months.get(post[post.length - 1]);
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < repos.size(); i++) {
            if (coverage.get(i).plusMonths(toleranceMonths).isBefore(postEnd)) {
                stale.add(repos.get(i));
            }
        }
        return stale;
    }

    /**
     * The same months and segments over other repositories (with their own export ends): the timeline of a comparison
     * group drawn from repositories the engineer never worked in ({@link Spillover}).
     */
    public Timeline overRepos(List<String> otherRepos, Panel panel) {
        List<YearMonth> ends = otherRepos.stream().map(panel::lastCompleteMonth).toList();
        return new Timeline(
                engineerId,
                start,
                startSource,
                otherRepos,
                ends,
                dataEnd,
                months,
                segments,
                notes,
                otherRepos.isEmpty() ? "no other repositories" : insufficient);
    }

    /** The last funded month the data cover (the end of the post window), or empty without post months. */
    public Optional<YearMonth> postEnd() {
        int[] post = indices(Segment.POST);
        return post.length == 0 ? Optional.empty() : Optional.of(months.get(post[post.length - 1]));
    }

    private static Segment later(PeriodKind kind, boolean postRoom) {
        if (kind == null) {
            return Segment.OTHER;
        }
        switch (kind) {
            case FUNDED:
                return postRoom ? Segment.POST : Segment.FUNDED_LATER;
            case VACANCY:
                return Segment.VACANCY;
            case AFTER:
                return Segment.AFTER;
            default:
                return Segment.OTHER;
        }
    }

    private static Timeline empty(
            Engineer engineer, LocalDate start, String source, List<String> repos, List<String> notes, String reason) {
        return new Timeline(engineer.id(), start, source, repos, List.of(), null, List.of(), List.of(), notes, reason);
    }

    public boolean isSufficient() {
        return insufficient.isEmpty();
    }

    public YearMonth first() {
        return months.get(0);
    }

    /** The index in {@link #months()} of the funded start month (may lie inside the transition). */
    public int startIndex() {
        return (int) first().until(YearMonth.from(start), ChronoUnit.MONTHS);
    }

    /** Indices of the months in a segment, ascending. */
    public int[] indices(Segment segment) {
        int[] result = new int[(int) segments.stream().filter(s -> s == segment).count()];
        int k = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i) == segment) {
                result[k++] = i;
            }
        }
        return result;
    }

    /** The first and last month of a segment, e.g. "2020-07..2023-04", or empty if it has no months. */
    public String span(Segment segment) {
        int[] idx = indices(segment);
        return idx.length == 0 ? "" : months.get(idx[0]) + ".." + months.get(idx[idx.length - 1]);
    }

    /**
     * One row per run of consecutive months in the same segment: segment, from (first day), to (last day),
     * months. What a figure shades behind a monthly series.
     */
    @Override
    public Table toTable() {
        TableBuilder table = TableBuilder.named(engineerId + " timeline")
                .text("segment")
                .date("from", "to")
                .integer("months");
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size() && segments.get(j + 1) == segments.get(i)) {
                j++;
            }
            table.row(
                    segments.get(i).label(),
                    months.get(i).atDay(1),
                    months.get(j).atEndOfMonth(),
                    j - i + 1);
            i = j + 1;
        }
        return table.build();
    }
}
